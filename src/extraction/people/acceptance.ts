// Which name candidates are people: a title, an apposition with a title, or a multi-word name in a
// person-only context (a speech verb next to it, "X, who", "led by X", "the government of X", "commander, X").
// Roles and states found in appositions ("X, the Iranian foreign minister,") and in "<title>, X" are filled in.
// The article's own text decides: people already in the database do not make a name a person (that would make an
// article's statements depend on which articles were ingested before it).
import type { SegmentedText, Token } from "../sentences.js";
import type { StateMention } from "../states.js";
import { MONTHS_DAYS, ORG_ACRONYMS, ORG_WORDS, PERSON_TITLES, PORTFOLIO_WORDS, ROLE_WORDS, SPEECH_VERBS } from "../lexicon.js";
import { ROLE_MODIFIER_RULE, ROLE_MODIFIERS, type Candidate } from "./candidates.js";
import { findAppositive } from "./appositions.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

/**
 * Rule people.portfolio-commas: a portfolio listed with commas ("Minister for Defence, National Security and Foreign
 * Affairs, X") is one title, like one joined by "and" alone.
 */
const PORTFOLIO_COMMAS_RULE = "people.portfolio-commas";
registerRules([PORTFOLIO_COMMAS_RULE]);

/** Whether a person title heads the portfolio phrase ending at token `end` ("Minister of State for Energy Affairs"). */
function titleBeforePortfolio(tokens: Token[], end: number): boolean {
  if (!PORTFOLIO_WORDS.has(tokens[end]?.lower ?? "") || !/^\p{Lu}/u.test(tokens[end]!.text)) return false;
  let comma = false;
  for (let k = end - 1; k >= 0 && end - k <= 10; k--) {
    const w = tokens[k]!;
    if (w.sentenceIndex !== tokens[end]!.sentenceIndex) return false;
    if (PERSON_TITLES.has(w.lower) && /^\p{Lu}/u.test(w.text)) {
      if (comma) noteFired(PORTFOLIO_COMMAS_RULE);
      return end - k <= 8 || comma;
    }
    if (w.text === "," && PORTFOLIO_WORDS.has(tokens[k - 1]?.lower ?? "") && ruleEnabled(PORTFOLIO_COMMAS_RULE)) {
      comma = true;
      continue;
    }
    if (!(PORTFOLIO_WORDS.has(w.lower) || ROLE_WORDS.has(w.lower) || /^(?:for|of|and)$/.test(w.lower)) || w.lower === "the")
      return false;
  }
  return false;
}

/** "Qatar's Minister of State for Energy Affairs, X": the title before the comma becomes the role, with its state. */
function roleBeforeComma(seg: SegmentedText, stateAt: (StateMention | null)[], c: Candidate): void {
  const { tokens, text } = seg;
  let k = c.roleStart - 2;
  let first = k;
  // Portfolio words joined by of/for/and belong to the title.
  while (
    k >= 0 &&
    c.roleStart - 2 - k < 10 &&
    (ROLE_WORDS.has(tokens[k]!.lower) ||
      PORTFOLIO_WORDS.has(tokens[k]!.lower) ||
      (/^(?:for|of|and|,)$/.test(tokens[k]!.lower) &&
        k - 1 >= 0 &&
        (ROLE_WORDS.has(tokens[k - 1]!.lower) || PORTFOLIO_WORDS.has(tokens[k - 1]!.lower)))) &&
    tokens[k]!.lower !== "the" &&
    !stateAt[k]
  )
    first = k--;
  while (first < c.roleStart - 2 && /^(?:for|of|and|,)$/.test(tokens[first]!.lower)) first++;
  c.role = text.slice(tokens[first]!.start, tokens[c.roleStart - 2]!.end);
  // "Ghana's newly inaugurated President, X": words dating the office stand between the state and the title
  // (rule people.role-modifiers).
  let m = first - 1;
  while (m > 0 && first - m <= 3 && ROLE_MODIFIERS.test(tokens[m]!.lower) && ruleEnabled(ROLE_MODIFIER_RULE)) m--;
  if (m < first - 1) first = m + 1;
  const possessive = tokens[first - 1];
  if (possessive && (possessive.lower === "'s" || possessive.lower === "’s") && stateAt[first - 2])
    c.stateCode = stateAt[first - 2]!.code;
  else if (possessive && stateAt[first - 1]) c.stateCode = stateAt[first - 1]!.code;
}

