// The speaker right of the cue: inverted attributions ("said Foreign Minister X", "said the ministry") and
// "according to X".
import type { Span } from "../types.js";
import type { Cue } from "./cues.js";
import { QUOTE_CHARS } from "./quotes.js";
import { personSpeaker, stateSpeaker, type Speaker, type StatementScan } from "./scan.js";
import { ORG_HEADS } from "./subject-words.js";
import { TITLE_SYNONYM_RULE, titleSynonym } from "./title-synonyms.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import type { Token } from "../sentences.js";
import type { PersonEntity } from "../people.js";

/**
 * Rule speaker.long-title-after-cue: after the first ten words, the search for the name goes on (to 24 words) only
 * while every word is part of a title, capitalised or a title's glue word ('," stressed Adviser to the Prime Minister
 * and Official Spokesperson for the Ministry of Foreign Affairs Dr X'): a name further on in ordinary words is
 * someone else.
 */
const LONG_TITLE_RULE = "speaker.long-title-after-cue";
registerRules([LONG_TITLE_RULE]);
const TITLE_GLUE = /^(?:to|the|and|for|of|on)$/;

/** "… for / of / to President X": the name after is the one served (the Spokesman for President X is not X). */
function servesAnother(tokens: Token[], k: number): boolean {
  return /^(?:for|of|to)$/.test(tokens[k]!.lower) && SERVED_TITLES.test(tokens[k + 1]?.lower ?? "");
}
const SERVED_TITLES = /^(?:president|prime|king|queen|emir|sultan|chancellor|premier|crown|sheikh|his|her)$/;

/**
 * A named person in the noun phrase after the verb ("said South Korean Foreign Minister X"), with a state before it;
 * with `onlyThroughTitle`, only when every word before the name belongs to a title.
 */
export function namedAfterCue(scan: StatementScan, cue: Cue, onlyThroughTitle = false): Speaker | null {
  const { tokens, personAtToken, stateAtToken } = scan;
  const s = tokens[cue.token]!.sentenceIndex;
  let titleOnly = ruleEnabled(LONG_TITLE_RULE);
  for (let k = cue.after; k < Math.min(tokens.length, cue.after + (titleOnly ? 24 : 10)); k++) {
    const t = tokens[k]!;
    // A comma ends the phrase, unless only a title may lead to the name and one still runs on ("Minister of Foreign
    // Affairs, European Union and Cooperation, José Manuel Albares").
    const titleComma = onlyThroughTitle && t.text === "," && titleOnly && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "");
    if (t.sentenceIndex !== s || QUOTE_CHARS.has(t.text) || (t.text === "," && !titleComma) || t.text === "." || t.text === ";")
      break;
    titleOnly &&= titleComma || /^\p{Lu}/u.test(t.text) || TITLE_GLUE.test(t.text);
    if (onlyThroughTitle && (!titleOnly || servesAnother(tokens, k))) return null;
    if (!titleOnly && k >= cue.after + 10) break;
    if (k >= cue.after + 10 && personAtToken[k]) noteFired(LONG_TITLE_RULE);
    if (personAtToken[k]) {
      const p = scan.peopleByKey.get(personAtToken[k]!)!;
      let end = k;
      while (personAtToken[end + 1] === personAtToken[k]) end++;
      let st: string | null = null;
      for (let j = cue.after; j < k; j++) if (stateAtToken[j]) st = stateAtToken[j]!.code;
      return personSpeaker(p, { start: tokens[cue.token]!.start, end: tokens[end]!.end }, cue.lemma, 0.9, st);
    }
  }
  return null;
}

const NOMINAL_AFTER =
  /^(?:minister|spokesperson|spokesman|spokeswoman|president|leader|envoy|ambassador|secretary|premier|chancellor)$/;

/**
 * Rule speaker.participle-opener: a sentence opening with a participial cue ("Rejecting India's claims, the ministry
 * said …", "Welcoming the deal, Foreign Minister X …") has the main clause's subject after the first comma; the
 * noun right after the participle is its object. A subject without a state of its own ("the FO") is the last state
 * that spoke; a named person there is left to the usual resolution (measured: no gain on the blind set).
 */
