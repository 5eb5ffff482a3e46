// The state of officials the text never gives one, from the article around them: the state they voice in the
// possessive, the state of the envoy they receive, never the state of the counterpart they meet, else the dateline's
// or the lead speaker's state (or the state the article names most when only the counterpart's state spoke).
import type { StateMention } from "../states.js";
import type { PeopleResult, PersonEntity } from "../people.js";
import type { RawStatement } from "../statements.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import { startingWithin } from "../span-search.js";
import { INTERNATIONAL_ROLE, isNationalOffice } from "./national-office.js";

/**
 * Rule people.state-from-article: a national official still without a state ("Foreign Minister X", "spokesperson
 * X") speaks for the state the article is about: the state of the lead's speaker (the first statement whose speaker
 * state is known); with no such statement, nothing. International officials and people serving abroad are left
 * alone. (Chosen over "the state speaking most" and "the state named most" on the tuning, DEV and real-news sets.)
 */
const ARTICLE_STATE_RULE = "people.state-from-article";
/**
 * Rule people.state-from-dateline: before the lead's speaker state, the state of the article's dateline ("HELSINKI,
 * Jan. 14 —"): a national official named without a state in a story filed from one capital is that government's
 * official far more often than the lead speaker's (who is often a foreign government reacting).
 */
const DATELINE_STATE_RULE = "people.state-from-dateline";
registerRules([ARTICLE_STATE_RULE, DATELINE_STATE_RULE]);

export function statesFromArticleSpeakers(
  text: string,
  raw: RawStatement[],
  dateline: string | null,
  people: PeopleResult | null,
  stateMentions: StateMention[] = [],
): void {
  if (!ruleEnabled(ARTICLE_STATE_RULE)) return;
  const stateless = raw.filter(
    (r) => r.speaker.person && !r.speaker.person.stateCode && isNationalOffice(r.speaker.person, text),
  );
  if (stateless.length === 0) return;
  const spoken = raw
    .map((r) => r.speaker.stateCode ?? r.speaker.person?.stateCode ?? null)
    .filter((c): c is string => c !== null);
  // The dateline first; else the lead, which speaks first: the first statement whose speaker state is known.
  const fromDateline = ruleEnabled(DATELINE_STATE_RULE) ? dateline : null;
  for (const r of stateless) {
    const person = r.speaker.person!;
    if (person.stateCode) continue;
    const host = people ? hostOfEnvoy(text, people, person, stateMentions) : null;
    if (host) {
      noteFired(HOST_RULE);
      person.stateCode = host;
      continue;
    }
    const others = people ? counterpartStates(text, people, person) : new Set<string>();
    const code =
      [fromDateline, ...spoken].find((c): c is string => c !== null && !others.has(c)) ??
      (others.size > 0 ? mostNamedState(stateMentions, others) : null);
    if (code !== (fromDateline ?? spoken[0] ?? null)) noteFired(COUNTERPART_RULE);
    if (!code) continue;
    if (code === fromDateline && fromDateline !== spoken[0]) noteFired(DATELINE_STATE_RULE);
    person.stateCode = code;
  }
}

/**
 * Rule people.not-counterpart-state: the article-level guess never gives an official the state of the person he meets
 * in the sentence that introduces him ("President Samia Suluhu and her Kenyan counterpart Uhuru Kenyatta", "Prime
 * Minister X welcomed Cambodian Deputy Prime Minister Y"): two officials brought together by a meeting, a visit or
 * the word "counterpart" speak for different states, so the next state of the article is taken instead.
 */
const COUNTERPART_RULE = "people.not-counterpart-state";
registerRules([COUNTERPART_RULE]);
const MEETING_WORDS =
  /\b(?:counterparts?|met|meets|meeting|welcom(?:ed|es|ing)|receiv(?:ed|es|ing)|host(?:ed|s|ing)|talks with|visit(?:ed|ing)?|called on)\b/i;

/**
 * Rule people.host-of-envoy: an official who meets, receives or calls on an envoy "to" a state where he is first named
 * ("a call received by the Prime Minister, Sitiveni Rabuka, from New Zealand's High Commissioner to Fiji") is of the
 * state the envoy is accredited to.
 */
