// Which state mentions near a statement cannot be its targets: places (of events, travel, seas), mediators, news
// outlets, and states acting or speaking together with the speaker. The rules' words are data in
// rules/target-rules.ts; this stage applies them to the mentions of one statement's reach, in text order.
import type { Span } from "./types.js";
import type { StateMention } from "./states.js";
import { noteFired, ruleEnabled } from "./rules/registry.js";
import {
  LIST_SEPARATOR,
  MENTION_RULE_REACH,
  NOT_TARGET_RULES,
  PLACE_LIST_GAP,
  SUBJECT_OPENING,
  SUBJECT_VERB,
  TRAVEL_ASIDE,
  type MentionRule,
} from "./rules/target-rules.js";
import { spanContaining } from "./span-search.js";

const POSSESSIVE = /^['’]s\b/;

function ruleMatches(body: string, m: StateMention, rule: MentionRule): boolean {
  if (rule.kinds && !rule.kinds.includes(m.kind)) return false;
  if (!rule.possessive && POSSESSIVE.test(body.slice(m.end, m.end + 2))) return false;
  if (rule.before && !rule.before.test(body.slice(Math.max(0, m.start - MENTION_RULE_REACH), m.start))) return false;
  return !rule.after || rule.after.test(body.slice(m.end, m.end + MENTION_RULE_REACH));
}

/** The rules of NOT_TARGET_RULES that hold for the mention, by its words around it. */
function byWords(body: string, m: StateMention): string[] {
  return NOT_TARGET_RULES.filter((rule) => ruleEnabled(rule.id) && ruleMatches(body, m, rule)).map((r) => r.id);
}

/** Rule targets.travel-aside: the mention's clause (from the sentence start or the last , ; : or dash) is a travel aside. */
function inTravelAside(body: string, m: StateMention, sentences: Span[]): boolean {
  if (!ruleEnabled("targets.travel-aside")) return false;
  const sentence = spanContaining(sentences, m);
  const from = Math.max(sentence?.start ?? 0, m.start - 120);
  const before = body.slice(from, m.start);
  const cut = Math.max(...[",", ";", ":", "—", "–"].map((c) => before.lastIndexOf(c)));
  return TRAVEL_ASIDE.test(before.slice(cut + 1)) && (cut >= 0 || from === (sentence?.start ?? 0));
}

/**
 * Marks the places among `mentions` (sorted): by their words, a travel aside, or a list continuing a place. Every
 * rule that holds is recorded as firing, so that the coverage report counts each rule wherever its condition holds.
 */
function places(body: string, mentions: StateMention[], sentences: Span[], out: Set<StateMention>): void {
  let previous: StateMention | null = null;
  for (const m of mentions) {
    const rules = byWords(body, m);
    if (inTravelAside(body, m, sentences)) rules.push("targets.travel-aside");
    if (previous && out.has(previous) && continuesPlaceList(body, previous, m)) rules.push("targets.place-list");
    if (rules.length > 0) out.add(m);
    for (const id of rules) noteFired(id);
    previous = m;
  }
}

/** Rule targets.place-list: a state's or capital's name listed right after a place, in the same line. */
function continuesPlaceList(body: string, previous: StateMention, m: StateMention): boolean {
  return (
    ruleEnabled("targets.place-list") &&
    (m.kind === "NAME" || m.kind === "CAPITAL") &&
    !POSSESSIVE.test(body.slice(m.end, m.end + 2)) &&
    PLACE_LIST_GAP.test(body.slice(previous.end, m.start))
  );
}

/**
 * Rule targets.co-actor: a list of states that opens a clause and is followed by its verb, and that holds the
 * speaker's own state (or a state of the attribution), names the speaker's side: none of it is a target.
 */
function coActors(body: string, mentions: StateMention[], isOwn: (m: StateMention) => boolean, out: Set<StateMention>) {
  if (!ruleEnabled("targets.co-actor")) return;
  let list: StateMention[] = [];
  const close = () => {
    if (list.length >= 2 && list.some(isOwn) && opensClause(body, list)) for (const m of list) out.add(m);
  };
  for (const m of mentions) {
    const last = list[list.length - 1];
    if (last && LIST_SEPARATOR.test(body.slice(last.end, m.start))) list.push(m);
    else {
      close();
      list = [m];
    }
  }
  close();
}

function opensClause(body: string, list: StateMention[]): boolean {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  return (
    SUBJECT_OPENING.test(body.slice(Math.max(0, first.start - 40), first.start)) &&
    SUBJECT_VERB.test(body.slice(last.end, last.end + 60))
  );
}

/**
 * The mentions among `mentions` (sorted by start, those of one statement's reach) that cannot be targets: `places`
 * never, `coActors` only while the statement has another target (a list holding the speaker's side and nothing else
 * to address is a bilateral act: "Saudi Arabia and Iran agreed to …", said by Iran, is about Saudi Arabia). `isOwn`
 * tells the speaker's own state and the states of the attribution.
 */
export function notTargets(
  body: string,
  mentions: StateMention[],
  sentences: Span[],
  isOwn: (m: StateMention) => boolean,
): { places: Set<StateMention>; coActors: Set<StateMention> } {
  const placeSet = new Set<StateMention>();
  places(body, mentions, sentences, placeSet);
  const coActorSet = new Set<StateMention>();
  coActors(body, mentions, isOwn, coActorSet);
  return { places: placeSet, coActors: coActorSet };
}