const PARTICIPLE_OPENER_RULE = "speaker.participle-opener";
registerRules([PARTICIPLE_OPENER_RULE]);

function participleOpenerSubject(scan: StatementScan, cue: Cue): Speaker | null | undefined {
  const { tokens, personAtToken, stateAtToken, memory } = scan;
  const t0 = tokens[cue.token]!;
  const prev = tokens[cue.token - 1];
  // "According to X, …" names its source in the phrase itself: no participle.
  if (cue.lemma === "according") return undefined;
  if (!ruleEnabled(PARTICIPLE_OPENER_RULE) || !/ing$/.test(t0.lower) || (prev && prev.sentenceIndex === t0.sentenceIndex))
    return undefined;
  let c = cue.after;
  while (c < Math.min(tokens.length, cue.after + 30) && tokens[c]!.sentenceIndex === t0.sentenceIndex && tokens[c]!.text !== ",")
    c++;
  if (tokens[c]?.text !== ",") return undefined;
  for (let k = c + 1; k < Math.min(tokens.length, c + 9); k++) {
    const t = tokens[k]!;
    if (t.sentenceIndex !== t0.sentenceIndex || QUOTE_CHARS.has(t.text)) break;
    const attribution: Span = { start: tokens[c + 1]!.start, end: t.end };
    if (personAtToken[k]) break;
    if (stateAtToken[k]) return stateSpeaker(stateAtToken[k]!.code, attribution, cue.lemma, 0.7);
    if (ORG_HEADS.has(t.lower) && memory.lastStateSpeaker)
      return stateSpeaker(memory.lastStateSpeaker, attribution, cue.lemma, 0.5);
    if (t.pos === "VERB" || t.pos === "AUX") break;
  }
  return undefined;
}

/**
 * Rule speaker.according-anaphor: "according to him/her" is the person who spoke last (or was named last), and
 * "according to the ministry" with no state of its own the last state that spoke, as "he said" and "the ministry
 * said" are. Only when the phrase ends there ("according to her ministry" is not the person).
 */
const ACCORDING_ANAPHOR_RULE = "speaker.according-anaphor";
registerRules([ACCORDING_ANAPHOR_RULE]);

/** The person a pronoun at token `t` of `sentence` stands for: the last person who spoke nearby, else the last named. */
function pronounPerson(scan: StatementScan, t: Token, sentence: number): PersonEntity | null {
  const last = scan.memory.lastSpeaker;
  return last?.speaker.person && sentence - last.sentenceIndex <= 2
    ? last.speaker.person
    : scan.recentPeople.mostRecentPerson(t.start, sentence);
}

function accordingAnaphor(scan: StatementScan, t: Token, sentence: number, attribution: Span): Speaker | null {
  const { memory } = scan;
  let speaker: Speaker | null = null;
  if (t.lower === "him" || t.lower === "her") {
    const p = pronounPerson(scan, t, sentence);
    if (p) speaker = personSpeaker(p, attribution, "according", 0.75, null);
  } else if (ORG_HEADS.has(t.lower) && memory.lastStateSpeaker) {
    speaker = stateSpeaker(memory.lastStateSpeaker, attribution, "according", 0.5);
  }
  if (speaker) noteFired(ACCORDING_ANAPHOR_RULE);
  return speaker;
}

/**
 * Rule speaker.according-non-official: "according to VOA journalist X", "according to Kenyan media reports",
 * "according to analysts": a source that speaks for no state; unless the source is official after all ("a report by
 * the Kenyan foreign ministry", "state media").
 */
const ACCORDING_NON_OFFICIAL_RULE = "speaker.according-non-official";
registerRules([ACCORDING_NON_OFFICIAL_RULE]);
const NON_OFFICIAL_SOURCE =
  /^[^,.;:]{0,60}?\b(?:journalists?|correspondents?|reporters?|reports?|media|newspapers?|analysts?|experts?|sources|witnesses|residents|observers|monitors?)\b/i;

