// Stage 4: statements — direct quotes, partial quotes and reported speech, attributed to a person and/or a state.
// The stages live in ./statements/: quotes and cues, the subject left or right of a cue, direct quotes and reported
// speech in what the quotes leave, sentence by sentence in text order (so that "he said" sees who spoke before).
import type { Span } from "./types.js";
import { buildScan, type RawStatement, type StatementInput } from "./statements/scan.js";
import { DirectQuotes } from "./statements/direct-quotes.js";
import { ReportedSpeech } from "./statements/reported-speech.js";
import { resolveBackReferences } from "./statements/back-reference.js";
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";
import { firstNotBefore } from "./span-search.js";

export type { RawStatement, Speaker, StatementInput } from "./statements/scan.js";
export { findQuotes, type QuoteSpan } from "./statements/quotes.js";

export function findStatements(input: StatementInput): RawStatement[] {
  const scan = buildScan(input);
  const direct = new DirectQuotes(scan);
  const reported = new ReportedSpeech(scan);
  // Text order: the quotes opening in a sentence (and in the next one after "X said:") before its reported speech.
  const { sentences, text } = scan;
  for (const sentence of sentences) {
    const introduces = /:\s*$/.test(text.slice(sentence.start, sentence.end));
    const due = sentences[sentence.index + (introduces ? 2 : 1)]?.start ?? Infinity;
    reported.addDirect(direct.openingBefore(due));
    reported.visit(sentence);
  }
  reported.addDirect(direct.openingBefore(Infinity));
  const statements = [...direct.statements, ...reported.added];
  for (const st of statements) trimStatement(scan.text, st);
  statements.sort((a, b) => a.start - b.start);
  const lines = new Lines(scan.text);
  return resolveBackReferences(scan, statements).filter((st) => !inUnfinishedLine(scan.text, lines, st));
}

/**
 * Rule statements.unfinished-line: a statement inside a line of its own that ends without a sentence's closing
 * punctuation is a headline, a sub-headline or a caption ("Iran slams allegations as groundless - ministry"), or a
 * sentence cut off by the end of the excerpt: not a statement. In the excerpt's last line only the cut sentence is
 * dropped; the complete sentences before it count.
 */
const UNFINISHED_LINE_RULE = "statements.unfinished-line";
registerRules([UNFINISHED_LINE_RULE]);
const SENTENCE_END = /[.!?…:;]["'”’)\]]*\s*$/;
/**
 * Rule statements.attributed-quote-line: a line ending in a quote closed by a comma and a short attribution ("“…,” he
 * said", "“…,” the minister told reporters") is a paragraph whose full stop the page lost: headlines attribute with
 * a colon or a dash, never with ",” he said".
 */
const ATTRIBUTED_QUOTE_LINE_RULE = "statements.attributed-quote-line";
registerRules([ATTRIBUTED_QUOTE_LINE_RULE]);
const ATTRIBUTED_QUOTE_END = /[,!?]["”’»]\s+[^\s"“”«»]+(?:\s+[^\s"“”«»]+){0,5}\s*$/;

function inUnfinishedLine(text: string, lines: Lines, st: { start: number; end: number }): boolean {
  if (!ruleEnabled(UNFINISHED_LINE_RULE)) return false;
  if (lines.breakWithin(st.start, st.end)) return false;
  const line = lines.around(st.start, st.end);
  const nl = line.last ? -1 : line.end;
  if (line.finished) return false;
  // In the excerpt's last line, only the sentence the excerpt cuts off is unfinished: a statement that ends with its
  // own closing stop before the cut is a complete sentence (the guide labels it).
  if (nl < 0 && endsWithStop(text, st)) return false;
  // Headlines are short; a long paragraph missing its final stop (a credit line run on) is still prose, unless the
  // excerpt ends in it.
  return nl < 0 || line.words <= 30;
}

/**
 * The lines of a text (split at line breaks): the line around a statement by binary search, and what the rule asks
 * of a line computed once per line. Scanning for the line and testing it per statement made one long line quadratic.
 */
class Lines {
  /** Offsets of the line breaks. */
  private readonly breaks: number[] = [];
  private readonly facts = new Map<number, { finished: boolean; words: number }>();

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.breaks.push(i);
  }

  /** Index of the first break at or after `offset`. */
  private nextBreak(offset: number): number {
    return firstNotBefore(this.breaks.length, (i) => this.breaks[i]! < offset);
  }

  breakWithin(start: number, end: number): boolean {
    const b = this.breaks[this.nextBreak(start)];
    return b !== undefined && b < end;
  }

  /**
   * The line holding [start, end) (no break inside): where it ends, whether it is the text's last line, whether it
   * ends with a sentence's closing punctuation, and its number of words (as split at whitespace).
   */
  around(start: number, end: number): { end: number; last: boolean; finished: boolean; words: number } {
    const after = this.nextBreak(end);
    const lineStart = after > 0 && this.breaks[after - 1]! < start ? this.breaks[after - 1]! + 1 : 0;
    const lineEnd = this.breaks[after] ?? this.text.length;
    let facts = this.facts.get(lineStart);
    if (!facts) {
      const line = this.text.slice(lineStart, lineEnd);
      facts = { finished: SENTENCE_END.test(line) || attributedQuoteLine(line), words: line.split(/\s+/).length };
      this.facts.set(lineStart, facts);
    }
    return { end: lineEnd, last: after >= this.breaks.length, ...facts };
  }
}

function attributedQuoteLine(line: string): boolean {
  if (!ATTRIBUTED_QUOTE_END.test(line) || !ruleEnabled(ATTRIBUTED_QUOTE_LINE_RULE)) return false;
  noteFired(ATTRIBUTED_QUOTE_LINE_RULE);
  return true;
}

/** Whether the statement's own sentence closes: a stop at its end or right after it (before a closing quote). */
function endsWithStop(text: string, st: { start: number; end: number }): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.slice(st.start, st.end)) || /^["'”’)\]]*[.!?…]/.test(text.slice(st.end, st.end + 3));
}

/**
 * Statement spans never start or end with whitespace (paragraph breaks before a sentence, trailing spaces), so that
 * `text === body.slice(start, end)` reads cleanly; content spans are trimmed the same way.
 */
export function trimStatement(text: string, st: { start: number; end: number; content: Span[] }): void {
  let start = st.start;
  let end = st.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  st.start = start;
  st.end = end;
  const content: Span[] = [];
  for (const c of st.content) {
    let cs = c.start;
    let ce = c.end;
    while (cs < ce && /\s/.test(text[cs]!)) cs++;
    while (ce > cs && /\s/.test(text[ce - 1]!)) ce--;
    if (ce > cs) content.push({ start: cs, end: ce });
  }
  if (content.length > 0) st.content = content;
}
