// Quotation marks: pairing them into quote spans, and telling a quote that reads as a sentence of its own from a
// phrase quoted inside reported speech.
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import { firstNotBefore } from "../span-search.js";

export interface QuoteSpan {
  /** Offset of the opening quotation mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph when a quote runs on to the next paragraph). */
  close: number;
  innerStart: number;
  innerEnd: number;
}

const OPEN_QUOTES = new Set(["“", "„", "«"]);
const CLOSE_QUOTES = new Set(["”", "»"]);
export const QUOTE_CHARS = new Set(['"', "“", "”", "„", "«", "»"]);

/**
 * Rule quotes.misturned-close: an opening mark typed where the closing one belongs ('… by Friday,“ the envoy said').
 * While a quote is open, an opening mark that a space or the paragraph's end follows (as a closing mark follows a
 * quote's last word), with no closing mark after it in its paragraph, closes it; an opening mark with its own closing
 * mark still opens a new quote.
 */
const MISTURNED_CLOSE_RULE = "quotes.misturned-close";
registerRules([MISTURNED_CLOSE_RULE]);

/** Whether the opening mark at `at` closes the quote open before it. */
function misturnedClose(text: string, at: number): boolean {
  if (!/^(?:\s|$)/.test(text.slice(at + 1, at + 2))) return false;
  for (let i = at + 1; i < text.length && text[i] !== "\n"; i++) if (CLOSE_QUOTES.has(text[i]!)) return false;
  if (!ruleEnabled(MISTURNED_CLOSE_RULE)) return false;
  noteFired(MISTURNED_CLOSE_RULE);
  return true;
}

/** A quote cut where it is left open (at a paragraph end or a new opening mark), without trailing whitespace. */
function openEnded(text: string, open: number, at: number): QuoteSpan {
  let end = at;
  while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
  return { open, close: end, innerStart: open + 1, innerEnd: end };
}

/** Pairs quotation marks (straight and curly); a quote left open at a paragraph end stops there (it resumes in the next paragraph). */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (open >= 0) {
        quotes.push(openEnded(text, open, i));
        open = -1;
      }
      continue;
    }
    if (OPEN_QUOTES.has(ch)) {
      if (open >= 0 && misturnedClose(text, i)) {
        quotes.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i });
        open = -1;
        continue;
      }
      if (open >= 0) quotes.push(openEnded(text, open, i));
      open = i;
    } else if (CLOSE_QUOTES.has(ch)) {
      if (open >= 0) {
        quotes.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i });
        open = -1;
      }
    } else if (ch === '"') {
      if (open < 0) open = i;
      else {
        quotes.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i });
        open = -1;
      }
    }
  }
  if (open >= 0) quotes.push({ open, close: text.length, innerStart: open + 1, innerEnd: text.length });
  return quotes.filter((q) => q.innerEnd > q.innerStart);
}

export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/** A quote is "full" when it reads as a sentence of its own rather than a phrase inside one. */
export function isFullQuote(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  const words = wordCount(inner);
  if (words < 3) return false;
  const before = text.slice(Math.max(0, q.open - 3), q.open);
  const atStart =
    q.open === 0 ||
    /(?:^|\n)\s*$/.test(text.slice(Math.max(0, q.open - 2), q.open)) ||
    /[.!?]\s*$/.test(before) ||
    /[:,]\s*$/.test(before);
  const endsSentence = /[.,!?]$/.test(inner) || /[.!?…]["”]?$/.test(inner);
  if (/,\s*$/.test(before) && !/^\p{Lu}/u.test(inner)) return false;
  // Mid-sentence quotes are phrases in reported speech, unless introduced by a colon.
  return atStart && (words >= 4 || endsSentence);
}

/**
 * Where the quotes of an article lie, for the questions the statement stages ask of every quote, cue and statement
 * (inside a quote? holding a whole quote?): a binary search each, where a scan of every quote would make a long
 * article quadratic. Quotes sorted by their opening mark, with the largest interior end of each prefix and the
 * smallest close of each suffix. Every QuoteSpan's interior starts just after its opening mark.
 */
export class QuoteIndex {
  private readonly byOpen: QuoteSpan[];
  private readonly maxInnerEnd: number[] = [];
  private readonly minClose: number[];

  constructor(quotes: readonly QuoteSpan[]) {
    this.byOpen = [...quotes].sort((a, b) => a.open - b.open);
    let max = -Infinity;
    for (const q of this.byOpen) this.maxInnerEnd.push((max = Math.max(max, q.innerEnd)));
    this.minClose = new Array<number>(this.byOpen.length + 1).fill(Infinity);
    for (let i = this.byOpen.length - 1; i >= 0; i--) this.minClose[i] = Math.min(this.minClose[i + 1]!, this.byOpen[i]!.close);
  }

  /** How many quotes open before `offset`. */
  private openingBefore(offset: number): number {
    return firstNotBefore(this.byOpen.length, (i) => this.byOpen[i]!.open < offset);
  }

  /** Whether another quote's interior holds all of `q`, marks included. */
  insideOther(q: QuoteSpan): boolean {
    // Only quotes opening before q's mark can hold it (q itself opens at it).
    const n = this.openingBefore(q.open);
    return n > 0 && this.maxInnerEnd[n - 1]! >= q.close;
  }

  /** Whether `offset` lies in the interior of a quote. */
  insideAny(offset: number): boolean {
    // Interiors start one after the mark: those starting at or before `offset` open before it.
    const n = this.openingBefore(offset);
    return n > 0 && this.maxInnerEnd[n - 1]! > offset;
  }

  /** Whether a whole quote, marks included, lies in [start, end). */
  anyWithin(start: number, end: number): boolean {
    return this.minClose[this.openingBefore(start)]! <= end;
  }
}
