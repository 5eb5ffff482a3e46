// Which state mentions near a statement cannot be its targets: places of events, mediators, and states acting or
// speaking together with the speaker. The rules' words are data in rules/target-rules.ts. Every check looks at one
// mention and at most a few neighbours (lists are capped), so that an article of one endless sentence with thousands
// of statements stays linear; places do not depend on the statement and are remembered per article.
import type { StateMention } from "./states.js";
import { noteFired, ruleEnabled } from "./rules/registry.js";
import {
  CLAIM_END,
  CLAIM_NOUN,
  CLAIM_OWNER_AFTER,
  CLAIM_OWNER_BEFORE,
  DENIAL,
  LIST_SEPARATOR,
  MENTION_RULE_REACH,
  NOT_TARGET_RULES,
  SUBJECT_OPENING,
  SUBJECT_VERB,
  type MentionRule,
} from "./rules/target-rules.js";
import { firstStartingAt } from "./span-search.js";
import type { Span } from "./types.js";

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
export function listAround(body: string, mentions: readonly StateMention[], i: number): StateMention[] {
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

/** A denied claim: its words (from the claim noun to the end of its clause) and the states that made it. */
interface DeniedClaim extends Span {
  owners: Set<string>;
}

const DENIED_CLAIM = "targets.denied-claim";
/** Per article (its mention list): the denied claims of each sentence, by the sentence's start. */
const claimMemo = new WeakMap<readonly StateMention[], Map<number, DeniedClaim[]>>();

/** The owner of the claim noun at [start, end): a state named just before it or just after it. */
function claimOwner(body: string, mentions: readonly StateMention[], start: number, end: number): StateMention | null {
  const i = firstStartingAt(mentions, start);
  const before = mentions[i - 1];
  if (before && start - before.end <= 60 && CLAIM_OWNER_BEFORE.test(body.slice(before.end, start))) return before;
  const after = mentions[firstStartingAt(mentions, end)];
  if (after && after.start - end <= 40 && CLAIM_OWNER_AFTER.test(body.slice(end, after.start))) return after;
  return null;
}

/** The claims a sentence denies whose owner it names (rule targets.denied-claim). */
function deniedClaims(body: string, mentions: readonly StateMention[], sentence: Span): DeniedClaim[] {
  const text = body.slice(sentence.start, sentence.end);
  if (!DENIAL.test(text)) return [];
  const claims: DeniedClaim[] = [];
  for (const hit of text.matchAll(CLAIM_NOUN)) {
    const start = sentence.start + hit.index;
    const owner = claimOwner(body, mentions, start, start + hit[0].length);
    if (!owner) continue;
    const rest = text.slice(hit.index + hit[0].length);
    const stop = CLAIM_END.exec(rest);
    const end = stop ? start + hit[0].length + stop.index : sentence.end;
    const claim = claims[claims.length - 1];
    if (claim && claim.end >= start) claim.owners.add(owner.code);
    else claims.push({ start: Math.min(start, owner.start), end, owners: new Set([owner.code]) });
  }
  return claims;
}

/**
 * Rule targets.denied-claim: whether mention `m` is named inside a claim its sentence denies (what the claim says)
 * without being one of the claim's owners (what the denial is aimed at).
 */
export function inDeniedClaim(body: string, mentions: readonly StateMention[], sentence: Span, m: StateMention): boolean {
  if (!ruleEnabled(DENIED_CLAIM)) return false;
  let memo = claimMemo.get(mentions);
  if (!memo) claimMemo.set(mentions, (memo = new Map()));
  let claims = memo.get(sentence.start);
  if (!claims) memo.set(sentence.start, (claims = deniedClaims(body, mentions, sentence)));
  const claim = claims.find((c) => c.start <= m.start && m.end <= c.end);
  if (!claim || claim.owners.has(m.code)) return false;
  noteFired(DENIED_CLAIM);
  return true;
}
