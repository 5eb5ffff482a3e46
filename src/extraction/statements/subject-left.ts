// The speaker left of the cue verb: a person ("Foreign Minister X said"), a pronoun, a group ("the two sides"), a
// title resolved to a person named earlier ("the minister said"), a state or capital ("Beijing said"), or an
// institution resolved to its state ("the ministry said").
import { ownGovernmentSubject } from "../person-states.js";
import { isNationalOffice } from "../people/national-office.js";
import { PORTFOLIO_WORDS, ROLE_WORDS, SPEECH_VERBS } from "../lexicon.js";
import type { Span } from "../types.js";
import type { Token } from "../sentences.js";
import type { PersonEntity } from "../people.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import { cueAt, type Cue } from "./cues.js";
import { QUOTE_CHARS } from "./quotes.js";
import { personSpeaker, stateSpeaker, type Speaker, type StatementScan } from "./scan.js";
import { GROUP_HEADS, ORG_HEADS, SUBJECT_STOP } from "./subject-words.js";
import { TITLE_SYNONYM_RULE, titleSynonym } from "./title-synonyms.js";

/** What the walk leftwards from the cue found (token indices, -1 or null when absent). */
interface LeftFindings {
  person: { key: string; tok: number } | null;
  pronoun: number;
  nominal: { head: string; tok: number } | null;
  state: { code: string; tok: number } | null;
  orgHead: number;
  group: number;
  /** The leftmost token the walk reached (the start of the subject phrase). */
  reach: number;
}

const NOMINAL_HEADS =
  /^(?:minister|president|leader|spokesperson|spokesman|spokeswoman|envoy|ambassador|diplomat|chief|secretary|premier|chancellor|pm|official)$/;
const APPOSITION_OPENERS = /^(?:who|which|whose|whom|where|the|a|an|led|speaking|including|along|together|its|his|her|their)$/;

const NAME_APPOSITION_RULE = "speaker.name-apposition";
registerRules([NAME_APPOSITION_RULE]);

/**
 * At a comma with nothing found yet: an apposition or relative clause between the subject and the verb ("X, who
 * …, said"). Returns the token to continue from (left of the comma that opens it), or null.
 */
function skipApposition(scan: StatementScan, k: number, from: number, s: number): number | null {
  const { tokens } = scan;
  let found = -1;
  for (let j = k - 1; j >= from && k - j < 32; j--) {
    const tj = tokens[j]!;
    if (tj.sentenceIndex !== s || QUOTE_CHARS.has(tj.text)) break;
    if (tj.text === ",") {
      found = j;
      break;
    }
  }
  if (found < from) return null;
  // Rule speaker.name-apposition: "the US envoy, (Colonel) X Y, said": an apposition that is the name itself (after
  // titles) is the subject.
  let nameStart = found + 1;
  while (nameStart < k - 1 && ROLE_WORDS.has(tokens[nameStart]!.lower) && !scan.personAtToken[nameStart]) nameStart++;
  const person = scan.personAtToken[k - 1];
  if (person && person === scan.personAtToken[nameStart] && ruleEnabled(NAME_APPOSITION_RULE)) {
    noteFired(NAME_APPOSITION_RULE);
    return null;
  }
  const inner = tokens[found + 1];
  const head = tokens[found - 1];
  const opens =
    (inner && APPOSITION_OPENERS.test(inner.lower)) ||
    (head && (scan.personAtToken[found - 1] || scan.stateAtToken[found - 1] || ORG_HEADS.has(head.lower)));
  return opens ? found - 1 : null;
}

/**
 * Rule speaker.it-last-body: "it said" refers to the body (state, ministry, organisation) that spoke last when that
 * was within two sentences, so a quote closed by "it said" after "The OSCE urged …" is the OSCE's, not the last
 * named person's.
 */
const IT_BODY_RULE = "speaker.it-last-body";
registerRules([IT_BODY_RULE]);

/**
 * Rule speaker.oblique-person: a person named after a preposition ("He extended his wishes to President X,
 * expressing hope …", "met with X") is an object of the clause, never the subject of the cue; the walk goes on to
 * the subject. "a spokesperson for X", "the office of X" are the institution's (institutionOf), not objects.
 */
const OBLIQUE_RULE = "speaker.oblique-person";
registerRules([OBLIQUE_RULE]);
const OBJECT_PREPOSITIONS = /^(?:to|with|toward|towards|against|about|on|at|into|upon|for)$/;

