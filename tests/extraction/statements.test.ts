import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { findQuotes } from "../../src/extraction/statements.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

function run(body: string) {
  const result = extractArticle(article(body), context());
  const byKey = new Map(result.people.map((p) => [p.key, p.name]));
  return result.statements.map((s) => ({ ...s, speaker: s.speakerKey ? (byKey.get(s.speakerKey) ?? null) : null }));
}

describe("quotes", () => {
  it("pairs straight and curly quotes, and stops an open quote at the paragraph end", () => {
    const text = 'He said "one" and “two”.\n"Three continues\n"Four."';
    expect(findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(["one", "two", "Three continues", "Four."]);
  });

  describe("rule quotes.misturned-close", () => {
    const text =
      "“The harbour deal is settled,“ the envoy told reporters. She added: “Our fleets will keep to the old lanes.“\n" +
      "“We will talk, she said. “We will meet again.”";
    const inner = () => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));

    it("closes a quote at an opening mark typed for the closing one, not at a new quote", () => {
      expect(inner()).toEqual([
        "The harbour deal is settled,",
        "Our fleets will keep to the old lanes.",
        "We will talk, she said.",
        "We will meet again.",
      ]);
    });

    it("is a rule that can be switched off (the misturned mark opens a quote)", () => {
      setDisabledFamilies(["quotes.misturned-close"]);
      try {
        expect(inner().slice(0, 2)).toEqual(["The harbour deal is settled,", " the envoy told reporters. She added:"]);
      } finally {
        setDisabledFamilies([]);
      }
    });
  });
});

describe("statements", () => {
  it("attributes a quote to a speaker introduced after it", () => {
    const body =
      'Japanese Foreign Minister Takeshi Iwaya arrived on Monday.\n\n"This is a grave threat to peace," said South Korean Foreign Minister Cho Tae-yul.';
    const [s] = run(body);
    expect(s?.kind).toBe("DIRECT_QUOTE");
    expect(s?.speaker).toBe("Cho Tae-yul");
    expect(s?.speakerStateCode).toBe("KR");
    expect(s?.text).toBe(body.slice(s!.startOffset, s!.endOffset));
  });

  it("treats a quote resumed after the attribution as one statement, and resolves pronouns", () => {
    const body =
      'Chinese Foreign Ministry spokesperson Mao Ning spoke in Beijing.\n\n"We oppose this," she said, "and we will respond." "Japan should reflect," she added.';
    const statements = run(body);
    expect(statements[0]?.text).toBe('"We oppose this," she said, "and we will respond."');
    expect(statements.every((s) => s.speaker === "Mao Ning")).toBe(true);
  });

  it("finds reported speech with a state, capital or ministry as the subject", () => {
    const statements = run(
      "Beijing said the drills were provocative. North Korea's foreign ministry warned that Washington would pay a heavy price.",
    );
    expect(statements.map((s) => [s.kind, s.speaker, s.speakerStateCode])).toEqual([
      ["REPORTED_SPEECH", null, "CN"],
      ["REPORTED_SPEECH", null, "KP"],
    ]);
    expect(statements[1]?.targetCodes).toEqual(["US"]);
    expect(statements[1]?.type).toBe("THREATENS");
  });

  it("marks partial quotes inside reported speech and skips the appositive when finding the subject", () => {
    const [s] = run(
      'Kim Yo Jong, a senior official under U.S. sanctions and the sister of leader Kim Jong Un, said the drills were "reckless provocations" by Seoul.',
    );
    expect(s?.kind).toBe("PARTIAL_QUOTE");
    expect(s?.speaker).toBe("Kim Yo Jong");
    expect(s?.targetCodes).toEqual(["KR"]);
  });

  it("handles 'according to' and ignores negated or non-speech cues", () => {
    const statements = run(
      "According to the Kremlin, the talks will continue. Khamenei has not commented publicly on the route. The summit was held in Seoul.",
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.speakerStateCode).toBe("RU");
  });

  it("gives a group of states no single speaker state", () => {
    const [s] = run("Britain, France and Germany warned Iran that sanctions would return.");
    expect(s?.speakerStateCode).toBeNull();
    expect(s?.targetCodes).toContain("IR");
  });
});

describe("an added act after a comma (rule speech.coordinated.adding)", () => {
  it("splits '…, adding that …' off a reported statement, with the same speaker", () => {
    const body =
      "Foreign Minister Anna Berg of Sweden said the talks had been useful, adding that Stockholm would send a team to Riga next week.";
    const out = run(body);
    expect(out.map((s) => s.text)).toEqual([
      "Foreign Minister Anna Berg of Sweden said the talks had been useful",
      "adding that Stockholm would send a team to Riga next week.",
    ]);
    expect(out.map((s) => s.speaker)).toEqual(["Anna Berg", "Anna Berg"]);
  });

  it("splits '…, warning that …' off a direct quote's attribution", () => {
    const body =
      '"We will not accept this," Indonesian Foreign Minister Budi Santoso said, warning that Jakarta would recall its envoy.';
    const out = run(body);
    expect(out.map((s) => s.kind)).toEqual(["DIRECT_QUOTE", "REPORTED_SPEECH"]);
    expect(out[1]?.text).toBe("warning that Jakarta would recall its envoy.");
    expect(out[1]?.speaker).toBe("Budi Santoso");
  });

  it("keeps '…, saying …' in the statement it explains", () => {
    const body = "Foreign Minister Anna Berg of Sweden rejected the claim, saying Stockholm had acted lawfully.";
    expect(run(body)).toHaveLength(1);
  });
});

describe("speech verbs", () => {
  it("reads the present and participle of 'point out'", () => {
    const body = 'The Foreign Ministry of Chile points out that the decision "violates the treaty".';
    expect(run(body).map((s) => s.speakerStateCode)).toEqual(["CL"]);
  });
});

describe("unfinished lines (rule statements.unfinished-line)", () => {
  it("drops a headline without a closing stop", () => {
    const body = "Chile slams border decision as unlawful, ministry says\n\nThe talks resume next week in Lima.";
    expect(run(body)).toEqual([]);
  });

  it("in the excerpt's last line, drops only the sentence the excerpt cuts off", () => {
    const body =
      "Talks ended on Friday.\n\nPeru said the border decision was unlawful. Bolivia said it would study the ruling and";
    expect(run(body).map((s) => s.text)).toEqual(["Peru said the border decision was unlawful."]);
  });
});

describe("a title phrase as the subject (rule speaker.title-phrase)", () => {
  it("resolves 'the bloc's foreign policy chief said' to the person named earlier with that title", () => {
    const body =
      "EU foreign policy chief Maria Lund met ministers in Brussels on Monday.\n\nThe bloc's foreign policy chief said sanctions on Belarus would be extended.";
    const out = run(body);
    expect(out.find((s) => s.text.includes("sanctions on Belarus"))?.speaker).toBe("Maria Lund");
  });
});
