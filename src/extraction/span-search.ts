// Binary search over spans sorted by start (state mentions, sentences, person mentions): the stages look up what lies
// in one sentence or one statement, and a scan of the whole article per lookup would make long articles quadratic.
import type { Span } from "./types.js";

/** Index of the first span of `spans` (sorted by start) whose start is at or after `at`; spans.length if none. */
export function firstStartingAt(spans: readonly Span[], at: number): number {
  return firstNotBefore(spans.length, (i) => spans[i]!.start < at);
}

/** The first index in [0, length) for which `before` is false, given that it is true for a prefix only. */
export function firstNotBefore(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `spans` (sorted by start) that start in [start, end), in their order. */
export function startingWithin<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(spans, start); i < spans.length && spans[i]!.start < end; i++) out.push(spans[i]!);
  return out;
}

/** The first span of `spans` (non-empty, sorted by start, not overlapping) that contains `inner`, or undefined. */
export function spanContaining<T extends Span>(spans: readonly T[], inner: Span): T | undefined {
  // Only the last span starting at or before inner.start can hold it, or (for an empty `inner`) the one ending there.
  const last = firstStartingAt(spans, inner.start + 1) - 1;
  for (const i of [last - 1, last]) {
    const s = spans[i];
    if (s && s.start <= inner.start && inner.end <= s.end) return s;
  }
  return undefined;
}

/** The first span of `spans` (sorted by start) that lies within `outer`, or undefined. */
export function firstWithin<T extends Span>(spans: readonly T[], outer: Span): T | undefined {
  for (let i = firstStartingAt(spans, outer.start); i < spans.length && spans[i]!.start < outer.end; i++)
    if (spans[i]!.end <= outer.end) return spans[i];
  return undefined;
}

/**
 * Spans in any order (overlapping or not), for "which of them overlaps this range first": sorted by start, and only
 * those starting within the longest span's length before the range can reach into it.
 */
export class OverlapIndex {
  private readonly byStart: (Span & { index: number })[];
  private readonly longest: number;

  constructor(spans: readonly Span[]) {
    this.byStart = spans.map((s, index) => ({ start: s.start, end: s.end, index })).sort((a, b) => a.start - b.start);
    this.longest = longestLength(spans);
  }

  /** The smallest index (in the array given) of a span overlapping [start, end), or -1, like findIndex. */
  firstOverlapping(start: number, end: number): number {
    let first = -1;
    for (const s of startingWithin(this.byStart, start - this.longest, end)) {
      if (start < s.end && (first < 0 || s.index < first)) first = s.index;
    }
    return first;
  }
}

/** The length of the longest span (0 for none); a loop, as spreading a long array into Math.max overflows the stack. */
export function longestLength(spans: readonly Span[]): number {
  let longest = 0;
  for (const s of spans) longest = Math.max(longest, s.end - s.start);
  return longest;
}

/** Index of the first item (sorted by sentence, as mentions sorted by start are) in sentence `index` or later. */
export function firstInSentence(items: readonly { sentenceIndex: number }[], index: number): number {
  return firstNotBefore(items.length, (i) => items[i]!.sentenceIndex < index);
}