function obliquePerson(scan: StatementScan, k: number, from: number): boolean {
  const { tokens, personAtToken } = scan;
  let b = k;
  while (b > from && personAtToken[b - 1] === personAtToken[k]) b--;
  while (b > from && ROLE_WORDS.has(tokens[b - 1]!.lower) && tokens[b - 1]!.lower !== "the" && !personAtToken[b - 1]) b--;
  if (tokens[b - 1]?.lower === "the") b--;
  const prep = tokens[b - 1];
  if (!prep || b - 1 < from || !OBJECT_PREPOSITIONS.test(prep.lower) || !ruleEnabled(OBLIQUE_RULE)) return false;
  if (institutionOf(scan, k, from) >= 0) return false;
  noteFired(OBLIQUE_RULE);
  return true;
}

/**
 * Rule speaker.pronoun-adverb-gap: "it also said", "they later said", "it has repeatedly said": adverbs and
 * auxiliaries between a subject pronoun and its speech verb keep the pronoun the verb's subject.
 */
const PRONOUN_GAP_RULE = "speaker.pronoun-adverb-gap";
registerRules([PRONOUN_GAP_RULE]);
const PRONOUN_GAP_WORDS = new Set([
  "also",
  "later",
  "further",
  "then",
  "again",
  "previously",
  "earlier",
  "repeatedly",
  "already",
  "separately",
  "subsequently",
  "additionally",
  "has",
  "had",
  "have",
]);

/** Whether token `k` is right before the cue, or only gap words (rule above) lie between them. */
function rightBeforeCue(tokens: Token[], k: number, cue: Cue): boolean {
  if (k === cue.token - 1) return true;
  if (k >= cue.token || cue.token - k > 4 || !ruleEnabled(PRONOUN_GAP_RULE)) return false;
  for (let g = k + 1; g < cue.token; g++) if (!PRONOUN_GAP_WORDS.has(tokens[g]!.lower)) return false;
  noteFired(PRONOUN_GAP_RULE);
  return true;
}

/**
 * Rule speaker.verb-object-state: a state right after a verb of the same sentence is that verb's object, not the
 * speaker: "Estonia does not recognise Russia's annexation of Crimea and has expressed its support for …" is Estonia
 * speaking, "Chile condemned Peru and urged …" is Chile. `first`..`last` are the state name's tokens.
 */
const VERB_OBJECT_STATE_RULE = "speaker.verb-object-state";
registerRules([VERB_OBJECT_STATE_RULE]);

function verbObject(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (!before || before.sentenceIndex !== tokens[last]!.sentenceIndex || before.pos !== "VERB") return false;
  if (!ruleEnabled(VERB_OBJECT_STATE_RULE)) return false;
  noteFired(VERB_OBJECT_STATE_RULE);
  return true;
}

/** The title head token `k` stands for ("minister", "president" for "Head of State"), or null. */
function nominalHead(tokens: Token[], k: number): string | null {
  return titleSynonym(tokens, k) ?? (NOMINAL_HEADS.test(tokens[k]!.lower) ? tokens[k]!.lower : null);
}

/** Records what token `k` contributes to the findings (the first of each kind wins). */
function noteToken(scan: StatementScan, f: LeftFindings, k: number, cue: Cue, s: number, from: number): void {
  const { tokens, stateAtToken, personAtToken, memory } = scan;
  const t = tokens[k]!;
  const last = memory.lastSpeaker;
  if (personAtToken[k] && !f.person) {
    if (!obliquePerson(scan, k, from)) f.person = { key: personAtToken[k]!, tok: k };
  } else if ((t.lower === "he" || t.lower === "she") && f.pronoun < 0 && !f.person) f.pronoun = k;
  else if (stateAtToken[k] && !f.state) {
    // "the embassy in Manila", "its embassy in New Delhi": a state after "in"/"at" is a location, not the speaker.
    // The walk meets a name of several words at its last word: the preposition is the one before its first word.
    let first = k;
    while (first > 0 && stateAtToken[first - 1] === stateAtToken[k]) first--;
    const prev = tokens[first - 1]?.lower ?? "";
    if (!/^(?:in|at|near|from|to|with|against|on|by|over)$/.test(prev) && !verbObject(tokens, first, k))
      f.state = { code: stateAtToken[k]!.code, tok: k };
  } else if (GROUP_HEADS.has(t.lower) && f.group < 0 && !f.state && f.orgHead < 0 && f.pronoun < 0) {
    f.group = k;
  } else if (ORG_HEADS.has(t.lower) && f.orgHead < 0) {
    f.orgHead = k;
    const head = nominalHead(tokens, k);
    if (head) f.nominal = { head, tok: k };
    if (head && head !== t.lower) noteFired(TITLE_SYNONYM_RULE);
  } else if (nominalHead(tokens, k) && !f.nominal && f.orgHead < 0 && ruleEnabled(TITLE_PHRASE_RULE)) {
    // "the bloc's foreign policy chief said": a title that is no institution head.
    f.nominal = { head: nominalHead(tokens, k)!, tok: k };
    if (f.nominal.head !== t.lower) noteFired(TITLE_SYNONYM_RULE);
  } else if (
    t.lower === "they" &&
    rightBeforeCue(tokens, k, cue) &&
    !f.state &&
    !f.person &&
    last &&
    !last.speaker.person &&
    !last.speaker.stateCode &&
    s - last.sentenceIndex <= 1
  ) {
    // "They pledged…" right after a joint statement ("the three ministers condemned…"): the same group.
    f.group = k;
  } else if ((t.lower === "it" || t.lower === "they") && rightBeforeCue(tokens, k, cue) && !f.state && !f.person) {
    // "it said": a body, never a person. Right after a body that spoke ("The OSCE urged …. "…," it said") it is
    // that body, with its state or none; otherwise the last state that spoke.
    const lastBody = last && !last.speaker.person && s - last.sentenceIndex <= 2 && ruleEnabled(IT_BODY_RULE);
    if (lastBody && last.speaker.stateCode) f.state = { code: last.speaker.stateCode, tok: k };
    else if (lastBody) f.group = k;
    else if (memory.lastStateSpeaker) f.state = { code: memory.lastStateSpeaker, tok: k };
  }
}

