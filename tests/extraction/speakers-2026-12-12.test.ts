// Speaker and statement rules of extractor 2026.12.12: the title abbreviations "PM" and "FM", news outlets that are
// not people, participle acts, summons, courtesy calls, shared subjects, added quotes and doubt. Every sentence is written for these
// tests; the rule's test also runs with the rule switched off, where it must fail.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context, spokenStatements, withRulesOff } from "./helpers.js";

const run = (body: string) => extractArticle(article(body), context());
const speakerOf = (body: string, fragment: string) => spokenStatements(body).find((s) => s.text.includes(fragment));

describe("PM and FM before a name", () => {
  it("reads them as titles, and 'the PM' as that prime minister", () => {
    const body =
      "PM Tran Van Long welcomed the Lao delegation in Hanoi on Tuesday.\n" +
      "The PM said the two countries would double rail freight by 2030.";
    const r = run(body);
    expect(r.people.map((p) => p.name)).toEqual(["Tran Van Long"]);
    expect(speakerOf(body, "double rail freight")?.speaker).toBe("Tran Van Long");
  });

  it("does not take a clock time for a title", () => {
    const r = run("Updated 10:15 PM IST. Foreign Minister Asha Rao said the talks would resume on Friday.");
    expect(r.people.map((p) => p.name)).toEqual(["Asha Rao"]);
  });
});

describe("'the premier' as a later mention of a prime minister", () => {
  it("resolves to the prime minister named before", () => {
    const body =
      "Prime Minister Omar Qadir met Saudi Interior Minister Faisal Rahman in Islamabad on Monday.\n" +
      "During the meeting, the premier praised the kingdom's support for the flood relief effort.";
    expect(speakerOf(body, "kingdom's support")?.speaker).toBe("Omar Qadir");
  });
});

describe("news outlets", () => {
  it("never takes Al Jazeera for a person", () => {
    const r = run("Foreign Minister Asha Rao told Al Jazeera that the talks would resume on Friday.");
    expect(r.people.map((p) => p.name)).toEqual(["Asha Rao"]);
  });
});

describe("speech.coordinated.participle-act", () => {
  const body =
    "Foreign Minister Jan Kowal on Monday condemned the missile strike on the port, urging Russia to stop attacking civilians.\n" +
    "Polish President Piotr Lis welcomed the new sanctions on Russia, reaffirming Poland's full support for Ukraine.";

  it("makes a participle act after a comma a second statement of the same speaker, with its own act", () => {
    const r = run(body);
    const urging = r.statements.find((s) => s.text.startsWith("urging"));
    // An appeal to stop something is a demand (labelling guide).
    expect(urging?.type).toBe("DEMANDS");
    expect(urging?.speakerStateCode).toBe("PL");
    expect(r.statements.find((s) => s.text.startsWith("reaffirming"))?.speakerStateCode).toBe("PL");
    expect(r.statements).toHaveLength(4);
  });

  it("is what splits them (its family switched off, they stay one statement each)", () => {
    expect(withRulesOff(["speech.coordinated"], () => run(body).statements)).toHaveLength(2);
  });

  it("reads 'pointing out that …' as a second act, and 'pointing' alone as none", () => {
    const split = run(
      "Kazakh President Daulet Amanov thanked his Uzbek counterpart for the warm reception, pointing out that trade had doubled.",
    );
    expect(split.statements.map((s) => s.text.split(" ")[0])).toEqual(["Kazakh", "pointing"]);
    const pointing = run("Foreign Minister Jan Kowal condemned the strike, pointing to the damage at the port of Gdynia.");
    expect(pointing.statements).toHaveLength(1);
  });

  it("reads 'calling' as an act only as 'calling on' or 'calling for'", () => {
    const r = run("Foreign Minister Jan Kowal on Monday condemned the missile strike, calling it a crime against civilians.");
    expect(r.statements).toHaveLength(1);
  });
});

describe("speech.call-on.visit", () => {
  it("reads a courtesy call on a person as a visit, not an appeal", () => {
    const body =
      "Interior Minister Omar Farouk, who called on him at the presidential palace in Tunis, discussed border security.\n" +
      "Foreign Minister Leila Haddad called on President Amine Saidi on Thursday morning.";
    expect(run(body).statements).toHaveLength(0);
  });

  it("keeps an appeal to a person to act", () => {
    const r = run("Foreign Minister Leila Haddad called on President Amine Saidi to release the detained journalists.");
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]!.type).toMatch(/APPEALS|DEMANDS/);
  });
});

describe("a participle act after a quote's attribution", () => {
  it("is a statement of its own, of the quote's speaker", () => {
    const body =
      "China had said the visit was a provocation.\n" +
      '"It violates international law and our sovereignty," the Lithuanian foreign ministry said, demanding Beijing revoke its decision.';
    const r = run(body);
    const demand = r.statements.find((s) => s.text.startsWith("demanding"));
    expect(demand?.speakerStateCode).toBe("LT");
    expect(demand?.targetCodes).toEqual(["CN"]);
    expect(demand?.type).toBe("DEMANDS");
    expect(r.statements.find((s) => s.text.includes("violates international law"))?.speakerStateCode).toBe("LT");
  });
});