/** "The President of Finland, X,": a title of a state right before the comma gives role and state. */
function titleOfState(seg: SegmentedText, stateAt: (StateMention | null)[], c: Candidate): boolean {
  const { tokens, text } = seg;
  const stateTok = c.roleStart - 2;
  if (tokens[c.roleStart - 1]?.text !== "," || !stateAt[stateTok]) return false;
  let b = stateTok;
  while (b > 0 && stateAt[b - 1] === stateAt[stateTok]) b--;
  if (tokens[b - 1]?.lower === "the") b--;
  const title = tokens[b - 2];
  if (
    tokens[b - 1]?.lower !== "of" ||
    !title ||
    !PERSON_TITLES.has(title.lower) ||
    title.sentenceIndex !== tokens[c.nameStart]!.sentenceIndex
  )
    return false;
  let f = b - 2;
  while (f > 0 && ROLE_WORDS.has(tokens[f - 1]!.lower) && tokens[f - 1]!.lower !== "the" && !stateAt[f - 1]) f--;
  if (!c.role) c.role = text.slice(tokens[f]!.start, tokens[stateTok]!.end);
  c.stateCode = c.stateCode ?? stateAt[stateTok]!.code;
  return true;
}

/**
 * Rule people.title-chain-comma: a title whose state phrase runs through "to" or a portfolio before the comma
 * ("the Israeli ambassador to Brazil, X,", "Assistant Minister of Foreign Affairs of Fiji, X,", "Deputy High
 * Commissioner of Bangladesh to India, X was") introduces X like "The President of Finland, X,". The state after
 * "of" is X's; the state after "to" is where X serves, so X's state is then the one before the title, if any.
 */
const TITLE_CHAIN_RULE = "people.title-chain-comma";
registerRules([TITLE_CHAIN_RULE]);

/** First token of the state mention covering token `k` (a mention may span "Papua New Guinea"), past a "the". */
function mentionStart(tokens: Token[], stateAt: (StateMention | null)[], k: number): number {
  let b = k;
  while (b > 0 && stateAt[b - 1] === stateAt[k]) b--;
  return tokens[b - 1]?.lower === "the" ? b - 1 : b;
}

