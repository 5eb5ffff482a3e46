// The lookups that keep extraction linear in article length (span-search.ts, QuoteIndex) must answer exactly what the
// scans over every span they replaced answered: checked against those scans on many generated spans and texts.
import { describe, expect, it } from "vitest";
import { firstWithin, OverlapIndex, spanContaining, startingWithin } from "../../src/extraction/span-search.js";
import { findQuotes, QuoteIndex } from "../../src/extraction/statements/quotes.js";
import type { Span } from "../../src/extraction/types.js";

/** A small deterministic generator (the same sequence on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function spans(next: () => number, count: number, overlapping: boolean): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const start = overlapping ? Math.floor(next() * 200) : at + Math.floor(next() * 5);
    const end = start + 1 + Math.floor(next() * 12);
    out.push({ start, end });
    at = end;
  }
  return overlapping ? out : out.sort((a, b) => a.start - b.start);
}

describe("span lookups", () => {
  it("find the spans of a sorted list that a scan would find", () => {
    const next = random(7);
    for (let round = 0; round < 50; round++) {
      const list = spans(next, 30, round % 2 === 0).sort((a, b) => a.start - b.start);
      for (let q = 0; q < 40; q++) {
        const start = Math.floor(next() * 220) - 10;
        const end = start + Math.floor(next() * 40);
        expect(startingWithin(list, start, end)).toEqual(list.filter((s) => s.start >= start && s.start < end));
        expect(firstWithin(list, { start, end })).toBe(list.find((s) => s.start >= start && s.end <= end));
      }
    }
  });

  it("find the span holding another in a sorted list without overlaps, as a scan would", () => {
    const next = random(11);
    for (let round = 0; round < 50; round++) {
      const list = spans(next, 30, false);
      for (let q = 0; q < 40; q++) {
        const start = Math.floor(next() * 220);
        const inner = { start, end: start + Math.floor(next() * 6) };
        expect(spanContaining(list, inner)).toBe(list.find((s) => s.start <= inner.start && inner.end <= s.end));
      }
    }
  });

  it("find the first overlapping span of an unsorted list, like findIndex", () => {
    const next = random(13);
    for (let round = 0; round < 50; round++) {
      const list = spans(next, 30, true);
      const index = new OverlapIndex(list);
      for (let q = 0; q < 40; q++) {
        const start = Math.floor(next() * 220);
        const end = start + 1 + Math.floor(next() * 10);
        expect(index.firstOverlapping(start, end)).toBe(list.findIndex((s) => s.start < end && start < s.end));
      }
    }
  });
});

describe("quote index", () => {
  it("answers what scans over every quote answered", () => {
    const next = random(17);
    const pieces = ["a ", "b ", '"', "“", "”", "\n", "said ", ". "];
    for (let round = 0; round < 50; round++) {
      let text = "";
      for (let i = 0; i < 60; i++) text += pieces[Math.floor(next() * pieces.length)];
      const quotes = findQuotes(text);
      const index = new QuoteIndex(quotes);
      for (const q of quotes) {
        expect(index.insideOther(q)).toBe(quotes.some((o) => o !== q && o.innerStart <= q.open && q.close <= o.innerEnd));
      }
      for (let offset = 0; offset <= text.length; offset++) {
        expect(index.insideAny(offset)).toBe(quotes.some((q) => q.innerStart <= offset && offset < q.innerEnd));
        const end = offset + Math.floor(next() * 30);
        expect(index.anyWithin(offset, end)).toBe(quotes.some((q) => q.open >= offset && q.close <= end));
      }
    }
  });
});