/** "a report by the Kenyan foreign ministry", "state media": the source is official after all. */
const OFFICIAL_SOURCE = /\b(?:ministry|government|presidency|embassy|spokes\w*|minister|office|state media|state-run)\b/i;

function nonOfficialSource(scan: StatementScan, cue: Cue): boolean {
  const from = scan.tokens[cue.after - 1]!.end;
  const source = scan.text.slice(from, from + 80).split(/[,.;:]/)[0]!;
  if (!NON_OFFICIAL_SOURCE.test(source) || OFFICIAL_SOURCE.test(source) || !ruleEnabled(ACCORDING_NON_OFFICIAL_RULE))
    return false;
  noteFired(ACCORDING_NON_OFFICIAL_RULE);
  return true;
}

/** Finds the speaker right of the cue ("said Foreign Minister X", "according to the ministry"). */
export function subjectRight(scan: StatementScan, cue: Cue): Speaker | null {
  if (cue.lemma === "according" && nonOfficialSource(scan, cue)) return null;
  const opener = participleOpenerSubject(scan, cue);
  if (opener !== undefined) return opener;
  const named = namedAfterCue(scan, cue);
  if (named) return named;
  const { tokens, personAtToken, stateAtToken } = scan;
  const s = tokens[cue.token]!.sentenceIndex;
  let state: { code: string; tok: number } | null = null;
  const cueStart = tokens[cue.token]!.start;
  for (let k = cue.after; k < Math.min(tokens.length, cue.after + 12); k++) {
    const t = tokens[k]!;
    if (t.sentenceIndex !== s || QUOTE_CHARS.has(t.text)) break;
    // "According to the announcement, officials from X met …": the source ends at its comma.
    if (t.text === "," && !state && cue.lemma === "according") break;
    const attribution: Span = { start: cueStart, end: t.end };
    if (personAtToken[k]) {
      const p = scan.peopleByKey.get(personAtToken[k]!)!;
      let end = k;
      while (personAtToken[end + 1] === personAtToken[k]) end++;
      return personSpeaker(p, { start: cueStart, end: tokens[end]!.end }, cue.lemma, 0.9, state?.code ?? null);
    }
    const phraseEnds = (tokens[k + 1]?.sentenceIndex ?? -1) !== s || /^[,.;:]$/.test(tokens[k + 1]!.text);
    if (cue.lemma === "according" && phraseEnds && ruleEnabled(ACCORDING_ANAPHOR_RULE)) {
      const anaphor = accordingAnaphor(scan, t, s, attribution);
      if (anaphor) return anaphor;
    }
    if (t.lower === "he" || t.lower === "she") {
      const p = pronounPerson(scan, t, s);
      if (p) return personSpeaker(p, attribution, cue.lemma, 0.75, null);
    }
    if (stateAtToken[k] && !state) state = { code: stateAtToken[k]!.code, tok: k };
    const synonym = titleSynonym(tokens, k);
    if (synonym || NOMINAL_AFTER.test(t.lower)) {
      const p = scan.recentPeople.resolveNominal(synonym ?? t.lower, t.start);
      if (p && synonym) noteFired(TITLE_SYNONYM_RULE);
      if (p && (!state || !p.stateCode || p.stateCode === state.code))
        return personSpeaker(p, attribution, cue.lemma, 0.7, state?.code ?? null);
    }
    if (state && (ORG_HEADS.has(t.lower) || t.text === "," || t.text === "."))
      return stateSpeaker(state.code, { start: cueStart, end: tokens[state.tok]!.end }, cue.lemma, 0.8);
  }
  return state ? stateSpeaker(state.code, { start: cueStart, end: tokens[state.tok]!.end }, cue.lemma, 0.7) : null;
}

/** Whether the cue follows a comma, a quote or the start of its sentence (so its subject may come after it). */
export function isInvertedCue(scan: StatementScan, cue: Cue): boolean {
  const { tokens } = scan;
  const prev = tokens[cue.token - 1];
  return !prev || prev.text === "," || QUOTE_CHARS.has(prev.text) || prev.sentenceIndex !== tokens[cue.token]!.sentenceIndex;
}