function titleChainOfState(seg: SegmentedText, stateAt: (StateMention | null)[], c: Candidate): boolean {
  const { tokens, text } = seg;
  const last = c.roleStart - 2;
  if (tokens[c.roleStart - 1]?.text !== "," || !stateAt[last] || !ruleEnabled(TITLE_CHAIN_RULE)) return false;
  let own: string | null = null;
  let k = last;
  // At most two state phrases: "of Bangladesh to India".
  for (let hops = 0; hops < 2 && stateAt[k]; hops++) {
    const b = mentionStart(tokens, stateAt, k);
    const connector = tokens[b - 1]?.lower;
    if (connector !== "of" && connector !== "to") return false;
    if (connector === "of") own ??= stateAt[k]!.code;
    k = b - 2;
  }
  const head = tokens[k];
  if (!head || head.sentenceIndex !== tokens[c.nameStart]!.sentenceIndex || stateAt[k]) return false;
  if (!(PERSON_TITLES.has(head.lower) || titleBeforePortfolio(tokens, k))) return false;
  let f = k;
  while (
    f > 0 &&
    (ROLE_WORDS.has(tokens[f - 1]!.lower) ||
      PORTFOLIO_WORDS.has(tokens[f - 1]!.lower) ||
      /^(?:of|for|and)$/.test(tokens[f - 1]!.lower)) &&
    !stateAt[f - 1]
  )
    f--;
  while (/^(?:of|for|and)$/.test(tokens[f]!.lower)) f++;
  let before = tokens[f - 1]?.lower === "the" ? f - 2 : f - 1;
  // "Norway's Ambassador to Chile, X": the state before a possessive.
  if (/^['’]s$/.test(tokens[before]?.lower ?? "")) before--;
  if (!c.role) c.role = text.slice(tokens[f]!.start, tokens[last]!.end);
  c.stateCode ??= own ?? stateAt[before]?.code ?? null;
  noteFired(TITLE_CHAIN_RULE);
  return true;
}

/**
 * Rule people.personal-act: a multi-word name right before a verb only people do in the news ("X thanked", "X met",
 * "X congratulated", "X visited") or right after one ("thanked X", "met X") is a person, as next to a speech verb.
 */
const PERSONAL_ACT_RULE = "people.personal-act";
registerRules([PERSONAL_ACT_RULE]);
const PERSONAL_ACT_AFTER =
  /^(?:thanked|thanks|congratulated|met|meets|visited|visits|phoned|telephoned|hosted|received|greeted|arrived|spoke|speaks|underlined|underscored)$/;
const PERSONAL_ACT_BEFORE = /^(?:thanked|congratulated|met|meet|meeting|phoned|telephoned|greeted|received|with)$/;

function personalAct(seg: SegmentedText, c: Candidate): boolean {
  if (!ruleEnabled(PERSONAL_ACT_RULE)) return false;
  const { tokens } = seg;
  const s = tokens[c.nameStart]!.sentenceIndex;
  const next = tokens[c.nameEnd];
  const prev = tokens[c.roleStart - 1];
  const after = next !== undefined && next.sentenceIndex === s && PERSONAL_ACT_AFTER.test(next.lower);
  // "with X" only after a meeting or a call ("talks with X", "a phone call with X").
  const withMeeting =
    prev?.lower === "with" && /^(?:talks|call|meeting|conversation)$/.test(tokens[c.roleStart - 2]?.lower ?? "");
  const before =
    prev !== undefined &&
    prev.sentenceIndex === s &&
    PERSONAL_ACT_BEFORE.test(prev.lower) &&
    (prev.lower !== "with" || withMeeting);
  if (after || before) noteFired(PERSONAL_ACT_RULE);
  return after || before;
}

/**
 * Rule people.aside-speech: a multi-word name set off by a comma whose clause goes on to a speech verb after the comma
 * or after an aside of a few words ("X, a Korea expert at a Seoul institute, said", "the party's rapporteur, X,
 * called on") is the subject of that verb: a person, as with "X said".
 */
const ASIDE_SPEECH_RULE = "people.aside-speech";
registerRules([ASIDE_SPEECH_RULE]);
const ASIDE_MAX_TOKENS = 16;

function asideSpeech(seg: SegmentedText, c: Candidate): boolean {
  if (!ruleEnabled(ASIDE_SPEECH_RULE)) return false;
  const { tokens } = seg;
  const s = tokens[c.nameStart]!.sentenceIndex;
  if (tokens[c.nameEnd]?.text !== ",") return false;
  let k = c.nameEnd + 1;
  // Skip one aside: words up to the next comma, with no clause-ending or quoting punctuation inside.
  if (!isSpeechVerb(tokens[k], s)) {
    while (k < tokens.length && k - c.nameEnd <= ASIDE_MAX_TOKENS && tokens[k]!.sentenceIndex === s) {
      const t = tokens[k]!.text;
      if (t === ",") break;
      if (/^[.;:()"“”‘’'!?—–]$/.test(t) || SPEECH_VERBS[tokens[k]!.lower] !== undefined) return false;
      k++;
    }
    if (tokens[k]?.text !== ",") return false;
    k++;
  }
  const fired = isSpeechVerb(tokens[k], s);
  if (fired) noteFired(ASIDE_SPEECH_RULE);
  return fired;
}

/**
 * The state of a person accepted by people.aside-speech: a possessive state in the aside after the name or in the
 * noun phrase before it ("an expert at South Korea's Sejong Institute", "Germany's ruling party rapporteur, X,").
 */
function asideState(seg: SegmentedText, stateAt: (StateMention | null)[], c: Candidate): string | null {
  const { tokens } = seg;
  const s = tokens[c.nameStart]!.sentenceIndex;
  const possessiveAt = (k: number) =>
    stateAt[k] && stateAt[k + 1] !== stateAt[k] && /^['’]s$/.test(tokens[k + 1]?.lower ?? "") ? stateAt[k]!.code : null;
  for (let k = c.nameEnd + 1; k < tokens.length && k - c.nameEnd <= ASIDE_MAX_TOKENS; k++) {
    if (tokens[k]!.text === "," || tokens[k]!.sentenceIndex !== s) break;
    const code = possessiveAt(k);
    if (code) return code;
  }
  if (tokens[c.roleStart - 1]?.text !== ",") return null;
  for (let k = c.roleStart - 2; k >= 0 && c.roleStart - k <= ASIDE_MAX_TOKENS; k--) {
    if (tokens[k]!.text === "," || tokens[k]!.sentenceIndex !== s) break;
    const code = possessiveAt(k);
    if (code) return code;
  }
  return null;
}

function isSpeechVerb(t: Token | undefined, sentence: number): boolean {
  return t !== undefined && t.sentenceIndex === sentence && SPEECH_VERBS[t.lower] !== undefined && t.lower !== "states";
}

/** Person-only contexts around a name (a multi-word one, for acceptance on its own). */
export function personContext(seg: SegmentedText, c: Candidate): boolean {
  const { tokens } = seg;
  const nextTok = tokens[c.nameEnd];
  const prevTok = tokens[c.roleStart - 1];
  const prev2 = tokens[c.roleStart - 2];
  const speechNext =
    nextTok && SPEECH_VERBS[nextTok.lower] !== undefined && nextTok.sentenceIndex === tokens[c.nameStart]!.sentenceIndex;
  const speechPrev =
    prevTok &&
    (prevTok.lower === "said" ||
      prevTok.lower === "says" ||
      prevTok.lower === "told" ||
      (prevTok.lower === "to" && prev2?.lower === "according"));
  const after1 = tokens[c.nameEnd + 1];
  const relative =
    nextTok && ((nextTok.text === "," && (after1?.lower === "who" || after1?.lower === "whose")) || nextTok.lower === "who");
  const byLeader =
    prevTok?.lower === "by" &&
    prev2 !== undefined &&
    /^(?:led|commanded|headed|chaired|signed|hosted|founded|ruled|run)$/.test(prev2.lower);
  const governmentOf =
    prevTok?.lower === "of" &&
    prev2 !== undefined &&
    /^(?:government|administration|regime|cabinet|presidency|leadership|rule)$/.test(prev2.lower);
  return (
    (speechNext || speechPrev || relative || byLeader || governmentOf) === true || personalAct(seg, c) || asideSpeech(seg, c)
  );
}

/**
 * Rule people.portfolio-name: a name made only of portfolio words is the rest of a ministry's or a minister's
 * portfolio, not a person ("the Ministry of Foreign Affairs and National Community Abroad said", "the Minister of
 * Foreign Affairs, International Trade and Worship, X").
 */
const PORTFOLIO_NAME_RULE = "people.portfolio-name";
registerRules([PORTFOLIO_NAME_RULE]);

function portfolioOnly(words: Token[]): boolean {
  if (!words.every((x) => PORTFOLIO_WORDS.has(x.lower)) || !ruleEnabled(PORTFOLIO_NAME_RULE)) return false;
  noteFired(PORTFOLIO_NAME_RULE);
  return true;
}

/**
 * Whether the candidate's words may be a person's name at all: no organisation word, acronym, month or weekday, not
 * a portfolio.
 */
/**
 * Rule people.pairing-not-name: "after Modi-Hasina talks", "the Trump-Kim summit": two surnames joined by a hyphen
 * before a word for a meeting or a relationship name the pair's encounter, not a person.
 */
const PAIRING_RULE = "people.pairing-not-name";
registerRules([PAIRING_RULE]);
const PAIRING_NOUNS =
  /^(?:talks|meeting|meetings|summit|summits|call|deal|pact|agreement|accord|relationship|ties|partnership|dialogue|rapprochement|negotiations|era|handshake)$/;

function namesAPairing(seg: SegmentedText, c: Candidate): boolean {
  const { tokens, text } = seg;
  const name = text.slice(tokens[c.nameStart]!.start, tokens[c.nameEnd - 1]!.end);
  if (!/^\p{Lu}[\p{L}'’]+-\p{Lu}[\p{L}'’]+$/u.test(name)) return false;
  if (!PAIRING_NOUNS.test(tokens[c.nameEnd]?.lower ?? "") || !ruleEnabled(PAIRING_RULE)) return false;
  noteFired(PAIRING_RULE);
  return true;
}

export function plausibleName(seg: SegmentedText, c: Candidate): boolean {
  if (c.nameEnd <= c.nameStart) return false;
  if (namesAPairing(seg, c)) return false;
  const words = seg.tokens.slice(c.nameStart, c.nameEnd).filter((x) => /\p{L}/u.test(x.text));
  if (words.some((x) => ORG_WORDS.has(x.lower) || ORG_ACRONYMS.has(x.text) || MONTHS_DAYS.has(x.lower))) return false;
  if (portfolioOnly(words)) return false;
  return !words.every((x) => x.text === x.text.toUpperCase() && x.text.length > 1); // acronyms, datelines
}

/** Decides whether the candidate is a person, filling its role and state from the context. Mutates the candidate. */
export function acceptCandidate(seg: SegmentedText, stateAt: (StateMention | null)[], c: Candidate): void {
  const { tokens } = seg;
  if (!plausibleName(seg, c)) return;
  const words = tokens.slice(c.nameStart, c.nameEnd).filter((x) => /\p{L}/u.test(x.text));
  const appositive = c.hasTitle ? null : findAppositive(seg, stateAt, c.nameEnd);
  if (appositive) {
    c.role = appositive.role;
    c.stateCode = c.stateCode ?? appositive.stateCode;
  } else if (c.hasTitle && !c.stateCode) {
    // "Major General X, a spokesman for Myanmar's military government,": the title stays, the apposition gives the state.
    c.stateCode = findAppositive(seg, stateAt, c.nameEnd)?.stateCode ?? null;
  }
  const multiWord = words.length >= 2;
  const prevTok = tokens[c.roleStart - 1];
  const prev2 = tokens[c.roleStart - 2];
  // "Minister of State for Energy Affairs, X": the title may end in portfolio words joined by of/for/and.
  const titleComma =
    prevTok?.text === "," &&
    prev2 !== undefined &&
    (PERSON_TITLES.has(prev2.lower) || titleBeforePortfolio(tokens, c.roleStart - 2));
  if (titleComma && !c.role) roleBeforeComma(seg, stateAt, c);
  const ofState = !titleComma && (titleOfState(seg, stateAt, c) || titleChainOfState(seg, stateAt, c));
  c.accepted =
    c.hasTitle || ofState || (appositive !== null && multiWord) || (multiWord && (titleComma || personContext(seg, c)));
  if (!c.stateCode) c.stateCode = stateAfterName(seg, stateAt, c);
  if (c.accepted && !c.stateCode && multiWord && asideSpeech(seg, c)) c.stateCode = asideState(seg, stateAt, c);
}

/**
 * Rule people.name-of-state: "Prime Minister Ana Ruiz of Chile", "Presidents Santiago Peña of Paraguay and Javier
 * Milei of Argentina": a state right after the name and "of" is the person's own. Not a possessive that goes on to
 * something else ("X of Japan's ruling party").
 */
const NAME_OF_STATE_RULE = "people.name-of-state";
registerRules([NAME_OF_STATE_RULE]);

function stateAfterName(seg: SegmentedText, stateAt: (StateMention | null)[], c: Candidate): string | null {
  const { tokens } = seg;
  if (tokens[c.nameEnd]?.lower !== "of") return null;
  const k = tokens[c.nameEnd + 1]?.lower === "the" ? c.nameEnd + 2 : c.nameEnd + 1;
  const state = stateAt[k];
  if (!state || !ruleEnabled(NAME_OF_STATE_RULE)) return null;
  let end = k;
  while (stateAt[end + 1] === state) end++;
  if (/^['’]s$/.test(tokens[end + 1]?.lower ?? "")) return null;
  noteFired(NAME_OF_STATE_RULE);
  return state.code;
}
