// The state of officials the text never gives one, from the article around them: never the state of the counterpart
// they meet; the dateline's or the lead speaker's state, or the state the article names most when only the
// counterpart's state spoke.
import type { StateMention } from "../states.js";
import type { PeopleResult, PersonEntity } from "../people.js";
import type { RawStatement } from "../statements.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import { isNationalOffice } from "./national-office.js";

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
  // Each person once, however many statements they made.
  for (const person of new Set(stateless.map((r) => r.speaker.person!))) {
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
