// Rule speech.this-back-reference: "X stated this during Tuesday's meeting with Y", "This is what X told his
// counterpart": an attribution of the sentence before, not a statement of its own. Wire copy from many capitals opens
// with the claim and names its source in the next sentence.
import { StatementKind } from "../types.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import type { RawStatement, StatementScan } from "./scan.js";

const RULE = "speech.this-back-reference";
registerRules([RULE]);

/** Content that only points back: "this when / during / at …", "so on Tuesday". */
const POINTS_BACK = /^\s*(?:this|so)\s+(?:when|while|during|at|in|on|after|before|as|to|earlier|today|yesterday|last)\b/i;
/** A sentence that only points back: "This is what X told …", "This was stated by …", "This is stated in …". */
const BACK_SENTENCE = /^\s*(?:this|that)\s+(?:is|was)\s+(?:what|stated|said|announced|declared)\b/i;

function pointsBack(scan: StatementScan, st: RawStatement): boolean {
  const sentence = scan.sentences[st.sentenceIndex]!;
  if (BACK_SENTENCE.test(scan.text.slice(sentence.start, sentence.end))) return true;
  // The words right after the attribution (the speaker and the verb): "… stated | this during …".
  const att = st.speaker.attribution;
  return att !== null && st.kind === StatementKind.REPORTED_SPEECH && POINTS_BACK.test(scan.text.slice(att.end, st.end));
}

/**
 * Statements that point back become the statement of the sentence before them, when that sentence holds none of
 * its own (its words are what was said, the pointer names who said it), and disappear otherwise.
 */
export function resolveBackReferences(scan: StatementScan, statements: RawStatement[]): RawStatement[] {
  if (!ruleEnabled(RULE)) return statements;
  const out: RawStatement[] = [];
  for (const st of statements) {
    if (!pointsBack(scan, st)) {
      out.push(st);
      continue;
    }
    noteFired(RULE);
    const before = scan.sentences[st.sentenceIndex - 1];
    if (!before || statements.some((o) => o.start < before.end && o.end > before.start)) continue;
    out.push({
      kind: scan.quoteIndex.anyWithin(before.start, before.end) ? StatementKind.PARTIAL_QUOTE : StatementKind.REPORTED_SPEECH,
      start: before.start,
      end: before.end,
      sentenceIndex: before.index,
      content: [{ start: before.start, end: before.end }],
      speaker: st.speaker,
      cue: st.cue,
      confidence: Math.min(st.confidence, 0.6),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