const ORG_COMMA_RULE = "speaker.org-subject-comma";
registerRules([ORG_COMMA_RULE]);

/**
 * Rule speaker.relative-clause: the subject of "who said" / "which rejected" is the noun phrase the relative pronoun
 * stands for ("X, who described …", "a statement from the Rwandan government, which rejected …"): the walk goes on
 * left of the pronoun (and of the comma or "and" before it). Returns the token the walk starts from.
 */
const RELATIVE_RULE = "speaker.relative-clause";
registerRules([RELATIVE_RULE]);

/** Whether the token right before the cue is a relative pronoun of its clause ("who said", "which rejected"). */
export function relativePronounBefore(scan: StatementScan, cue: Cue): boolean {
  const t = scan.tokens[cue.token - 1];
  return (
    t !== undefined &&
    t.sentenceIndex === scan.tokens[cue.token]!.sentenceIndex &&
    /^(?:who|which)$/.test(t.lower) &&
    ruleEnabled(RELATIVE_RULE)
  );
}

function skipRelativePronoun(scan: StatementScan, cue: Cue, from: number): number {
  const { tokens } = scan;
  let k = cue.token - 1;
  if (k < from || !relativePronounBefore(scan, cue)) return k;
  noteFired(RELATIVE_RULE);
  k--;
  if (k >= from && (tokens[k]!.text === "," || tokens[k]!.lower === "and")) k--;
  return k;
}

/** Walks left from the cue, over at most 18 tokens of its sentence, until a person is found or the clause ends. */
function scanLeft(scan: StatementScan, cue: Cue, from: number, start: number): LeftFindings {
  const { tokens, text, stateAtToken } = scan;
  const s = tokens[cue.token]!.sentenceIndex;
  const f: LeftFindings = { person: null, pronoun: -1, nominal: null, state: null, orgHead: -1, group: -1, reach: cue.token };
  let k = start;
  let steps = 0;
  while (k >= from && steps < 18) {
    const t = tokens[k]!;
    if (t.sentenceIndex !== s) break;
    if (QUOTE_CHARS.has(t.text) || SUBJECT_STOP.has(t.lower)) break;
    if (k < cue.token - 1 && SPEECH_VERBS[t.lower] && !/ing$/.test(t.lower) && cueAt(tokens, text, k, stateAtToken)) break;
    if (t.text === ",") {
      // "Indian allegations, the FO said": once the subject's own head noun is found, a state before the comma
      // belongs to another phrase (rule speaker.org-subject-comma).
      // "…, the Danish leader said": a head with its state is a whole subject too.
      if (f.orgHead >= 0 && !f.person && f.pronoun < 0 && ruleEnabled(ORG_COMMA_RULE)) break;
      const nothingYet = !f.person && !f.state && f.pronoun < 0 && f.orgHead < 0 && f.group < 0;
      const skipTo = nothingYet ? skipApposition(scan, k, from, s) : null;
      k = skipTo ?? k - 1;
      steps++;
      continue;
    }
    f.reach = k;
    noteToken(scan, f, k, cue, s, from);
    if (f.person) break;
    k--;
    steps++;
  }
  return f;
}

/** Index of "office"/"aides"… in "the office of (title) X" right before the person's name at `tok`, or -1. */
function institutionOf(scan: StatementScan, tok: number, from: number): number {
  const { tokens, stateAtToken, personAtToken } = scan;
  let k = tok - 1;
  while (k >= from && personAtToken[k] === personAtToken[tok]) k--;
  while (
    k >= from &&
    (ROLE_WORDS.has(tokens[k]!.lower) || stateAtToken[k]) &&
    !/^(?:of|the|office)$/.test(tokens[k]!.lower) &&
    tokens[k]!.sentenceIndex === tokens[tok]!.sentenceIndex
  )
    k--;
  const prep = tokens[k];
  const head = tokens[k - 1];
  if (!prep || !head || k - 1 < from || !/^(?:of|for|to|close to)$/.test(prep.lower)) return -1;
  return /^(?:office|aides?|camp|administration|government|cabinet|spokesperson|spokesman|spokeswoman|representatives?|lawyers?|allies)$/.test(
    head.lower,
  )
    ? k - 1
    : -1;
}