const HOST_RULE = "people.host-of-envoy";
registerRules([HOST_RULE]);
const ENVOY_TO = /\b(?:ambassador|high commissioner|envoy|charg[eé] d['’]affaires|consul(?:-general)?)\s+to\s+(?:the\s+)?$/i;

function hostOfEnvoy(text: string, people: PeopleResult, person: PersonEntity, stateMentions: StateMention[]): string | null {
  if (!ruleEnabled(HOST_RULE)) return null;
  // Any of the person's first three mentions (the first is often a headline).
  for (const own of people.mentions.filter((m) => m.key === person.key).slice(0, 3)) {
    for (const m of people.mentions) {
      if (m.sentenceIndex !== own.sentenceIndex || m.key === person.key) continue;
      const [from, to] = m.start > own.end ? [own.end, m.start] : [m.end, own.start];
      if (!MEETING_WORDS.test(text.slice(from, to)) && !/\b(?:received|from)\b/.test(text.slice(from, to))) continue;
      const envoyTo = startingWithin(stateMentions, from, to).find(
        (x) => x.end <= to && x.kind !== "DEMONYM" && ENVOY_TO.test(text.slice(Math.max(0, x.start - 40), x.start)),
      );
      if (envoyTo) return envoyTo.code;
    }
  }
  return null;
}

/**
 * The state the article names most often apart from `excluded` (names, demonyms, abbreviations; capitals are often
 * just where a meeting was held): for an official whose counterpart's state was the only one that spoke.
 */
function mostNamedState(stateMentions: StateMention[], excluded: Set<string>): string | null {
  const counts = new Map<string, number>();
  for (const m of stateMentions)
    if (m.kind !== "CAPITAL" && !excluded.has(m.code)) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // Only a clear leader: a tie says nothing.
  return ranked[0] && (!ranked[1] || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** The states of the people a person meets in the sentence where the person is first named. */
function counterpartStates(text: string, people: PeopleResult, person: PersonEntity): Set<string> {
  const states = new Set<string>();
  if (!ruleEnabled(COUNTERPART_RULE)) return states;
  const first = people.mentions.find((m) => m.key === person.key);
  if (!first) return states;
  for (const m of people.mentions) {
    if (m.sentenceIndex !== first.sentenceIndex || m.key === person.key) continue;
    const other = people.people.find((q) => q.key === m.key);
    if (!other?.stateCode) continue;
    const between = m.start > first.end ? text.slice(first.end, m.start) : text.slice(m.end, first.start);
    if (MEETING_WORDS.test(between)) states.add(other.stateCode);
  }
  return states;
}

/**
 * Rule people.own-state-possessive: a speaker who "expressed Sri Lanka's deep appreciation", "reaffirmed Nigeria's
 * strong support" or "emphasised Malaysia's commitment" speaks for that state: a verb of voicing a position, the state
 * in the possessive, then a noun of stance within two words. On the development texts this wording named the
 * speaker's own state every time it occurred (13 times in 11 articles), ambassadors included, so it is read before the
 * article-level guesses below; international officials are left alone ("the UN chief expressed Japan's …" is rare,
 * but their state is never the one they talk about).
 */
const OWN_STATE_RULE = "people.own-state-possessive";
registerRules([OWN_STATE_RULE]);
const VOICING_VERB =
  /\b(?:express|convey|reiterat|reaffirm|voic|emphasi[sz]|stress|underlin|underscor|affirm|restat)(?:ed|es|e|ing|s)?\s+(?:the\s+)?$/i;
const STANCE_NOUN =
  /^\s*['’]s\s+(?:[\w-]+\s+){0,2}?(?:appreciation|gratitude|thanks|commitment|support|solidarity|readiness|willingness|determination|position|stance|opposition|rejection|condemnation|concern|condolences)\b/i;

export function statesFromOwnPossessive(text: string, stateMentions: StateMention[], raw: RawStatement[]): void {
  if (!ruleEnabled(OWN_STATE_RULE)) return;
  for (const r of raw) {
    const p = r.speaker.person;
    if (p && (p.stateCode || INTERNATIONAL_ROLE.test(`${p.role ?? ""} ${p.organisation ?? ""}`))) continue;
    if (!p && r.speaker.stateCode) continue;
    const own = startingWithin(stateMentions, r.start, r.end).find(
      (m) =>
        m.end <= r.end &&
        m.kind !== "DEMONYM" &&
        VOICING_VERB.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
        STANCE_NOUN.test(text.slice(m.end, m.end + 60)),
    );
    if (!own || (r.speaker.stateCode && r.speaker.stateCode !== own.code)) continue;
    noteFired(OWN_STATE_RULE);
    if (p) p.stateCode = own.code;
    r.speaker.stateCode ??= own.code;
  }
}
