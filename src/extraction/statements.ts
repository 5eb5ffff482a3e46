// Stage 4: statements — direct quotes, partial quotes and reported speech, attributed to a person and/or a state.
// The stages live in ./statements/: quotes and cues, the subject left or right of a cue, direct quotes, then reported
// speech in what the quotes leave.
import type { Span } from "./types.js";
import { buildScan, type RawStatement, type StatementInput } from "./statements/scan.js";
import { findDirectQuotes } from "./statements/direct-quotes.js";
import { findReportedSpeech } from "./statements/reported-speech.js";

export type { RawStatement, Speaker, StatementInput } from "./statements/scan.js";
export { findQuotes, type QuoteSpan } from "./statements/quotes.js";

export function findStatements(input: StatementInput): RawStatement[] {
  const scan = buildScan(input);
  const direct = findDirectQuotes(scan);
  const statements = [...direct, ...findReportedSpeech(scan, direct)];
  for (const st of statements) trimStatement(scan.text, st);
  statements.sort((a, b) => a.start - b.start);
  return statements;
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