/** The state named in the head phrase before ", <name>," (the name at token `tok`), or null. */
function appositionHeadState(scan: StatementScan, tok: number, from: number): string | null {
  const { tokens, stateAtToken, personAtToken } = scan;
  let b = tok;
  while (b > from && personAtToken[b - 1] === personAtToken[tok]) b--;
  // An apposition is closed by a comma after the name too ("A spokesperson, X, said"); "Regarding the case of
  // businessman Y, X stated" is a fronted phrase, not X's head.
  let e = tok;
  while (personAtToken[e + 1] === personAtToken[tok]) e++;
  if (tokens[e + 1]?.text !== ",") return null;
  while (b > from && ROLE_WORDS.has(tokens[b - 1]!.lower) && !personAtToken[b - 1]) b--;
  if (tokens[b - 1]?.text !== "," || !ruleEnabled(NAME_APPOSITION_RULE)) return null;
  for (let j = b - 2; j >= Math.max(from, b - 8); j--) {
    if (tokens[j]!.text === "," || QUOTE_CHARS.has(tokens[j]!.text)) return null;
    if (stateAtToken[j] && !/^(?:in|at|near|from|to|with|against|on|over)$/.test(tokens[j - 1]?.lower ?? ""))
      return stateAtToken[j]!.code;
  }
  return null;
}

interface Resolution {
  scan: StatementScan;
  cue: Cue;
  from: number;
  f: LeftFindings;
  attribution: (tok: number) => Span;
}

function personSubject({ scan, cue, from, f, attribution }: Resolution): Speaker | null {
  if (!f.person) return null;
  const { tokens, stateAtToken, text, memory } = scan;
  const p = scan.peopleByKey.get(f.person.key)!;
  // "the office of President X said", "a spokesperson for X said": an institution around the person speaks, so
  // the statement is the state's, not the person's own words.
  const institution = institutionOf(scan, f.person.tok, from);
  if (institution < 0) {
    // "A China Coast Guard spokesperson, X, said": the head before a name apposition gives a stateless person's state.
    if (!p.stateCode && !f.state) p.stateCode = appositionHeadState(scan, f.person.tok, from);
    return personSpeaker(p, attribution(f.person.tok), cue.lemma, 0.9, f.state?.code ?? null);
  }
  // Without a known state for the person, the subject of the reported clause when it is a state ("the office
  // of X said Seoul would…"), else the last state that spoke.
  const subject = stateAtToken[cue.after] ?? (tokens[cue.after]?.lower === "that" ? stateAtToken[cue.after + 1] : null);
  // "The office of President X said Seoul would…": the office's own government commits, so it is X's state too.
  if (!p.stateCode && !f.state && subject && isNationalOffice(p, text) && ownGovernmentSubject(text, subject))
    p.stateCode = subject.code;
  const code = p.stateCode ?? f.state?.code ?? subject?.code ?? memory.lastStateSpeaker;
  return stateSpeaker(code, attribution(institution), cue.lemma, 0.6);
}

/**
 * Rule speaker.pronoun-not-content: "he said" right after an unnamed speaker ("The spokesperson said X is the face of
 * …. He said …") continues that speaker: a person named only in the previous speaker's words, after its attribution,
 * is what was talked about, not the antecedent of the next attribution.
 */
const PRONOUN_CONTENT_RULE = "speaker.pronoun-not-content";
registerRules([PRONOUN_CONTENT_RULE]);

const PRONOUN_LAST_SPEAKER_RULE = "speaker.pronoun-last-speaker";
registerRules([PRONOUN_LAST_SPEAKER_RULE]);

