// Names in Title Case headlines ("Boric Calls For Latin American Unity", "Chancellor Should Be More Concerned About
// His Own Problems"): every word is capitalised there, so runs of ordinary words look like names after a title.
import type { SegmentedText } from "../sentences.js";
import type { Candidate } from "./candidates.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

/**
 * Rule people.title-case-headline: a name found only on a Title Case line (a headline: four words or more, nearly all
 * capitalised, no full stop at its end) is a person only if its last word also names a candidate outside such lines;
 * a real person in a headline is named again in the story.
 */
const RULE = "people.title-case-headline";
registerRules([RULE]);

const SMALL_WORDS = new Set(["a", "an", "the", "of", "to", "in", "on", "for", "with", "at", "by", "and", "or", "as", "vs"]);

/** Whether the line around offset `at` is a Title Case headline. */
function titleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  if (/[.!?]["”’]?$/.test(line)) return false;
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length < 4) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.85;
}

export function dropHeadlineOnlyNames(seg: SegmentedText, candidates: Candidate[]): void {
  if (!ruleEnabled(RULE)) return;
  const { tokens, text } = seg;
  const inHeadline = candidates.map((c) => c.nameEnd > c.nameStart && titleCaseLine(text, tokens[c.nameStart]!.start));
  const lastWord = (c: Candidate) => tokens[c.nameEnd - 1]!.lower;
  const namedElsewhere = new Set(candidates.filter((c, i) => c.nameEnd > c.nameStart && !inHeadline[i]).map(lastWord));
  candidates.forEach((c, i) => {
    if (!c.accepted || !inHeadline[i] || namedElsewhere.has(lastWord(c))) return;
    c.accepted = false;
    noteFired(RULE);
  });
}
