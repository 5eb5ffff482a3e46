import { describe, expect, it } from "vitest";
import { segment } from "../../src/extraction/sentences.js";

describe("segment", () => {
  it("keeps U.S. and U.N. inside sentences and offsets exact", () => {
    const text = 'The U.S. and the U.N. condemned the launch. North Korea said it was "self-defence."\n\nSEOUL said nothing';
    const seg = segment(text);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The U.S. and the U.N. condemned the launch.",
      'North Korea said it was "self-defence."',
      "SEOUL said nothing",
    ]);
    for (const t of seg.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("breaks sentences at paragraph breaks even without final punctuation", () => {
    const seg = segment("TOKYO, Jan. 7 — Headline without stop\nNext paragraph starts here.");
    expect(seg.sentences).toHaveLength(2);
  });
});
