// People introduced without a title: a multi-word name that no cue around it marks as a person is one when it is, in
// full, the name of a well-known officeholder.
import type { SegmentedText } from "../sentences.js";
import type { Candidate } from "./candidates.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

/**
 * Rule people.known-name: a multi-word name that is, in full, a name of the dictionary of well-known officeholders
 * (src/reference/officeholder-records.ts) is a person wherever it stands ("despite X Y not attending", "over X Y's
 * comments"): leaders are often named without a title. Any term counts (a former leader is still a person); the
 * state and office are filled later, by the article's date, like for every other person.
 */
const KNOWN_NAME_RULE = "people.known-name";
registerRules([KNOWN_NAME_RULE]);

export function acceptKnownNames(
  seg: SegmentedText,
  candidates: Candidate[],
  isKnownName: (name: string) => boolean,
  plausible: (c: Candidate) => boolean,
): void {
  if (!ruleEnabled(KNOWN_NAME_RULE)) return;
  const { tokens, text } = seg;
  for (const c of candidates) {
    if (c.accepted || c.nameEnd - c.nameStart < 2 || !plausible(c)) continue;
    if (!isKnownName(text.slice(tokens[c.nameStart]!.start, tokens[c.nameEnd - 1]!.end))) continue;
    c.accepted = true;
    noteFired(KNOWN_NAME_RULE);
  }
}