describe("cue.criticise.summon", () => {
  it("reads summoning another state's envoy as a protest against that state", () => {
    const r = run("Latvia on Friday summoned Belarus's charge d'affaires to protest the detention of two Latvian truck drivers.");
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]).toMatchObject({ speakerStateCode: "LV", targetCodes: ["BY"], type: "CRITICISES" });
  });

  it("needs an envoy as its object, and the active voice", () => {
    expect(run("The court summoned the former minister to testify on Monday.").statements).toHaveLength(0);
    expect(run("The Latvian ambassador was summoned to the foreign ministry in Minsk on Friday.").statements).toHaveLength(0);
  });
});

describe("two participles sharing one object", () => {
  it("are one act, split off once", () => {
    const r = run(
      "Foreign Minister Anita Rao said on Saturday that the crackdown in Iran had shocked the world, condemning and calling for an immediate end to the violence against protesters.",
    );
    const acts = r.statements.map((s) => s.text);
    expect(acts.some((t) => t.startsWith("condemning and calling for"))).toBe(true);
    expect(acts.some((t) => t.startsWith("and calling"))).toBe(false);
  });
});

describe("speech.and-said.shared-first", () => {
  const body =
    "Canadian Foreign Minister Ana Mora said on Friday that Canada wanted change in Iran.\n" +
    "Mora on Saturday announced sanctions against seven men who are connected with the Iranian government and said Canada would keep up the pressure.";

  it("gives a speech verb after 'and' the subject of the sentence's first verb", () => {
    const s = run(body).statements.find((x) => x.text.includes("keep up the pressure"));
    expect(s).toMatchObject({ speakerStateCode: "CA", targetCodes: ["IR"] });
  });

  it("is what decides it (switched off, the walk stops at the Iranian government)", () => {
    const s = withRulesOff(["speech.and-said"], () => run(body).statements.find((x) => x.text.includes("keep up the pressure")));
    expect(s?.speakerStateCode).toBe("IR");
  });
});

describe("quotes.added-quote-after-clause", () => {
  const body =
    '"We look forward to closer trade," the president was quoted as saying by his spokesman Kim Min-ho.\n\n' +
    'Prime Minister Bat-Erdene Tsend said he agreed, adding, "Mongolia considers Korea a major partner in the region."';

  it("gives a quote after 'adding' the subject of the clause's first speech verb, not the last quote's speaker", () => {
    const r = run(body);
    const quote = r.statements.find((s) => s.text.includes("major partner"));
    expect(r.people.find((p) => p.key === quote?.speakerKey)?.name).toBe("Bat-Erdene Tsend");
  });

  it("is what decides it", () => {
    const r = withRulesOff(["quotes.added-quote-after-clause"], () => run(body));
    const quote = r.statements.find((s) => s.text.includes("major partner"));
    expect(r.people.find((p) => p.key === quote?.speakerKey)?.name).not.toBe("Bat-Erdene Tsend");
  });
});

describe("doubt as criticism", () => {
  it("reads 'expressed doubt' as criticism of the target", () => {
    const r = run("Foreign Minister Rosa Peralta expressed doubt about Haiti's willingness to secure the border.");
    expect(r.statements.map((s) => [s.type, s.sentiment.label, s.targetCodes])).toEqual([["CRITICISES", "NEGATIVE", ["HT"]]]);
  });
});

describe("'assured' as a speech verb", () => {
  it("reads 'assured X that/of …' as a statement, and leaves 'assured a majority' alone", () => {
    expect(
      run("Foreign Minister Ana Lupu assured her Moldovan counterpart that Romania would keep supplying gas.").statements,
    ).toHaveLength(1);
    expect(run("The ruling party assured a majority in the upper house on Sunday.").statements).toHaveLength(0);
  });
});

describe("speaker.pronoun-last-speaker", () => {
  const body =
    'Ministry spokesperson Ravi Menon said on Thursday that India was watching the port deal closely. "We expect our neighbours to respect our concerns," he said.\n' +
    "Two state firms will run the port.\n" +
    "The port lies on a busy shipping lane.\n" +
    "It was leased for 99 years.\n" +
    "Answering another query about Maldives signing a trade pact with China, he said India expects Maldives to be sensitive to its concerns.";

  it("keeps 'he said' with the last person who spoke when nobody else was named since", () => {
    expect(speakerOf(body, "sensitive to its concerns")?.speaker).toBe("Ravi Menon");
  });

  it("is what decides it", () => {
    expect(withRulesOff(["speaker.pronoun-last-speaker"], () => speakerOf(body, "sensitive to its concerns")?.speaker)).not.toBe(
      "Ravi Menon",
    );
  });
});