function pronounSubject({ scan, cue, f, attribution }: Resolution): Speaker | null {
  if (f.pronoun < 0) return null;
  const { tokens } = scan;
  const s = tokens[cue.token]!.sentenceIndex;
  const last = scan.memory.lastSpeaker;
  if (last && last.speaker.person && s - last.sentenceIndex <= 2) {
    const antecedent = newSubjectSince(scan, f.pronoun, last.sentenceIndex, last.speaker.person) ?? last.speaker.person;
    return personSpeaker(antecedent, attribution(f.pronoun), cue.lemma, 0.75, null);
  }
  // Rule speaker.pronoun-last-speaker: "he said" a few sentences of background after the last person who spoke,
  // with nobody else named since, is still that person.
  const named = scan.recentPeople.mostRecentMention(tokens[f.pronoun]!.start);
  if (
    last?.speaker.person &&
    s - last.sentenceIndex <= 5 &&
    (!named || named.key === last.speaker.person.key || named.sentenceIndex < last.sentenceIndex) &&
    ruleEnabled(PRONOUN_LAST_SPEAKER_RULE)
  ) {
    noteFired(PRONOUN_LAST_SPEAKER_RULE);
    return personSpeaker(last.speaker.person, attribution(f.pronoun), cue.lemma, 0.7, null);
  }
  const p = scan.recentPeople.mostRecentPerson(tokens[f.pronoun]!.start, s);
  if (p && last && !last.speaker.person && last.speaker.attribution && s - last.sentenceIndex <= 1) {
    const mention = scan.recentPeople.mostRecentMention(tokens[f.pronoun]!.start);
    // A chain of "He said …" after it: no one new named since the last one, which continued the speaker too.
    const inContent =
      mention &&
      (mention.start >= last.speaker.attribution.end ||
        (last.speaker.continued === true && mention.start < last.speaker.attribution.start));
    if (inContent && ruleEnabled(PRONOUN_CONTENT_RULE)) {
      noteFired(PRONOUN_CONTENT_RULE);
      return { ...stateSpeaker(last.speaker.stateCode, attribution(f.pronoun), cue.lemma, 0.6), continued: true };
    }
  }
  const subject = ruleEnabled(PRONOUN_SUBJECT_RULE) ? scan.recentPeople.firstOfLastSentence(tokens[f.pronoun]!.start, s) : null;
  if (subject && subject !== p) noteFired(PRONOUN_SUBJECT_RULE);
  const antecedent = subject ?? p;
  return antecedent ? personSpeaker(antecedent, attribution(f.pronoun), cue.lemma, 0.75, null) : null;
}

/**
 * Rule speaker.pronoun-new-subject: "he said" just after a speaker refers to that speaker, unless a sentence in
 * between opens with another person ("… Maduro declared it Venezuelan. Ali went live on Facebook. He said …"): the
 * story has moved on to that subject.
 */
const PRONOUN_NEW_SUBJECT_RULE = "speaker.pronoun-new-subject";
registerRules([PRONOUN_NEW_SUBJECT_RULE]);

function newSubjectSince(scan: StatementScan, pronoun: number, after: number, speaker: PersonEntity): PersonEntity | null {
  if (!ruleEnabled(PRONOUN_NEW_SUBJECT_RULE)) return null;
  const token = scan.tokens[pronoun]!;
  const subject = scan.recentPeople.subjectBetween(token.start, after, token.sentenceIndex);
  if (!subject || subject.key === speaker.key) return null;
  noteFired(PRONOUN_NEW_SUBJECT_RULE);
  return subject;
}

/**
 * Rule speaker.pronoun-subject: with no person speaking just before, "he said" refers to the person named first in
 * the sentence where people were last named (its subject: "X expressed concern to Y … . He stressed …" is X), not to
 * the last one named (an object).
 */
const PRONOUN_SUBJECT_RULE = "speaker.pronoun-subject";
registerRules([PRONOUN_SUBJECT_RULE]);

function groupSubject({ cue, f, attribution }: Resolution): Speaker | null {
  // "the three governments", "the two sides": several speakers, no single state.
  if (f.group < 0 || (f.state && f.state.tok >= f.group)) return null;
  return stateSpeaker(null, attribution(f.group), cue.lemma, 0.6);
}

/**
 * Rule speaker.title-phrase: a title after a determiner and its modifiers ("the bloc's foreign policy chief said",
 * "the country's top diplomat said") is definite, like "the minister said": it resolves to the person named earlier
 * with that title.
 */
const TITLE_PHRASE_RULE = "speaker.title-phrase";
registerRules([TITLE_PHRASE_RULE]);

