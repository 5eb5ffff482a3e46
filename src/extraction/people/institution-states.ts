// The state of a person introduced through a definite institution ("the ministry's spokesperson X"): the institution
// is the one named before with its state ("the Ukrainian Foreign Ministry"), as "the ministry said" is.
import { mentionAtToken, tokenAt, type SegmentedText } from "../sentences.js";
import type { StateMention } from "../states.js";
import type { PersonEntity } from "../people.js";
import { PORTFOLIO_WORDS, ROLE_WORDS } from "../lexicon.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

/**
 * Rule people.state-from-institution: "the ministry's spokesperson X" takes the state of the nearest earlier mention
 * of that institution that names its state within six sentences ("the Ukrainian Foreign Ministry has called …").
 */
const INSTITUTION_RULE = "people.state-from-institution";
registerRules([INSTITUTION_RULE]);
const INSTITUTIONS = /^(?:ministry|embassy|government|presidency|cabinet|administration|army|military|navy|office)$/;

/** Fills the state of stateless people named after "the <institution>'s <role>". Mutates the entities. */
export function statesFromInstitutions(seg: SegmentedText, stateMentions: StateMention[], people: PersonEntity[]): void {
  if (!ruleEnabled(INSTITUTION_RULE) || people.every((p) => p.stateCode)) return;
  const { tokens } = seg;
  let stateAt: (StateMention | null)[] | null = null;
  for (const p of people) {
    if (p.stateCode) continue;
    const head = institutionBefore(seg, tokenAt(tokens, p.firstOffset));
    if (head < 0) continue;
    stateAt ??= mentionAtToken(tokens, stateMentions);
    const code = earlierInstitutionState(seg, stateAt, head);
    if (!code) continue;
    p.stateCode = code;
    noteFired(INSTITUTION_RULE);
  }
}

/** The institution token of "the <institution>'s <role words>" right before the name at `name`, or -1. */
function institutionBefore(seg: SegmentedText, name: number): number {
  const { tokens } = seg;
  let k = name - 1;
  while (k > 0 && name - k <= 4 && ROLE_WORDS.has(tokens[k]!.lower) && tokens[k]!.lower !== "the") k--;
  if (!/^['’]s$/.test(tokens[k]?.lower ?? "")) return -1;
  const head = k - 1;
  if (!INSTITUTIONS.test(tokens[head]?.lower ?? "")) return -1;
  let d = head - 1;
  while (d > 0 && PORTFOLIO_WORDS.has(tokens[d]!.lower) && /^\p{Ll}/u.test(tokens[d]!.text)) d--;
  return tokens[d]?.lower === "the" && tokens[d]!.sentenceIndex === tokens[name]!.sentenceIndex ? head : -1;
}

/** The state before the nearest earlier mention of the same institution word (within six sentences), or null. */
function earlierInstitutionState(seg: SegmentedText, stateAt: (StateMention | null)[], head: number): string | null {
  const { tokens } = seg;
  const word = tokens[head]!.lower;
  const s = tokens[head]!.sentenceIndex;
  for (let j = head - 1; j >= 0 && s - tokens[j]!.sentenceIndex <= 6; j--) {
    if (tokens[j]!.lower !== word) continue;
    for (let b = j - 1; b >= Math.max(0, j - 4) && tokens[b]!.sentenceIndex === tokens[j]!.sentenceIndex; b--) {
      if (stateAt[b]) return stateAt[b]!.code;
      if (tokens[b]!.lower === "the") break;
    }
  }
  return null;
}
