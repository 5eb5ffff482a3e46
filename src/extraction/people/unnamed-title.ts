// After statements are attributed: an official the article quotes both by title alone and by name alone is one person.
import type { PersonEntity } from "../people.js";
import type { RawStatement } from "../statements.js";
import { PERSON_TITLES } from "../lexicon.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

/**
 * Rule people.unnamed-title-is-named-speaker: statements attributed to a state's official by title alone ("Iranian
 * Foreign Ministry spokesman strongly condemned …", "Japan's foreign minister said …", the name coming only later)
 * and the statements of a named speaker who may hold that title (no role at all, "X said …", or a role with the
 * title's word, "Foreign Minister X") are the same person when the article has one such title state and one such
 * speaker: news names an official once and titles him elsewhere. The person gets the title's state and the titled
 * statements get the person. A person of another state, or two candidates either way, leave everything alone.
 */
const RULE = "people.unnamed-title-is-named-speaker";
registerRules([RULE]);

/**
 * Rule people.closing-title: a wire lead whose act has the state as subject and an official as source ("China urges
 * Japan to …, a foreign ministry spokesperson said on Wednesday") is titled by that closing attribution too.
 */
const CLOSING_TITLE_RULE = "people.closing-title";
registerRules([CLOSING_TITLE_RULE]);
const CLOSING_ATTRIBUTION = /,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,5}?)(?:said|says|told)\b[^,;]*$/iu;

/**
 * Rule people.title-for-body: "A spokesperson for China's Foreign Ministry has urged …", "an official of the ministry
 * said": the subject found is the body, but the office named before "for"/"of" is the speaker's title.
 */
const TITLE_FOR_BODY_RULE = "people.title-for-body";
registerRules([TITLE_FOR_BODY_RULE]);
const TITLE_BEFORE_BODY = /\b(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:for|of|from|at)\s+(?:the\s+)?$/iu;

function titleBeforeBody(text: string, start: number): string {
  const m = TITLE_BEFORE_BODY.exec(text.slice(Math.max(0, start - 60), start));
  if (!m || !ruleEnabled(TITLE_FOR_BODY_RULE)) return "";
  if (!m[1]!.split(/\s+/).some((w) => PERSON_TITLES.has(w.toLowerCase()))) return "";
  noteFired(TITLE_FOR_BODY_RULE);
  return `${m[1]} `;
}

/** The words naming the speaker: the attribution's, or for a state's act the closing attribution's (rule above). */
function titleWords(text: string, r: RawStatement): string {
  const att = r.speaker.attribution!;
  const own = titleBeforeBody(text, att.start) + text.slice(att.start, att.end);
  if (!ruleEnabled(CLOSING_TITLE_RULE)) return own;
  const closing = CLOSING_ATTRIBUTION.exec(text.slice(r.start, r.end));
  if (!closing || !closing[1]!.split(/\s+/).some((w) => PERSON_TITLES.has(w.toLowerCase()))) return own;
  noteFired(CLOSING_TITLE_RULE);
  return `${own} ${closing[1]}`;
}

/** The personal offices the attribution words name ("spokesman", "minister"), none for an institution. */
function titlesOf(text: string, r: RawStatement): string[] {
  const att = r.speaker.attribution;
  if (r.speaker.person || !r.speaker.stateCode || !att) return [];
  const words = titleWords(text, r)
    .toLowerCase()
    .split(/[^\p{L}-]+/u);
  return words.filter((w) => PERSON_TITLES.has(w));
}

/** Whether the person may hold one of the titles: no role at all, or a role with one of them. */
function mayHold(p: PersonEntity, titles: Set<string>): boolean {
  if (!p.role) return !p.organisation;
  return p.role
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => titles.has(w));
}

export function joinUnnamedTitles(text: string, raw: RawStatement[]): void {
  if (!ruleEnabled(RULE)) return;
  const titles = new Set<string>();
  const titled = raw.filter((r) => {
    const found = titlesOf(text, r);
    for (const t of found) titles.add(t);
    return found.length > 0;
  });
  const states = new Set(titled.map((r) => r.speaker.stateCode));
  if (states.size !== 1) return;
  const code = [...states][0]!;
  const named = new Set<PersonEntity>();
  for (const r of raw) {
    const p = r.speaker.person;
    if (p && (!p.stateCode || p.stateCode === code) && mayHold(p, titles)) named.add(p);
  }
  if (named.size !== 1) return;
  const person = [...named][0]!;
  person.stateCode ??= code;
  for (const r of titled) r.speaker.person = person;
  noteFired(RULE);
}
