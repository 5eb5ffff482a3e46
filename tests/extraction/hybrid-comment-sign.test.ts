// Rule hybrid.comment-sign.sure-model (speech-act.ts): a comment whose words are not clearly evaluative keeps the
// model's sign only when the model is clearly sure of it; a directed act and an evaluative comment keep it as before.
import { describe, expect, it } from "vitest";
import { modelDecidesSentiment, type ModelReading } from "../../src/extraction/speech-act.js";

const reading = (sentiment: ModelReading["sentiment"], sentimentProbability: number): ModelReading => ({
  type: "COMMENTS",
  typeProbability: 0.8,
  sentiment,
  sentimentProbability,
});

describe("the model's sign of a comment", () => {
  it("is not kept when the words are unevaluative and the model only moderately sure", () => {
    expect(modelDecidesSentiment("COMMENTS", reading("NEGATIVE", 0.62), 0)).toBe(false);
    expect(modelDecidesSentiment("COMMENTS", reading("POSITIVE", 0.55), 1)).toBe(false);
  });
  it("is kept when the model is clearly sure, or the words are evaluative, or it reads the comment as neutral", () => {
    expect(modelDecidesSentiment("COMMENTS", reading("NEGATIVE", 0.93), 0)).toBe(true);
    expect(modelDecidesSentiment("COMMENTS", reading("NEGATIVE", 0.62), -4)).toBe(true);
    expect(modelDecidesSentiment("COMMENTS", reading("NEUTRAL", 0.6), 0)).toBe(true);
  });
  it("does not touch directed acts", () => {
    expect(modelDecidesSentiment("CRITICISES", reading("NEGATIVE", 0.6), 0)).toBe(true);
    expect(modelDecidesSentiment("APPEALS", reading("NEGATIVE", 0.6), 0)).toBe(true);
  });
});
