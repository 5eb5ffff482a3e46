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

/** The speaker's side: its own state, and the states of the attribution (the words naming the speaker). */
export interface SpeakerSide {
  isOwn: (m: StateMention) => boolean;
  inAttribution: (m: StateMention) => boolean;
}

/** The excluded mentions: `places` and `speakers` never targets, `coActors` only while nothing else is addressed. */
export interface Excluded {
  places: Set<StateMention>;
  speakers: Set<StateMention>;
  coActors: Set<StateMention>;
}

/**
 * Rule targets.co-actor: a list of states followed by its verb names the speaker's side when it holds a state of the
 * attribution ("Saudi Arabia, Egypt and Jordan have called for restraint": the list is the speaker, never a target),
 * or, opening a clause, the speaker's own state ("the UK, France and Germany were fully united": co-actors, not
 * targets while the statement addresses another state).
 */
function coActors(body: string, mentions: StateMention[], side: SpeakerSide, out: Excluded) {
  if (!ruleEnabled("targets.co-actor")) return;
  let list: StateMention[] = [];
  const close = () => {
    if (list.length < 2 || !SUBJECT_VERB.test(body.slice(list[list.length - 1]!.end, list[list.length - 1]!.end + 60))) return;
    if (list.some(side.inAttribution)) {
      for (const m of list) out.speakers.add(m);
      noteFired("targets.co-actor");
    } else if (list.some(side.isOwn) && opensClause(body, list[0]!)) for (const m of list) out.coActors.add(m);
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

function opensClause(body: string, first: StateMention): boolean {
  return SUBJECT_OPENING.test(body.slice(Math.max(0, first.start - 40), first.start));
}

/** The mentions among `mentions` (sorted by start, those of one statement's reach) that cannot be targets. */
export function notTargets(body: string, mentions: StateMention[], sentences: Span[], side: SpeakerSide): Excluded {
  const out: Excluded = { places: new Set(), speakers: new Set(), coActors: new Set() };
  places(body, mentions, sentences, out.places);
  coActors(body, mentions, side, out);
  return out;
}
