import { describe, expect, it } from "vitest";
import { scoreSentiment } from "../../src/extraction/sentiment.js";

const label = (text: string) => scoreSentiment(text).label;

describe("sentiment", () => {
  it("knows diplomatic vocabulary", () => {
    expect(label("This is a dangerous provocation that destabilises the region")).toBe("NEGATIVE");
    expect(label("We will deepen our cooperation and partnership")).toBe("POSITIVE");
    expect(label("We expressed deep concern about the sanctions")).toBe("NEGATIVE");
  });

  it("masks capitalised names so that United or Security do not count", () => {
    expect(scoreSentiment("The matter went to the United Nations Security Council").raw).toBe(0);
  });

  it("handles negation with verbs that absorb it", () => {
    expect(label("Seoul did not rule out further sanctions")).toBe("NEGATIVE");
    expect(scoreSentiment("Russia has no intention of abandoning the talks").raw).toBeGreaterThan(0);
    expect(label("We will not accept this")).not.toBe("POSITIVE");
    expect(scoreSentiment("there was no damage").raw).toBe(0);
  });

  it("intensifies and hedges", () => {
    const plain = scoreSentiment("we are concerned").raw;
    expect(scoreSentiment("we are deeply concerned").raw).toBeLessThan(plain);
    expect(scoreSentiment("we are somewhat concerned").raw).toBeGreaterThan(plain);
  });

  it("does not mutate the shared sentiment package table", async () => {
    const { default: Sentiment } = await import("sentiment");
    expect(new Sentiment().analyze("provocation").score).toBe(0);
  });

  it("stays in [-1, 1]", () => {
    const s = scoreSentiment("terrible horrible awful catastrophic disaster war killing genocide atrocities".repeat(5)).score;
    expect(s).toBeGreaterThanOrEqual(-1);
    expect(s).toBeLessThanOrEqual(1);
  });
});
