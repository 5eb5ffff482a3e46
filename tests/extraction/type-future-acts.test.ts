// Rules type.cooperate.will-cooperate / type.cooperate.will-plan (a future act, negation-aware) and
// hybrid.plan.model-comments (a scheduled plan the model reads as a comment stays a comment). All sentences are written
// for these tests (none come from the evaluation articles).
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";
import { modelDecidesType, type ModelReading } from "../../src/extraction/speech-act.js";

const rules = (content: string) => classifyStatement("say", content, 0, "");

describe("a future act", () => {
  it("is intent to cooperate when it commits to help, build or strengthen", () => {
    expect(rules("Lowland will strengthen its coastguard training for the islands").evidence).toBe(
      "type.cooperate.will-cooperate",
    );
    expect(rules("the ministry was ready to help the flooded provinces of Upland").evidence).toBe(
      "type.cooperate.will-cooperate",
    );
    expect(rules("the agency will continue to work with the port authority").evidence).toBe("type.cooperate.will-cooperate");
  });
  it("is told apart as a plan when it schedules or carries on", () => {
    expect(rules("the two cabinets would hold their next round in the autumn").evidence).toBe("type.cooperate.will-plan");
    expect(rules("Riverland will host the ministers' meeting in March").evidence).toBe("type.cooperate.will-plan");
    expect(tenClass(rules("Riverland will host the ministers' meeting in March").type)).toBe("INTENDS_TO_COOPERATE");
  });
  it("reads the verb, not a longer word that starts like it", () => {
    for (const content of [
      "the prosecutors would investigate the harbour contracts",
      "the two ministers would issue a joint statement on Friday",
      "the garrison would stay hostile to the convoy",
      "the report will list developments on the border",
    ])
      expect(rules(content).evidence ?? "").not.toMatch(/^type\.cooperate\.will-/);
  });
  it("commits to nothing when the frame is negated", () => {
    for (const content of [
      "the government would not support the pipeline plan of the north",
      "Hillland had no plans to join the customs bloc",
      "blaming the neighbours isn't going to help the valley",
      "the navy will never send ships into the strait",
    ]) {
      expect(rules(content).evidence ?? "").not.toMatch(/^type\.cooperate\.will-/);
      expect(tenClass(rules(content).type)).not.toBe("INTENDS_TO_COOPERATE");
    }
  });
});

describe("a plan the model reads as a comment", () => {
  const comment: ModelReading = { type: "COMMENTS", typeProbability: 0.9, sentiment: "NEUTRAL", sentimentProbability: 0.9 };
  it("stays a comment when the rule only saw a scheduling verb", () => {
    expect(modelDecidesType("type.cooperate.will-plan", comment)).toBe(true);
  });
  it("is still decided by the rule for other readings and for commitments", () => {
    expect(modelDecidesType("type.cooperate.will-plan", { ...comment, type: "PRAISES", sentiment: "POSITIVE" })).toBe(false);
    expect(modelDecidesType("type.cooperate.will-cooperate", comment)).toBe(false);
  });
});