/** Whether the title at `tok` is definite: "the", a possessive or a state before it and its lower-case modifiers. */
function definiteTitle(scan: StatementScan, tok: number): boolean {
  const { tokens, stateAtToken } = scan;
  const before = tokens[tok - 1];
  if (before && (before.lower === "the" || stateAtToken[tok - 1] || stateAtToken[tok - 2])) return true;
  if (!ruleEnabled(TITLE_PHRASE_RULE)) return false;
  for (let j = tok - 1; j >= Math.max(0, tok - 5); j--) {
    const t = tokens[j]!;
    if (t.sentenceIndex !== tokens[tok]!.sentenceIndex) return false;
    if (t.lower === "the" || t.lower === "'s" || t.lower === "’s" || stateAtToken[j]) {
      noteFired(TITLE_PHRASE_RULE);
      return true;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  }
  return false;
}

/**
 * Rule speaker.title-of-state: a title with its state ("the Uzbek President said", "Japan's foreign minister said")
 * resolves to the last person of that state with that title, not to the last one of any state.
 */
const TITLE_OF_STATE_RULE = "speaker.title-of-state";
registerRules([TITLE_OF_STATE_RULE]);

/** The state modifying the title at `tok` ("the Uzbek President", "Japan's top diplomat"), or null. */
function titleState(f: LeftFindings, tok: number): string | null {
  if (!f.state || f.state.tok >= tok || tok - f.state.tok > 4 || !ruleEnabled(TITLE_OF_STATE_RULE)) return null;
  return f.state.code;
}

/**
 * The person a title refers to: the last one with that title, of the title's own state when it has one. A person of
 * unknown state is passed over for one already known to be of the title's state ("Nigerian President X … Ghana's
 * President Y … the Nigerian President said" is X).
 */
function titledPerson(scan: StatementScan, head: string, offset: number, ofState: string | null): PersonEntity | null {
  const p = scan.recentPeople.resolveNominal(head, offset) ?? genericTitlePerson(scan, head, offset, ofState);
  if (!ofState || !p || p.stateCode === ofState) return p;
  const same = scan.recentPeople.resolveNominal(head, offset, ofState);
  if (same) noteFired(TITLE_OF_STATE_RULE);
  return same ?? p;
}

/**
 * Rule speaker.generic-title-of-state: a title that fits any state official ("the Danish leader said", "the Chinese
 * diplomat said"), when no one has it in the role, refers to the last person named of that state.
 */
const GENERIC_TITLE_RULE = "speaker.generic-title-of-state";
registerRules([GENERIC_TITLE_RULE]);
const GENERIC_TITLES = /^(?:leader|diplomat|chief|official)$/;

function genericTitlePerson(scan: StatementScan, head: string, offset: number, ofState: string | null): PersonEntity | null {
  if (!ofState || !GENERIC_TITLES.test(head) || !ruleEnabled(GENERIC_TITLE_RULE)) return null;
  const p = scan.recentPeople.mostRecentOfState(offset, ofState);
  if (p) noteFired(GENERIC_TITLE_RULE);
  return p;
}

/**
 * Rule speaker.the-official: "the Kazakh official added" refers back to the last person named of that state, as
 * "the Kazakh diplomat" does; "a Japanese government official said" is someone unnamed, so "official" needs "the"
 * (a state before it makes other titles definite, not this one).
 */
const THE_OFFICIAL_RULE = "speaker.the-official";
registerRules([THE_OFFICIAL_RULE]);

/** Whether the words before the title at `tok` (its modifiers, a state) open with "the" rather than "a"/"an". */
function openedByThe(tokens: Token[], tok: number): boolean {
  for (let j = tok - 1; j >= Math.max(0, tok - 5) && tokens[j]!.sentenceIndex === tokens[tok]!.sentenceIndex; j--) {
    if (tokens[j]!.lower === "the") return true;
    if (tokens[j]!.lower === "a" || tokens[j]!.lower === "an") return false;
  }
  return false;
}

/**
 * Rule speaker.compound-title: "the prime minister said", "the foreign minister added" name one office, not any
 * minister: they resolve to the last person whose role is that office ("Interior Minister X" is no prime minister),
 * of the title's own state when it has one. When nobody named before holds that office, the bare title decides.
 */
const COMPOUND_TITLE_RULE = "speaker.compound-title";
registerRules([COMPOUND_TITLE_RULE]);
const COMPOUND_HEADS = /^(?:minister|secretary|president)$/;
const OFFICE_MODIFIERS = new Set(["prime", "vice", ...PORTFOLIO_WORDS]);

function compoundTitlePerson(scan: StatementScan, tok: number, ofState: string | null): PersonEntity | null {
  const { tokens } = scan;
  const [head, modifier] = [tokens[tok]!, tokens[tok - 1]];
  if (!modifier || !COMPOUND_HEADS.test(head.lower) || !OFFICE_MODIFIERS.has(modifier.lower)) return null;
  if (!ruleEnabled(COMPOUND_TITLE_RULE)) return null;
  const p = scan.recentPeople.resolveNominal(`${modifier.lower} ${head.lower}`, head.start, ofState);
  if (p && p !== scan.recentPeople.resolveNominal(head.lower, head.start)) noteFired(COMPOUND_TITLE_RULE);
  return p;
}

function nominalSubject({ scan, cue, f, attribution }: Resolution): Speaker | null {
  if (!f.nominal) return null;
  const { tokens } = scan;
  if (f.nominal.head === "official" && !(ruleEnabled(THE_OFFICIAL_RULE) && openedByThe(tokens, f.nominal.tok))) return null;
  const definite = definiteTitle(scan, f.nominal.tok);
  const [at, ofState] = [tokens[f.nominal.tok]!.start, titleState(f, f.nominal.tok)];
  const p = compoundTitlePerson(scan, f.nominal.tok, ofState) ?? titledPerson(scan, f.nominal.head, at, ofState);
  if (!p || !definite || (f.state && p.stateCode && p.stateCode !== f.state.code)) return null;
  if (f.nominal.head === "official") noteFired(THE_OFFICIAL_RULE);
  return personSpeaker(
    p,
    attribution(Math.min(f.nominal.tok, f.state?.tok ?? f.nominal.tok)),
    cue.lemma,
    0.7,
    f.state?.code ?? null,
  );
}

/**
 * Rule speaker.international-body: UN bodies, EU institutions and other international organisations speak for no
 * state ("the OSCE urged", "the UN envoy for Yemen said"): a state named after the body in the subject phrase is
 * what it talks about, not whom it speaks for. (A state before the body still speaks: "Iran's UN ambassador".)
 */
const INTERNATIONAL_BODY =
  /(?:\b(?:U\.N\.|E\.U\.)(?!\w)|\b(?:UN|United Nations|EU|European Union|European Commission|European Council|NATO|OSCE|CSTO|ASEAN|African Union|AU|IAEA|WHO|WTO|IMF|OPEC|ECOWAS|SCO|UNSC|UNHCR|WFP|OCHA|UNICEF|ICJ|ICC|G7|G20|GCC|ICRC|Red Cross|Arab League|(?<!National )Security Council|General Assembly|Islands Forum|Cooperation Council|Treaty Organi[sz]ation|International Court|Human Rights Council|World Bank|World Health Organi[sz]ation)\b)/;
const INTERNATIONAL_RULE = "speaker.international-body";
registerRules([INTERNATIONAL_RULE]);

/** Offset of an international body in the subject phrase (from the walk's reach to the cue), or -1. */
function internationalBodyAt(scan: StatementScan, f: LeftFindings, cue: Cue): number {
  if (!ruleEnabled(INTERNATIONAL_RULE)) return -1;
  const { tokens, text } = scan;
  const start = tokens[f.reach]!.start;
  const m = INTERNATIONAL_BODY.exec(text.slice(start, tokens[cue.token]!.start));
  return m ? start + m.index : -1;
}

function internationalSubject({ scan, cue, f, attribution }: Resolution): Speaker | null {
  return internationalBodyAt(scan, f, cue) >= 0 ? stateSpeaker(null, attribution(f.reach), cue.lemma, 0.6) : null;
}

function stateSubject({ scan, cue, from, f, attribution }: Resolution): Speaker | null {
  if (!f.state) return null;
  const { tokens, stateAtToken } = scan;
  const body = internationalBodyAt(scan, f, cue);
  if (body >= 0 && body < tokens[f.state.tok]!.start) return stateSpeaker(null, attribution(f.reach), cue.lemma, 0.6);
  // "Britain, France and Germany warned": a group of states.
  let first = f.state.tok;
  while (first > from && stateAtToken[first - 1] === stateAtToken[f.state.tok]) first--;
  const joiner = tokens[first - 1];
  if (joiner && (joiner.lower === "and" || joiner.text === ",") && stateAtToken[first - 2])
    return stateSpeaker(null, attribution(first - 2), cue.lemma, 0.6);
  return stateSpeaker(f.state.code, attribution(f.state.tok), cue.lemma, 0.8);
}

/**
 * The state of the nearest earlier mention of the same organisation head noun ("ministry", "embassy") within the
 * preceding sentences that is introduced by a state ("Seoul's foreign ministry", "China's Ministry of …").
 */
function definiteAntecedentState(scan: StatementScan, head: number): string | null {
  const { tokens, stateAtToken } = scan;
  const word = tokens[head]!.lower;
  const s = tokens[head]!.sentenceIndex;
  for (let j = head - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (s - t.sentenceIndex > 5) break;
    if (t.lower !== word || t.sentenceIndex === s) continue;
    for (let b = j - 1; b >= Math.max(0, j - 4); b--) {
      if (tokens[b]!.sentenceIndex !== t.sentenceIndex) break;
      if (stateAtToken[b]) return stateAtToken[b]!.code;
      const modifier =
        ORG_HEADS.has(tokens[b]!.lower) ||
        ROLE_WORDS.has(tokens[b]!.lower) ||
        /^(?:'s|’s|commerce|trade|foreign|state)$/i.test(tokens[b]!.lower);
      if (!modifier || tokens[b]!.lower === "the") break;
    }
  }
  return null;
}

function institutionSubject({ scan, cue, from, f, attribution }: Resolution): Speaker | null {
  if (f.orgHead < 0) return null;
  const { tokens, memory } = scan;
  // Definite description anaphora: "the ministry said" refers to the last "<state>'s … ministry" mentioned in the
  // preceding sentences, before falling back to the last state that spoke.
  let d = f.orgHead - 1;
  while (
    d > from &&
    tokens[d]!.lower !== "the" &&
    /^\p{Ll}/u.test(tokens[d]!.text) &&
    (ROLE_WORDS.has(tokens[d]!.lower) || PORTFOLIO_WORDS.has(tokens[d]!.lower))
  )
    d--;
  const antecedent = tokens[d]?.lower === "the" ? definiteAntecedentState(scan, f.orgHead) : null;
  if (antecedent) return stateSpeaker(antecedent, attribution(d), cue.lemma, 0.6);
  if (!memory.lastStateSpeaker) return null;
  // Skip lower-case modifiers of the head: "the commerce ministry".
  d = f.orgHead - 1;
  while (d > from && /^\p{Ll}/u.test(tokens[d]!.text) && tokens[d]!.lower !== "the" && PORTFOLIO_WORDS.has(tokens[d]!.lower)) d--;
  const t = tokens[d];
  if (t && (t.lower === "the" || /^[A-Z]/.test(t.text)))
    return stateSpeaker(memory.lastStateSpeaker, attribution(d), cue.lemma, 0.5);
  return null;
}

/**
 * Rule speaker.participle-main-subject: a participial cue after a comma ("…, saying it had acted lawfully",
 * "…, criticizing the remark") has the subject of the main clause, not the nearest noun to its left (the main
 * verb's object: "summoned the U.S. ambassador, criticizing …"). The main subject is the first person, state or
 * pronoun of the sentence, after an introductory phrase ("In a statement on Monday, …").
 */
const PARTICIPLE_RULE = "speaker.participle-main-subject";
registerRules([PARTICIPLE_RULE]);
const INTRO_WORDS =
  /^(?:in|on|at|after|following|during|speaking|addressing|asked|earlier|later|meanwhile|separately|however|also|rejecting|responding|welcoming|commenting)$/;
const LOCATIVE_PREPOSITIONS = /^(?:in|at|near|from|to|with|against|on|by|over|of|for|about)$/;

function mainClauseSubject(scan: StatementScan, cue: Cue, from: number): Speaker | null {
  const { tokens, stateAtToken, personAtToken } = scan;
  const comma = cue.token - 1;
  let k = from;
  if (INTRO_WORDS.test(tokens[k]?.lower ?? "")) {
    while (k < comma && tokens[k]!.text !== ",") k++;
    k++;
  }
  for (let steps = 0; k < comma && steps < 12; k++, steps++) {
    const t = tokens[k]!;
    const attribution = { start: t.start, end: tokens[cue.after - 1]!.end };
    if (personAtToken[k]) return personSpeaker(scan.peopleByKey.get(personAtToken[k]!)!, attribution, cue.lemma, 0.75, null);
    if (stateAtToken[k] && !LOCATIVE_PREPOSITIONS.test(tokens[k - 1]?.lower ?? "")) {
      // "French Prime Minister X, Iran's spokesman X": a person named in the same noun phrase speaks.
      for (let j = k + 1; j < Math.min(comma, k + 7); j++) {
        if (tokens[j]!.pos === "VERB" || tokens[j]!.text === ",") break;
        const key = personAtToken[j];
        if (key) return personSpeaker(scan.peopleByKey.get(key)!, attribution, cue.lemma, 0.75, stateAtToken[k]!.code);
      }
      return stateSpeaker(stateAtToken[k]!.code, attribution, cue.lemma, 0.7);
    }
    if ((t.pos === "VERB" || t.pos === "AUX") && steps > 0) return null;
  }
  return null;
}

function isParticipialCue(scan: StatementScan, cue: Cue): boolean {
  const { tokens } = scan;
  return /ing$/.test(tokens[cue.token]!.lower) && tokens[cue.token - 1]?.text === "," && ruleEnabled(PARTICIPLE_RULE);
}

/** Finds the speaker left of the cue verb (tokens [from, cue.token)). */
export function subjectLeft(scan: StatementScan, cue: Cue, from: number): Speaker | null {
  const { tokens } = scan;
  if (isParticipialCue(scan, cue)) {
    const main = mainClauseSubject(scan, cue, from);
    if (main) return main;
  }
  const start = skipRelativePronoun(scan, cue, from);
  const f = scanLeft(scan, cue, from, start);
  const attribution = (tok: number): Span => ({ start: tokens[Math.max(tok, from)]!.start, end: tokens[cue.after - 1]!.end });
  const r: Resolution = { scan, cue, from, f, attribution };
  const speaker =
    personSubject(r) ??
    pronounSubject(r) ??
    groupSubject(r) ??
    nominalSubject(r) ??
    stateSubject(r) ??
    institutionSubject(r) ??
    internationalSubject(r);
  // The speaker of a relative clause is a side remark: "he said" and quotes after it still go to the main speaker.
  return speaker && start !== cue.token - 1 ? { ...speaker, embedded: true } : speaker;
}
