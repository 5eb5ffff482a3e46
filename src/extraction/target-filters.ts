// Which state mentions near a statement cannot be its targets: places of events, mediators, and states acting or
// speaking together with the speaker. The rules' words are data in rules/target-rules.ts. Every check looks at one
// mention and at most a few neighbours (lists are capped), so that an article of one endless sentence with thousands
// of statements stays linear; places do not depend on the statement and are remembered per article.
import type { StateMention } from "./states.js";
import { noteFired, ruleEnabled } from "./rules/registry.js";
import {
  LIST_SEPARATOR,
  MENTION_RULE_REACH,
  NOT_TARGET_RULES,
  SUBJECT_OPENING,
  SUBJECT_VERB,
  type MentionRule,
} from "./rules/target-rules.js";
import { firstStartingAt } from "./span-search.js";

const POSSESSIVE = /^['’]s\b/;
/** Longest list looked at (a list of speakers): longer runs of names are not such lists. */
const MAX_LIST = 8;

function ruleMatches(body: string, m: StateMention, rule: MentionRule): boolean {
  if (rule.kinds && !rule.kinds.includes(m.kind)) return false;
  if (!rule.possessive && POSSESSIVE.test(body.slice(m.end, m.end + 2))) return false;
  if (rule.before && !rule.before.test(body.slice(Math.max(0, m.start - MENTION_RULE_REACH), m.start))) return false;
  return !rule.after || rule.after.test(body.slice(m.end, m.end + MENTION_RULE_REACH));
}

/** Per article (its mention list): whether each mention is a place, once decided. */
const placeMemo = new WeakMap<readonly StateMention[], Map<StateMention, boolean>>();

/**
 * Whether mention `i` of `mentions` is a place (or names a mediator), by its words around it. Every rule that holds is
 * recorded as firing, so that the coverage report counts each rule where it holds.
 */
export function isPlace(body: string, mentions: readonly StateMention[], i: number): boolean {
  let memo = placeMemo.get(mentions);
  if (!memo) placeMemo.set(mentions, (memo = new Map()));
  const m = mentions[i]!;
  const known = memo.get(m);
  if (known !== undefined) return known;
  const rules = NOT_TARGET_RULES.filter((rule) => ruleEnabled(rule.id) && ruleMatches(body, m, rule));
  for (const rule of rules) noteFired(rule.id);
  memo.set(m, rules.length > 0);
  return rules.length > 0;
}

/** The speaker's side: its own state, and the states of the attribution (the words naming the speaker). */
export interface SpeakerSide {
  isOwn: (m: StateMention) => boolean;
  inAttribution: (m: StateMention) => boolean;
}

/** The list of states that mention `i` belongs to (names joined by commas and "and"), capped at MAX_LIST each way. */
function listAround(body: string, mentions: readonly StateMention[], i: number): StateMention[] {
  let from = i;
  while (from > 0 && i - from < MAX_LIST && LIST_SEPARATOR.test(body.slice(mentions[from - 1]!.end, mentions[from]!.start)))
    from--;
  let to = i;
  while (
    to + 1 < mentions.length &&
    to - i < MAX_LIST &&
    LIST_SEPARATOR.test(body.slice(mentions[to]!.end, mentions[to + 1]!.start))
  )
    to++;
  return mentions.slice(from, to + 1);
}

/**
 * Rule targets.co-actor: a list of states followed by its verb names the speaker's side when it holds a state of the
 * attribution ("Saudi Arabia, Egypt and Jordan have called for restraint": the list is the speaker, never a target:
 * "speaker"), or, opening a clause, the speaker's own state ("the UK, France and Germany were fully united":
 * co-actors, not targets while the statement addresses another state: "co-actor").
 */
export function coActorRole(
  body: string,
  mentions: readonly StateMention[],
  i: number,
  side: SpeakerSide,
): "speaker" | "co-actor" | null {
  if (!ruleEnabled("targets.co-actor")) return null;
  const list = listAround(body, mentions, i);
  const last = list[list.length - 1]!;
  if (list.length < 2 || !SUBJECT_VERB.test(body.slice(last.end, last.end + 60))) return null;
  if (list.some(side.inAttribution)) {
    noteFired("targets.co-actor");
    return "speaker";
  }
  const first = list[0]!;
  const opens = SUBJECT_OPENING.test(body.slice(Math.max(0, first.start - 40), first.start));
  return list.some(side.isOwn) && opens ? "co-actor" : null;
}

/** The index of a mention in the article's sorted mention list. */
export function mentionIndex(mentions: readonly StateMention[], m: StateMention): number {
  return firstStartingAt(mentions, m.start);
}
