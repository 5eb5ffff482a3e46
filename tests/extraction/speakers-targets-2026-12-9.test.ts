// Unit tests for this session's speaker and target changes (issue 8). Sentences written for these tests; none is
// taken from an evaluation article.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const statements = (body: string) => extractArticle(article(body), context()).statements;

describe("a capital of several words after a place preposition is a location, not the speaker", () => {
  it("gives the embassy's own state, not the state of the capital it sits in", () => {
    const body =
      "Chile on Monday thanked Peru for its help with the rescue. " +
      "Peru's embassy in Buenos Aires said the rescue showed the strength of regional ties.";
    const s = statements(body).find((x) => x.text.includes("embassy"));
    expect(s?.speakerStateCode).toBe("PE");
  });
});

describe("a title before a name in apposition is no description of an earlier person", () => {
  it("leaves the earlier minister's state to the article, not to the other state's minister", () => {
    const body =
      "Norway on Tuesday accused Iceland of breaking the fishing agreement. " +
      '"We will not stand by while our quotas are ignored," Fisheries Minister Ola Brekke told reporters. ' +
      "Iceland's fisheries minister, Gunnar Einarsson, rejected the charge.";
    const r = extractArticle(article(body), context());
    expect(r.people.find((p) => p.name === "Ola Brekke")?.stateCode).toBe("NO");
    expect(r.people.find((p) => p.name === "Gunnar Einarsson")?.stateCode).toBe("IS");
  });
});

describe("'expressed' takes an attitude after a possessive or inside a quote", () => {
  it.each([
    "Kenya's foreign ministry expressed Nairobi's full solidarity with Uganda after the floods.",
    'Norway\'s foreign minister Ola Brekke expressed "grave concern" over the arrests in Georgia.',
    "Brazilian President Lucas Ferreira expressed his commitment to deepening trade with Chile.",
  ])("finds a statement in %s", (body) => {
    expect(statements(body)).toHaveLength(1);
  });

  it("still needs an attitude as the object", () => {
    expect(statements("Kenya's foreign ministry expressed the documents to Kampala by courier.")).toHaveLength(0);
  });
});

describe("'secretary', 'premier' and 'chancellor' are titles that resolve to the person named with them", () => {
  it.each([
    ["the Kenyan Foreign Secretary also said", "Foreign Secretary Amina Odhiambo"],
    ["the premier said", "Premier Amina Odhiambo"],
  ])("'%s' is %s", (subject, named) => {
    const body =
      `${named} met Ugandan officials in Kampala on Monday. ` +
      `Later, ${subject} that the border crossing would reopen next week.`;
    const r = extractArticle(article(body), context());
    const s = r.statements.find((x) => x.text.includes("border crossing"));
    expect(r.people.find((p) => p.key === s?.speakerKey)?.name).toBe("Amina Odhiambo");
  });
});

describe("rule targets.victim", () => {
  const targetsOf = (body: string) => statements(body).map((s) => s.targetCodes);

  it("leaves out the state an attack is made on while the attacker is named", () => {
    expect(targetsOf("Norway's foreign minister Ola Brekke condemned Azerbaijan's strikes on Armenia.")).toEqual([["AZ"]]);
    expect(targetsOf("Norway's foreign minister Ola Brekke urged Azerbaijan to pull its troops from Armenia.")).toEqual([["AZ"]]);
  });

  it("reads the act a few words before 'on' or 'against', and an 'occupied' land", () => {
    expect(
      targetsOf(
        "Norway's foreign minister Ola Brekke deplored the water cannon fired by Azerbaijani boats against Armenian ferries.",
      ),
    ).toEqual([["AZ"]]);
    expect(
      targetsOf("Norway's foreign minister Ola Brekke condemned Azerbaijan's incursions against occupied Armenian villages."),
    ).toEqual([["AZ"]]);
    // "of" after the act's actor names the actor, not the victim: both stay.
    expect(targetsOf("Norway's foreign minister Ola Brekke condemned attacks by the army of Azerbaijan on Armenia.")).toEqual([
      ["AZ"],
    ]);
  });

  it("keeps the attacked state when no other state is named", () => {
    expect(targetsOf("Norway's foreign minister Ola Brekke condemned the attacks on Armenia.")).toEqual([["AM"]]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["targets.victim"]);
    try {
      expect(targetsOf("Norway's foreign minister Ola Brekke condemned Azerbaijan's strikes on Armenia.")).toEqual([
        ["AZ", "AM"],
      ]);
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("rule speech.coordinated.while", () => {
  const body =
    "Norway's foreign minister Ola Brekke said the new quotas were fair, while stressing that Iceland had broken " +
    "the last agreement.";

  it("makes '…, while stressing that …' a second statement of the same speaker", () => {
    const r = extractArticle(article(body), context());
    expect(r.statements.map((s) => s.text)).toEqual([
      "Norway's foreign minister Ola Brekke said the new quotas were fair",
      "while stressing that Iceland had broken the last agreement.",
    ]);
    expect(r.statements.map((s) => s.speakerStateCode)).toEqual(["NO", "NO"]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.coordinated"]);
    try {
      expect(statements(body)).toHaveLength(1);
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("rule speech.frame.oppose", () => {
  it("reads 'opposed any attempt …' inside a 'said' sentence as an act of its own", () => {
    const body =
      "Kenya's foreign ministry said it respected Uganda's right to build the dam but opposed any plan to cut the " +
      "flow of the river.";
    const r = extractArticle(article(body), context());
    expect(r.statements).toHaveLength(2);
    expect(r.statements[1]!.text).toBe("but opposed any plan to cut the flow of the river.");
  });

  it("is no cue as an adjective or a passive", () => {
    expect(statements("Kenya's foreign ministry said the plan, opposed by Uganda, would cut the river's flow.")).toHaveLength(1);
    expect(statements("Kenyan farmers opposed to the dam marched in Nairobi.")).toHaveLength(0);
  });
});

describe("rule speech.coordinated.saying-other", () => {
  it("makes '…, saying <another state> …' after a denial a second statement", () => {
    const body =
      "Kenya's foreign ministry denied that its troops had crossed the border, saying Ugandan soldiers had fired first.";
    expect(statements(body).map((s) => s.text)).toEqual([
      "Kenya's foreign ministry denied that its troops had crossed the border",
      "saying Ugandan soldiers had fired first.",
    ]);
  });

  it("keeps the grounds of the act (its own state, no state) in one statement", () => {
    expect(
      statements("Kenya's foreign ministry rejected the report, saying Kenya had always respected the border."),
    ).toHaveLength(1);
    expect(statements("Kenya's foreign ministry rejected the report, saying it was baseless.")).toHaveLength(1);
  });
});

describe("'…, adding that …' after a partial quote that closes after the comma", () => {
  it("is a second statement of the same speaker", () => {
    const body =
      'Kenya\'s President Daniel Mwangi said the deal would bring "jobs and roads we have waited for," adding that ' +
      "Kenya remained open to talks with Uganda.";
    expect(statements(body).map((s) => s.text)).toEqual([
      'Kenya\'s President Daniel Mwangi said the deal would bring "jobs and roads we have waited for,"',
      "adding that Kenya remained open to talks with Uganda.",
    ]);
  });
});
