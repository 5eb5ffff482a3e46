// After statements are attributed: an official the article quotes both by title alone and by name alone is one person.
import type { PersonEntity } from "../people.js";
import type { RawStatement } from "../statements.js";
import { PERSON_TITLES } from "../lexicon.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

/**
 * Rule people.unnamed-title-is-named-speaker: statements attributed to a state's official by title alone ("Iranian
 * Foreign Ministry spokesman strongly condemned …", "Japan's foreign minister said …") and statements by a person
 * named without any role ("X said …", "X added") are the same person when the article has one such title state and
 * one such person: news names an official once and titles him elsewhere. The person gets the title's state and the
 * titled statements get the person. A person of another state, or two candidates either way, leave everything alone.
 */
const RULE = "people.unnamed-title-is-named-speaker";
registerRules([RULE]);

/** Whether the attribution words name a personal office ("spokesman", "minister"), not an institution. */
function titledOnly(text: string, r: RawStatement): boolean {
  const att = r.speaker.attribution;
  if (r.speaker.person || !r.speaker.stateCode || !att) return false;
  const words = text
    .slice(att.start, att.end)
    .toLowerCase()
    .split(/[^\p{L}-]+/u);
  return words.some((w) => PERSON_TITLES.has(w));
}

export function joinUnnamedTitles(text: string, raw: RawStatement[]): void {
  if (!ruleEnabled(RULE)) return;
  const titled = raw.filter((r) => titledOnly(text, r));
  const states = new Set(titled.map((r) => r.speaker.stateCode));
  if (states.size !== 1) return;
  const code = [...states][0]!;
  const roleless = new Set<PersonEntity>();
  for (const r of raw) {
    const p = r.speaker.person;
    if (p && !p.role && !p.organisation) roleless.add(p);
  }
  if (roleless.size !== 1) return;
  const person = [...roleless][0]!;
  if (person.stateCode && person.stateCode !== code) return;
  person.stateCode = code;
  for (const r of titled) r.speaker.person = person;
  noteFired(RULE);
}
