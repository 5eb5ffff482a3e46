// Rule act.lexical.fallback: a statement no rule types is criticism or praise only when its words pass the bar a
// comment's words need to take a sign (stance.ts EVALUATIVE_THRESHOLD). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";
import { scoreSentiment } from "../../src/extraction/sentiment.js";
import { EVALUATIVE_THRESHOLD } from "../../src/extraction/stance.js";

const typeOf = (content: string) => tenClass(classifyStatement("say", content, scoreSentiment(content).raw).type);

describe("an untyped statement read by its words", () => {
  it("stays a comment with a word or two of goodwill", () => {
    const content = "the new ferry line meant more confidence and trust between the two harbours";
    expect(scoreSentiment(content).raw).toBe(EVALUATIVE_THRESHOLD.positive - 1);
    expect(typeOf(content)).toBe("COMMENTS");
  });
  it("is praise or criticism when its words clearly evaluate", () => {
    expect(tenClass(classifyStatement("say", "the harbour works", EVALUATIVE_THRESHOLD.positive).type)).toBe("PRAISES");
    expect(tenClass(classifyStatement("say", "the harbour works", EVALUATIVE_THRESHOLD.negative).type)).toBe("CRITICISES");
    expect(tenClass(classifyStatement("say", "the harbour works", EVALUATIVE_THRESHOLD.positive - 1).type)).toBe("COMMENTS");
  });
});
