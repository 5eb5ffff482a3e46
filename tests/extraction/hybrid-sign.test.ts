// Rules hybrid.contradiction.model-type and hybrid.act-sign.model-sentiment (speech-act.ts): the hybrid stance keeps
// the model's readings only where they fit the labelling guide's sign column (§5).
import { describe, expect, it } from "vitest";
import { modelDecidesSentiment, modelDecidesType, type ModelReading } from "../../src/extraction/speech-act.js";
import { signAgrees } from "../../src/extraction/stance.js";

const reading = (over: Partial<ModelReading>): ModelReading => ({
  type: "PRAISES",
  typeProbability: 0.9,
  sentiment: "POSITIVE",
  sentimentProbability: 0.9,
  ...over,
});

describe("the sign column of the guide", () => {
  it("fixes the sign of directed acts and leaves comments and appeals to their words", () => {
    expect(signAgrees("CRITICISES", "NEGATIVE")).toBe(true);
    expect(signAgrees("CRITICISES", "NEUTRAL")).toBe(false);
    expect(signAgrees("PRAISES", "NEGATIVE")).toBe(false);
    expect(signAgrees("COMMENTS", "NEGATIVE")).toBe(true);
    expect(signAgrees("APPEALS", "POSITIVE")).toBe(true);
  });
  it("lets denials and cooperation be neutral, as the guide allows", () => {
    expect(signAgrees("DENIES", "NEUTRAL")).toBe(true);
    expect(signAgrees("INTENDS_TO_COOPERATE", "NEUTRAL")).toBe(true);
    expect(signAgrees("DENIES", "POSITIVE")).toBe(false);
  });
});

describe("the model's type in the hybrid", () => {
  it("decides when sure and consistent with its own sentiment", () => {
    expect(modelDecidesType(null, reading({}))).toBe(true);
  });
  it("does not decide when its sentiment contradicts its type, or a reporting verb typed the act", () => {
    expect(modelDecidesType(null, reading({ sentiment: "NEGATIVE" }))).toBe(false);
    expect(modelDecidesType("cue.criticise.condemn", reading({ type: "CRITICISES", sentiment: "NEGATIVE" }))).toBe(false);
  });
  it("still decides when the contradicting sentiment is unsure", () => {
    expect(modelDecidesType(null, reading({ sentiment: "NEGATIVE", sentimentProbability: 0.4 }))).toBe(true);
  });
});

describe("the model's sentiment in the hybrid", () => {
  it("is kept when it fits the final type's sign, and replaced by the act's sign otherwise", () => {
    expect(modelDecidesSentiment("CRITICISES", reading({ sentiment: "NEGATIVE" }))).toBe(true);
    expect(modelDecidesSentiment("CRITICISES", reading({ sentiment: "NEUTRAL" }))).toBe(false);
    expect(modelDecidesSentiment("COMMENTS", reading({ sentiment: "NEGATIVE" }))).toBe(true);
  });
});
