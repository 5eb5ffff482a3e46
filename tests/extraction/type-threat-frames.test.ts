// Rules type.threaten.will-sanction and type.threaten.will-respond: a future act of imposing sanctions or tariffs, or of
// responding firmly, is a threat; a negated one, or sanctions only mentioned near a modal, is not. Sentences written
// for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement } from "../../src/extraction/statement-types.js";
import { modelDecidesType, type ModelReading } from "../../src/extraction/speech-act.js";

const evidence = (content: string) => classifyStatement("say", content, 0, "").evidence;

describe("a threat of sanctions", () => {
  it("is read when the target would face or be hit with sanctions or tariffs", () => {
    expect(evidence("Northland could face further sanctions on its fishing fleet")).toBe("type.threaten.will-sanction");
    expect(evidence("the cabinet would impose tariffs on Southland's steel")).toBe("type.threaten.will-sanction");
    expect(evidence("the allies would keep tightening sanctions on the shipping firms")).toBe("type.threaten.will-sanction");
  });
  it("is not read when the modal is negated or the sanctions are only mentioned", () => {
    expect(evidence("the ministry would not support new sanctions on Eastland")).not.toBe("type.threaten.will-sanction");
    expect(evidence("the two states would jointly counter the sanctions on their banks")).not.toBe("type.threaten.will-sanction");
    expect(evidence("the cabinet will consider easing its sanctions on the island")).not.toBe("type.threaten.will-sanction");
  });
});

describe("a threat to respond", () => {
  it("is read with the adverb before or after the verb", () => {
    expect(evidence("the capital would firmly respond to any incursion")).toBe("type.threaten.will-respond");
    expect(evidence("the capital would respond firmly to any incursion")).toBe("type.threaten.will-respond");
  });
});

describe("a named threat or warning", () => {
  const praise: ModelReading = { type: "PRAISES", typeProbability: 0.9, sentiment: "POSITIVE", sentimentProbability: 0.9 };
  it("decides the type over the model, like other named acts", () => {
    for (const rule of ["type.threaten.will-sanction", "type.threaten.will-respond", "type.warn.not-rule-out"])
      expect(modelDecidesType(rule, praise)).toBe(false);
  });
});
