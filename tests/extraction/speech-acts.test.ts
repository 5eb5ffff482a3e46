// Speech acts first (issue 8): the reporting predicate and the reported content decide the type, the type the
// sentiment sign; rules are data with ids that ablation can switch off. Every sentence here is written for its rule
// and appears in no evaluation article.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { listRuleFamilies, setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { classifyStatement } from "../../src/extraction/statement-types.js";
import { stanceSentiment } from "../../src/extraction/stance.js";
import { scoreSentiment } from "../../src/extraction/sentiment.js";
import { setStanceSources, DEFAULT_STANCE_SOURCES } from "../../src/extraction/classifier/stance-source.js";
import { toTenClass } from "../../src/extraction/ten-classes.js";
import { article, context } from "./helpers.js";

const type = (content: string, cue: string | null = "say", cueText = "") => classifyStatement(cue, content, 0, cueText).type;

afterEach(() => {
  setDisabledFamilies([]);
  setStanceSources(DEFAULT_STANCE_SOURCES);
});

describe("reporting predicate", () => {
  it("reads an accusing verb as ACCUSES (cue.accuse.accuse)", () => {
    expect(type("of smuggling fuel across the lake border", "accuse")).toBe("ACCUSES");
  });

  it("reads 'hit out at' as criticism whatever the verb (frame.criticise.hit-out)", () => {
    expect(type("the port fees as a tax on farmers", "say", "the trade minister hit out at the port fees")).toBe("CRITICISES");
  });

  it("reads 'expressed gratitude' as praise (frame.praise.expressed)", () => {
    expect(type("gratitude for the field hospital", "express", "expressed gratitude for")).toBe("PRAISES");
  });

  it("reads dismissing charges as a denial (frame.deny.reject-claims)", () => {
    expect(type("the charges as politically motivated", "reject", "dismissed the charges as")).toBe("DENIES");
  });

  it("drops the act of a negated reporting verb (act.negation.reporting-verb)", () => {
    expect(type("the raid on the border post", "condemn", "the envoy did not condemn the raid")).not.toBe("CONDEMNS");
  });

  it("reads an appeal to stop or undo something as a demand (act.demand.stop-appeal)", () => {
    expect(type("the coast guard not to board fishing boats", "urge", "urged")).toBe("DEMANDS");
    expect(type("both sides to resume the grain talks", "urge", "urged")).toBe("APPEALS");
  });
});

describe("reported content", () => {
  it("reads accusations and blame in the content as ACCUSES (type.accuse.accuse)", () => {
    expect(type("the neighbour was to blame for the collapse of the fishing deal")).toBe("ACCUSES");
  });

  it("reads 'unsubstantiated' and 'devoid of facts' as denials (type.deny.baseless, type.deny.no-evidence)", () => {
    expect(type("the report was unsubstantiated from start to finish")).toBe("DENIES");
    expect(type("the dossier is devoid of facts")).toBe("DENIES");
  });

  it("reads regret about another state's act as disapproval (type.criticise.regret)", () => {
    expect(type("it regretted the closure of the consulate")).toBe("CRITICISES");
  });

  it("reads hubris and misleading claims as criticism (type.criticise.evaluative)", () => {
    expect(type("the remarks showed the usual hubris of the capital")).toBe("CRITICISES");
  });

  it("reads a promise to consult or maintain ties as intent to cooperate (type.cooperate.will-plan)", () => {
    expect(type("Lisbon will consult its neighbours before any change to the quota")).toBe("INTENDS_TO_COOPERATE");
  });

  it("reads 'must' with the target acting as a demand, but not an inference or a passive (type.demand.must)", () => {
    expect(type("the garrison must leave the island by spring")).toBe("DEMANDS");
    expect(type("the convoy must have been tracked for days")).not.toBe("DEMANDS");
  });

  it("does not read topic nouns as intent to cooperate", () => {
    expect(type("the cooperation between the two navies breaches the arms embargo")).not.toBe("INTENDS_TO_COOPERATE");
  });
});

describe("sentiment follows the act", () => {
  it("gives negative acts a negative sign and cooperative acts a positive one, whatever the words", () => {
    expect(stanceSentiment("WARNS", 2, 10).label).toBe("NEGATIVE");
    expect(stanceSentiment("ACCUSES", 0, 10).label).toBe("NEGATIVE");
    expect(stanceSentiment("INTENDS_TO_COOPERATE", -2, 10).label).toBe("POSITIVE");
  });

  it("leaves comments neutral unless clearly evaluative", () => {
    expect(stanceSentiment("COMMENTS", 2, 10).label).toBe("NEUTRAL");
    expect(stanceSentiment("COMMENTS", -4, 10).label).toBe("NEGATIVE");
  });

  it("gives topic words no stance of their own", () => {
    expect(scoreSentiment("military cooperation and regional stability").raw).toBe(0);
  });

  it("reads a warning of very negative consequences for relations as negative, rules or model", () => {
    const body =
      "Foreign Minister Ana Ruiz warned on Monday that the deal would have very negative consequences for relations with Peru.";
    for (const sources of [DEFAULT_STANCE_SOURCES, { type: "rules", sentiment: "rules" } as const]) {
      setStanceSources(sources);
      const [s] = extractArticle(article(body), context()).statements;
      expect(s?.sentiment.label).toBe("NEGATIVE");
      expect(toTenClass(s!.type)).toBe("WARNS");
    }
  });
});

describe("rules as data", () => {
  it("lists rule families by id prefix and switches one off", () => {
    expect(listRuleFamilies()).toEqual(expect.arrayContaining(["cue.accuse", "type.deny", "lexicon.conflict", "stance.sign"]));
    expect(type("the report was unsubstantiated from start to finish")).toBe("DENIES");
    setDisabledFamilies(["type.deny"]);
    expect(type("the report was unsubstantiated from start to finish")).not.toBe("DENIES");
  });
});

describe("rule type.cooperate.commitment", () => {
  it("reads a stated commitment to cooperation, dialogue or a settlement as intent to cooperate", () => {
    expect(type("Chile is firmly committed to finding a negotiated solution on the river with Bolivia")).toBe(
      "INTENDS_TO_COOPERATE",
    );
    expect(type("the visit showed the desire to further strengthen cooperation in fisheries")).toBe("INTENDS_TO_COOPERATE");
    expect(type("Oslo looks forward to working with the new government in Reykjavik")).toBe("INTENDS_TO_COOPERATE");
    setDisabledFamilies(["type.cooperate"]);
    expect(type("Chile is firmly committed to finding a negotiated solution on the river with Bolivia")).not.toBe(
      "INTENDS_TO_COOPERATE",
    );
  });

  it("leaves other commitments alone", () => {
    expect(type("Peru was committed to defending its territory")).not.toBe("INTENDS_TO_COOPERATE");
  });
});
