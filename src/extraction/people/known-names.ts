// People named without a title or by their surname alone: a multi-word name that no cue around it marks as a person
// is one when it is, in full, the name of a well-known officeholder; a one-word name that speaks is one when it is
// the surname of exactly one officeholder at the article's date.
import type { SegmentedText } from "../sentences.js";
import type { Candidate } from "./candidates.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import type { OfficeholderMatch } from "./officeholders.js";
import { FAMILY_NAME_FIRST } from "../lexicon.js";

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

/**
 * Rule people.known-surname: a one-word name that speaks ("Zelensky said", "said Lavrov") or carries a title ("Mr
 * Trudeau") is a person of the dictionary when, at the article's date, exactly one officeholder has that surname and
 * the article names that officeholder's state (or the officeholder is an international one) and the text gives the
 * name no other state: leaders are often named by their surname alone ("Russia's Lavrov said"). Their state and
 * office are filled in unless the text gave them.
 */
const KNOWN_SURNAME_RULE = "people.known-surname";
registerRules([KNOWN_SURNAME_RULE]);

export interface SurnameCheck {
  lookup: (surname: string) => OfficeholderMatch | null;
  statesNamed: Set<string>;
  speaks: (c: Candidate) => boolean;
  plausible: (c: Candidate) => boolean;
}

export function acceptKnownSurnames(seg: SegmentedText, candidates: Candidate[], check: SurnameCheck): void {
  if (!ruleEnabled(KNOWN_SURNAME_RULE)) return;
  for (const c of candidates) {
    if (c.nameEnd - c.nameStart !== 1 || !check.plausible(c)) continue;
    if (!c.accepted && !check.speaks(c)) continue;
    const match = check.lookup(seg.tokens[c.nameStart]!.text);
    if (!match || (match.state !== null && !check.statesNamed.has(match.state))) continue;
    // "Russia's Lavrov said": a state the text gives must be the officeholder's.
    if (c.stateCode && c.stateCode !== match.state) continue;
    c.accepted = true;
    c.stateCode = match.state;
    c.role ??= match.role;
    noteFired(KNOWN_SURNAME_RULE);
  }
}

/**
 * Rule people.surname-speaks: a multi-word name that no cue around it marks as a person is one when its last word,
 * standing alone later in the article, speaks ("…, Timo Krupala, was in Belgrade. … is feasible, said Krupala."):
 * wire copy names a person in full once and quotes them by surname.
 */
const SURNAME_SPEAKS_RULE = "people.surname-speaks";
registerRules([SURNAME_SPEAKS_RULE]);

/**
 * Rule people.surname-first: Chinese and Korean names put the family name first ("Wang Wenbin" … "Wang said", "Kim
 * Jong Un" … "Kim said"), so for a name opening with such a family name, that first word speaking later counts too.
 */
const SURNAME_FIRST_RULE = "people.surname-first";
registerRules([SURNAME_FIRST_RULE]);

function familyNameFirst(first: string, speaking: Map<string, number>): number | undefined {
  if (!FAMILY_NAME_FIRST.has(first) || !ruleEnabled(SURNAME_FIRST_RULE)) return undefined;
  const at = speaking.get(first);
  if (at !== undefined) noteFired(SURNAME_FIRST_RULE);
  return at;
}

export function acceptSpeakingSurnames(
  seg: SegmentedText,
  candidates: Candidate[],
  speaks: (c: Candidate) => boolean,
  plausible: (c: Candidate) => boolean,
): void {
  if (!ruleEnabled(SURNAME_SPEAKS_RULE)) return;
  const { tokens } = seg;
  // The last start of each one-word name that speaks.
  const speaking = new Map<string, number>();
  for (const c of candidates)
    if (c.nameEnd - c.nameStart === 1 && plausible(c) && speaks(c)) speaking.set(tokens[c.nameStart]!.text, c.nameStart);
  if (speaking.size === 0) return;
  for (const c of candidates) {
    if (c.accepted || c.nameEnd - c.nameStart < 2) continue;
    const at = speaking.get(tokens[c.nameEnd - 1]!.text) ?? familyNameFirst(tokens[c.nameStart]!.text, speaking);
    if (at === undefined || at < c.nameEnd || !plausible(c)) continue;
    c.accepted = true;
    noteFired(SURNAME_SPEAKS_RULE);
  }
}
