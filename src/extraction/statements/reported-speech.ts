// Reported speech (with or without quoted fragments): one statement per sentence with a cue and a speaker, in the
// part of the sentence that no direct quote covers.
import type { Sentence } from "../sentences.js";
import { PORTFOLIO_WORDS, ROLE_WORDS, WEAK_SPEECH } from "../lexicon.js";
import { ORG_HEADS } from "./subject-words.js";
import { StatementKind, type Span } from "../types.js";
import type { Cue } from "./cues.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import { QUOTE_CHARS } from "./quotes.js";
import { rememberSpeaker, type RawStatement, type Speaker, type StatementScan } from "./scan.js";
import { relativePronounBefore, subjectLeft } from "./subject-left.js";
import { isInvertedCue, namedAfterCue, subjectRight } from "./subject-right.js";
import { firstNotBefore } from "../span-search.js";
import { datelineAt } from "../datelines.js";

// The attitude may follow a possessive and open a quote: 'expressed the UAE's full solidarity', 'expressed "deep concern"'.
const EXPRESSED_OBJECTS =
  /^\s*(?:[\w.'’-]+\s+){0,3}["“]?(?:commitment|concern|regret|hope|support|opposition|dissatisfaction|displeasure|gratitude|appreciation|condolences|willingness|readiness|confidence|anger|outrage|disappointment|alarm|sympathy|solidarity|interest|strong|deep|grave|serious)/i;

/**
 * Rule speech.expressed.attitude-words: more attitudes "expressed" as a speech act, after a possessive or an
 * adjective ("expressed his country's keenness to …", "expressed South Africa's aspiration to …", 'expressed the
 * government's "extreme concern"', "expressed on Wednesday his country's gratitude", "conveyed Xi's cordial
 * greetings"): wishes and resolve, doubt and frustration, pride, belief and dismay, thanks and greetings, and the
 * intensifiers that open a quoted attitude.
 */
const EXPRESSED_MORE_RULE = "speech.expressed.attitude-words";
registerRules([EXPRESSED_MORE_RULE]);
const EXPRESSED_MORE =
  /^\s*(?:[\w.'’-]+\s+){0,4}["“]?(?:aspirations?|keenness|eagerness|desire|determination|wish|resolve|satisfaction|extreme|profound|sincere|heartfelt|doubts?|s[ck]epticism|reservations|frustration|pride|happiness|pleasure|belief|optimism|dismay|sorrow|shock|indignation|protest|condemnation|objection|rejection|warm|welcome|thanks|greetings|congratulations|admiration|respect|trust|gratitude|appreciation)\b/i;

function expressedAttitude(tailText: string): boolean {
  if (EXPRESSED_OBJECTS.test(tailText)) return true;
  if (!ruleEnabled(EXPRESSED_MORE_RULE) || !EXPRESSED_MORE.test(tailText)) return false;
  noteFired(EXPRESSED_MORE_RULE);
  return true;
}

/**
 * Rule speech.call-on.visit: "called on him at the Prime Minister's House", "called on President X on Thursday": a
 * courtesy call on a person is a visit, not an appeal, which asks someone to do something ("called on X to …",
 * "called on X for …").
 */
const COURTESY_CALL_RULE = "speech.call-on.visit";
registerRules([COURTESY_CALL_RULE]);

function courtesyCall(scan: StatementScan, cue: Cue, sentence: Sentence): boolean {
  if (cue.lemma !== "call" || !ruleEnabled(COURTESY_CALL_RULE)) return false;
  const { tokens, text, personAtToken } = scan;
  const on = cue.token + 1;
  if (!/^(?:on|upon)$/.test(tokens[on]?.lower ?? "")) return false;
  let object = -1;
  for (let k = on + 1; k <= on + 6 && k < sentence.tokenEnd; k++) {
    if (/^(?:him|her|them)$/.test(tokens[k]!.lower) || personAtToken[k]) {
      object = k;
      break;
    }
  }
  if (object < 0) return false;
  const rest = text.slice(tokens[object]!.end, sentence.end);
  if (/\b(?:to|for)\s/i.test(rest)) return false;
  noteFired(COURTESY_CALL_RULE);
  return true;
}

/** "offered (his hearty) condolences / congratulations": an attitude offered, spoken as much as expressed. */
const OFFERED_ATTITUDE = /^\s*(?:[\w'’-]+\s+){0,3}?(?:condolences|congratulations|sympathies|prayers)\b/i;

/** "hoped the matter will be resolved", "hopes President Lula can visit": a clause without "that", with its modal. */
const HOPED_CLAUSE =
  /^\s*(?:the|this|both|all|his|her|their|its|[\p{Lu}][\w-]*)\s+(?:[\w.'’-]+\s+){0,4}?(?:will|would|can|could|may|might|should)\b/u;

/**
 * Weak verbs that take a noun phrase as their content (rules as data, one id each):
 * - speech.announce.measure: "announced the expulsion of ten diplomats", "announced 30% tariffs on …": the guide counts
 *   an announcement (§1) and an announced measure (§5) as statements. Not "announced on Monday" nor "announced it".
 * - speech.question.object: "questioned the statements of …", "questioned why …": doubting another side's words or
 *   conduct is a criticism (guide §5); a passive ("was questioned by police") has no such object.
 */
const NOUN_PHRASE_CONTENT: { id: string; lemma: string; object: RegExp }[] = [
  {
    id: "speech.announce.measure",
    lemma: "announce",
    object: /^\s*(?:the|a|an|its|their|his|her|new|further|fresh|additional|more|plans?|\d[\d.,]*%?)\s+[\w“"'’%-]/i,
  },
  { id: "speech.question.object", lemma: "question", object: /^\s*(?:the|a|an|its|their|his|her|why|whether|how|what)\s/i },
];
registerRules(NOUN_PHRASE_CONTENT.map((r) => r.id));

/** Whether the weak verb of `cue` has a noun phrase as its content (NOUN_PHRASE_CONTENT). */
function nounPhraseContent(cue: Cue, tailText: string): boolean {
  const rule = NOUN_PHRASE_CONTENT.find((r) => r.lemma === cue.lemma);
  if (!rule || !ruleEnabled(rule.id) || !rule.object.test(tailText)) return false;
  noteFired(rule.id);
  return true;
}

/** Weak verbs ("said", "noted") need a complement; "expressed" needs an attitude as its object. */
function cueIntroducesSpeech(scan: StatementScan, cue: Cue, sentence: Sentence): boolean {
  if (courtesyCall(scan, cue, sentence)) return false;
  const { text, tokens } = scan;
  const from = tokens[cue.after - 1]!.end;
  const tailText = text.slice(from, Math.min(sentence.end, from + 40));
  if (
    WEAK_SPEECH.has(cue.lemma) &&
    !/^\s*(?:that|to|on|with|"|“|:|,)/.test(tailText) &&
    cue.lemma !== "express" &&
    !(cue.lemma === "offer" && OFFERED_ATTITUDE.test(tailText)) &&
    !(cue.lemma === "hope" && HOPED_CLAUSE.test(tailText)) &&
    !nounPhraseContent(cue, tailText)
  )
    return false;
  return cue.lemma !== "express" || expressedAttitude(tailText);
}

/**
 * Rule speech.and-said.shared-first: a speech verb right after "and" takes the subject of its sentence's first verb
 * before anything the leftward walk would find in that verb's object (speech.coordinated.shared-subject, tried first).
 */
const SHARED_FIRST_RULE = "speech.and-said.shared-first";
registerRules([SHARED_FIRST_RULE]);

/**
 * Rule speaker.inverted-named-first: a speech verb that inverts (not a participle), right after a comma and followed
 * by a title and a name ("Morocco is a key partner for Spain, stressed the Spanish Minister of Foreign Affairs …
 * José Manuel Albares"), has that person as its subject; the words left of the comma are what was said.
 */
const INVERTED_NAMED_RULE = "speaker.inverted-named-first";
registerRules([INVERTED_NAMED_RULE]);
/** Verbs that invert with their subject ("…, stressed the minister"); not "told" or "urged", whose object is a person. */
const INVERTED_VERBS = new Set([
  "say",
  "add",
  "stress",
  "note",
  "state",
  "emphasise",
  "underline",
  "insist",
  "assert",
  "explain",
  "remark",
  "declare",
  "reiterate",
  "write",
]);

function reportedSpeaker(scan: StatementScan, cue: Cue, sentence: Sentence): Speaker | null {
  if (cue.lemma === "according") return subjectRight(scan, cue);
  // "X announced sanctions against people connected with the Iranian government and said …": right after "and", the
  // speech verb shares the sentence's first verb's subject; walking left from it would stop in the first verb's object.
  const shared = sharedSubject(scan, cue, sentence);
  if (shared && ruleEnabled(SHARED_FIRST_RULE)) {
    noteFired(SHARED_FIRST_RULE);
    return shared;
  }
  const inverted = isInvertedCue(scan, cue);
  const afterComma =
    scan.tokens[cue.token - 1]?.text === "," && !/ing$/.test(scan.tokens[cue.token]!.lower) && INVERTED_VERBS.has(cue.lemma);
  const named = inverted && afterComma && ruleEnabled(INVERTED_NAMED_RULE) ? namedAfterCue(scan, cue, true) : null;
  if (named) {
    noteFired(INVERTED_NAMED_RULE);
    return named;
  }
  return subjectLeft(scan, cue, sentence.tokenStart) ?? (inverted ? subjectRight(scan, cue) : null) ?? shared;
}

/**
 * Rule speech.coordinated.shared-subject: a speech verb joined by "and" to an earlier verb of its sentence
 * ('The spokesperson said, "…," and warned that …', "He described the move as …, and called such a move …") has
 * that verb's subject, which the walk leftwards from the cue cannot reach across the first verb's clause (guide §1:
 * each reporting predicate is its own statement). The first verb is the sentence's first verb outside quotes; its
 * subject is found as a cue's would be.
 */
const SHARED_SUBJECT_RULE = "speech.coordinated.shared-subject";
registerRules([SHARED_SUBJECT_RULE]);

function sharedSubject(scan: StatementScan, cue: Cue, sentence: Sentence): Speaker | null {
  const { tokens, quoteIndex } = scan;
  let k = cue.token - 1;
  while (k > sentence.tokenStart && CUE_ADVERBS.test(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower !== "and" || !ruleEnabled(SHARED_SUBJECT_RULE)) return null;
  for (let j = sentence.tokenStart + 1; j < k; j++) {
    const t = tokens[j]!;
    if (t.pos !== "VERB" || /ing$/.test(t.lower) || quoteIndex.insideAny(t.start)) continue;
    const speaker = subjectLeft(scan, { token: j, lemma: cue.lemma, after: j + 1 }, sentence.tokenStart);
    if (!speaker) return null;
    noteFired(SHARED_SUBJECT_RULE);
    const attribution = { start: tokens[k]!.start, end: tokens[cue.after - 1]!.end };
    return { ...speaker, attribution, cue: cue.lemma, confidence: Math.min(speaker.confidence, 0.7) };
  }
  return null;
}

/** The statement for one cue: the sentence minus overlapping direct quotes and minus the attribution words. */
function reportedStatement(
  scan: StatementScan,
  cue: Cue,
  speaker: Speaker,
  span: Span,
  overlapping: RawStatement[],
  sentenceIndex: number,
): RawStatement | null {
  const { text, tokens, quoteIndex } = scan;
  let start = span.start;
  let end = span.end;
  for (const st of overlapping) {
    if (st.end <= tokens[cue.token]!.start) start = Math.max(start, skipSpaceAndPunct(text, st.end, end));
    else if (st.start >= tokens[cue.token]!.end) end = Math.min(end, st.start);
  }
  if (end - start < 10) return null;
  const partial = quoteIndex.anyWithin(start, end + 1);
  const attribution = speaker.attribution;
  const content: Span[] = [];
  if (attribution) {
    if (attribution.start > start) content.push({ start, end: attribution.start });
    if (attribution.end < end) content.push({ start: attribution.end, end });
  } else content.push({ start, end });
  return {
    kind: partial ? StatementKind.PARTIAL_QUOTE : StatementKind.REPORTED_SPEECH,
    start,
    end: trimEnd(text, start, end),
    sentenceIndex,
    content,
    speaker,
    cue: cue.lemma,
    confidence: Math.min(speaker.confidence, WEAK_SPEECH.has(cue.lemma) ? 0.6 : 0.85),
  };
}

/**
 * Rule speech.coordinated.saying-other: after an act other than plain saying, "…, saying …" whose clause opens with
 * another state or its people, ships or acts ("denied anyone was hurt, saying the Philippine ship had intruded",
 * "urged members to be cautious, saying U.S. products can no longer be trusted") makes a second act about that party
 * (guide §1: a counter-accusation after a denial, a criticism after an appeal). With the speaker's own state or no
 * state ("rejected the claim, saying it was baseless") it gives the grounds of the first act: one statement.
 */
const COORDINATED_SAYING = "speech.coordinated.saying-other";
registerRules([COORDINATED_SAYING]);
const PLAIN_SAY = /^(?:say|tell|add|note|state|write|explain|announce|stress|emphasise|underline|reiterate)$/;

function otherPartySaying(scan: StatementScan, cue: Cue, first: Speaker): boolean {
  const { tokens, stateAtToken } = scan;
  if (tokens[cue.token]!.lower !== "saying" || PLAIN_SAY.test(first.cue ?? "say") || !ruleEnabled(COORDINATED_SAYING))
    return false;
  let k = cue.after;
  if (/^(?:that|the)$/.test(tokens[k]?.lower ?? "")) k++;
  if (tokens[k]?.lower === "the") k++;
  const m = stateAtToken[k];
  return m !== null && m !== undefined && m.code !== first.stateCode;
}

/** Adverbs between a coordinator and its speech verb ("and also warned", "and strongly condemned"). */
const CUE_ADVERBS =
  /^(?:also|further|then|later|again|repeatedly|strongly|clearly|firmly|reportedly|separately|publicly|explicitly|even|once|immediately)$/;
/** Conjunctions that open a clause with its own subject and speech verb ("as Washington urged", "while Seoul warned"). */
const CLAUSE_OPENERS = /^(?:and|but|as|while|whereas)$/;
/**
 * Rule speech.coordinated.subordinate: a clause opened by "after" with a speaker of its own ("…, a day after X said
 * …") is a second statement, with the clause's subject as its speaker.
 */
const COORDINATED_SUBORDINATE = "speech.coordinated.subordinate";
const SUBORDINATE_OPENERS = /^(?:after)$/;
const COORDINATED_SAME_SUBJECT = "speech.coordinated.same-subject";
const COORDINATED_OWN_SUBJECT = "speech.coordinated.own-subject";
/**
 * Rule speech.coordinated.adding: "…, adding that …" and "…, warning that …" after a comma add a second speech act
 * of the same speaker (a new point or a warning), not the content of the first verb, as "…, saying …" is; also
 * after a direct quote (`"…," she said, adding that …`, in direct-quotes.ts).
 */
export const COORDINATED_PARTICIPLE = "speech.coordinated.adding";
export const ADDED_ACTS = /^(?:adding|warning)$/;
/**
 * Rule speech.coordinated.participle-act: any other speech act as a participle after a comma ("condemned the strike,
 * urging Russia to stop …", "welcomed the sanctions, reaffirming Poland's support …", "…, calling on X to …") is a
 * second statement of the same speaker (labelling guide §1), with its own act; "calling" only as "calling on/for",
 * "pointing" only as "pointing out".
 */
const PARTICIPLE_ACT_RULE = "speech.coordinated.participle-act";
registerRules([PARTICIPLE_ACT_RULE]);
export const PARTICIPLE_ACT_WORDS =
  "urging|calling|stressing|emphasi[sz]ing|noting|insisting|reiterating|reaffirming|welcoming|praising|commending|accusing|condemning|denouncing|critici[sz]ing|demanding|expressing|rejecting|denying|vowing|pledging|threatening|pointing|underscoring|highlighting|asserting";
const PARTICIPLE_ACTS = new RegExp(`^(?:${PARTICIPLE_ACT_WORDS})$`);

/** Whether `word` (lower-case) followed by `next` is such a participle act. */
export function isParticipleAct(word: string, next: string): boolean {
  if (!PARTICIPLE_ACTS.test(word) || !ruleEnabled(PARTICIPLE_ACT_RULE)) return false;
  if (word === "pointing") return next === "out";
  return word !== "calling" || /^(?:on|for|upon)$/.test(next);
}

function participleAct(scan: StatementScan, cue: Cue): boolean {
  return isParticipleAct(scan.tokens[cue.token]!.lower, scan.tokens[cue.token + 1]?.lower ?? "");
}

/** Notes that a participle act became a statement of its own (for the rule coverage report). */
export function noteParticipleAct(): void {
  noteFired(PARTICIPLE_ACT_RULE);
}

/**
 * Rule speech.coordinated.while: "…, while stressing / noting that …" adds a second act of the same speaker
 * (guide §1), not the content of the first verb.
 */
const COORDINATED_WHILE = "speech.coordinated.while";
registerRules([COORDINATED_WHILE]);
registerRules([COORDINATED_SAME_SUBJECT, COORDINATED_OWN_SUBJECT, COORDINATED_PARTICIPLE, COORDINATED_SUBORDINATE]);

/**
 * A second speech act in the sentence: "… and warned that …" (the same subject) or "… as Washington urged …" (its
 * own subject). Returns its speaker and the token where its clause starts, or null.
 */
function coordinatedAct(scan: StatementScan, cue: Cue, first: Speaker): { speaker: Speaker; from: number } | null {
  const { tokens } = scan;
  const s = tokens[cue.token]!.sentenceIndex;
  let k = cue.token - 1;
  while (k > 0 && CUE_ADVERBS.test(tokens[k]!.lower)) k--;
  const t = tokens[k];
  if (!t || t.sentenceIndex !== s) return null;
  const attribution = (from: number): Span => ({ start: tokens[from]!.start, end: tokens[cue.after - 1]!.end });
  // A partial quote may close after the comma: '… "a police force we can rely on," adding that …'.
  const afterComma = k === cue.token - 1 && (t.text === "," || (QUOTE_CHARS.has(t.text) && tokens[k - 1]?.text === ","));
  if (afterComma && ADDED_ACTS.test(tokens[cue.token]!.lower)) {
    if (!ruleEnabled(COORDINATED_PARTICIPLE)) return null;
    noteFired(COORDINATED_PARTICIPLE);
    return { speaker: { ...first, attribution: attribution(cue.token), cue: cue.lemma }, from: cue.token };
  }
  if (afterComma && participleAct(scan, cue)) {
    noteFired(PARTICIPLE_ACT_RULE);
    return { speaker: { ...first, attribution: attribution(cue.token), cue: cue.lemma }, from: cue.token };
  }
  if (afterComma && otherPartySaying(scan, cue, first)) {
    noteFired(COORDINATED_SAYING);
    return { speaker: { ...first, attribution: attribution(cue.token), cue: cue.lemma }, from: cue.token };
  }
  // "…, while stressing that …": the same speaker's second act.
  if (/^(?:while|whereas)$/.test(t.lower) && /ing$/.test(tokens[cue.token]!.lower) && ruleEnabled(COORDINATED_WHILE)) {
    noteFired(COORDINATED_WHILE);
    return { speaker: { ...first, attribution: attribution(k), cue: cue.lemma }, from: k };
  }
  // "…, condemning and calling for an end to …": two participles sharing one object are one act, split off once.
  if (t.lower === "and" && PARTICIPLE_ACTS.test(tokens[k - 1]?.lower ?? "") && ruleEnabled(PARTICIPLE_ACT_RULE)) return null;
  if ((t.lower === "and" || t.lower === "but") && ruleEnabled(COORDINATED_SAME_SUBJECT)) {
    return { speaker: { ...first, attribution: attribution(k), cue: cue.lemma }, from: k };
  }
  if (!ruleEnabled(COORDINATED_OWN_SUBJECT)) return null;
  for (let j = k; j >= Math.max(0, cue.token - 7); j--) {
    const w = tokens[j]!;
    if (w.sentenceIndex !== s || QUOTE_CHARS.has(w.text) || w.text === ",") return null;
    // "…, X, who described …": a relative clause right before the verb has the pronoun's antecedent as its subject.
    if (j === cue.token - 1 && relativePronounBefore(scan, cue)) {
      const speaker = subjectLeft(scan, cue, scan.sentences[s]!.tokenStart);
      return speaker ? { speaker, from: j } : null;
    }
    const subordinate = SUBORDINATE_OPENERS.test(w.lower) && ruleEnabled(COORDINATED_SUBORDINATE);
    if (!CLAUSE_OPENERS.test(w.lower) && !subordinate) continue;
    // "and"/"but" open a clause of their own only after a comma ("…, and Seoul warned"); without one they join
    // subjects ("a test that Sweden and Finland criticised").
    if (/^(?:and|but)$/.test(w.lower) && tokens[j - 1]?.text !== ",") return null;
    const speaker = subjectLeft(scan, cue, j + 1);
    if (!speaker) return null;
    if (subordinate) noteFired(COORDINATED_SUBORDINATE);
    return { speaker, from: j };
  }
  return null;
}

/**
 * Splits the statement made from the sentence's first cue at each later coordinated speech act, which becomes a
 * statement of its own (its type follows its own verb).
 */
function splitCoordinated(
  scan: StatementScan,
  first: RawStatement,
  firstCue: Cue,
  cues: Cue[],
  sentence: Sentence,
): RawStatement[] {
  const { tokens, text } = scan;
  const out: RawStatement[] = [];
  let current = first;
  for (const cue of cues) {
    if (cue.token <= firstCue.token || tokens[cue.token]!.start >= current.end) continue;
    if (!cueIntroducesSpeech(scan, cue, sentence)) continue;
    const act = coordinatedAct(scan, cue, current.speaker);
    if (!act) continue;
    const start = tokens[act.from]!.start;
    if (start <= current.start + 10) continue;
    const end = current.end;
    clipStatement(text, current, start);
    const contentStart = act.speaker.attribution?.end ?? tokens[cue.after - 1]!.end;
    if (end - contentStart < 10) continue;
    current = {
      kind: scan.quoteIndex.anyWithin(contentStart, end + 1) ? StatementKind.PARTIAL_QUOTE : StatementKind.REPORTED_SPEECH,
      start,
      end,
      sentenceIndex: sentence.index,
      content: [{ start: contentStart, end }],
      speaker: act.speaker,
      cue: cue.lemma,
      confidence: Math.min(act.speaker.confidence, 0.75),
    };
    out.push(current);
  }
  return out;
}

/** Ends the statement (and its content) before `at`, without the trailing ", and". */
function clipStatement(text: string, st: RawStatement, at: number): void {
  let end = at;
  while (end > st.start && /[\s,;]/.test(text[end - 1]!)) end--;
  st.end = end;
  st.content = st.content.filter((c) => c.start < end).map((c) => ({ start: c.start, end: Math.min(c.end, end) }));
  st.kind = scanQuoteKind(text, st);
}

function scanQuoteKind(text: string, st: RawStatement): StatementKind {
  if (st.kind === StatementKind.DIRECT_QUOTE) return st.kind;
  const slice = text.slice(st.start, st.end);
  return /["“”]/.test(slice) ? StatementKind.PARTIAL_QUOTE : StatementKind.REPORTED_SPEECH;
}

/**
 * Rule statements.occasion: a sentence whose subject "made the remarks" ("Qin made the remarks in a meeting with …,
 * according to …", "She made the comments during a visit to …") tells where and when words already reported were
 * spoken; its cues ("according to", a relative clause's "condemned") attribute no new statement.
 */
const OCCASION_RULE = "statements.occasion";
registerRules([OCCASION_RULE]);
const OCCASION = /^[^,;:"“”]{0,60}?\b(?:made|delivered|gave)\s+(?:the|these|those|his|her|their|its)\s+(?:remarks?|comments?)\b/;

function reportsOccasion(text: string, span: Span): boolean {
  if (!ruleEnabled(OCCASION_RULE) || !OCCASION.test(text.slice(span.start, Math.min(span.end, span.start + 120)))) return false;
  noteFired(OCCASION_RULE);
  return true;
}

/**
 * Rule speech.closing-attribution: a sentence that ends in ", <person> said." / ", he added on Thursday." reports
 * that person's words: its earlier verbs ("China welcomes and applauds …, Qin added.") belong to the words, so the
 * closing attribution is read first, unless a person is the subject of the first verb ("X has called on …, his
 * spokesman said": X's own act). A definite body closes the same way ("Ethiopia's move threatens …, the statement
 * said.").
 */
const CLOSING_ATTRIBUTION_RULE = "speech.closing-attribution";
registerRules([CLOSING_ATTRIBUTION_RULE]);
const CLOSING_TAIL = /^(?:on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later)$/;

/**
 * ", the statement said." / ", the foreign ministry added.": a definite body closing the sentence, as a person does.
 * Returns the token before "the", or false.
 */
function closingBody(scan: StatementScan, head: number, start: number): number | false {
  const { tokens } = scan;
  if (!ORG_HEADS.has(tokens[head]?.lower ?? "") || !/^\p{Ll}/u.test(tokens[head]!.text)) return false;
  let b = head - 1;
  while (
    b > start &&
    /^\p{Ll}/u.test(tokens[b]!.text) &&
    (ROLE_WORDS.has(tokens[b]!.lower) || PORTFOLIO_WORDS.has(tokens[b]!.lower)) &&
    tokens[b]!.lower !== "the"
  )
    b--;
  return tokens[b]?.lower === "the" ? b - 1 : false;
}

function closingAttribution(scan: StatementScan, cues: Cue[], sentence: Sentence): Cue | null {
  const { tokens, personAtToken, stateAtToken } = scan;
  const cue = cues[cues.length - 1];
  if (!cue || cues.length < 2 || !ruleEnabled(CLOSING_ATTRIBUTION_RULE)) return null;
  let k = cue.after;
  while (k < sentence.tokenEnd && CLOSING_TAIL.test(tokens[k]!.lower)) k++;
  if (k < sentence.tokenEnd && !(/^[.!?]$/.test(tokens[k]!.text) && k === sentence.tokenEnd - 1)) return null;
  let b = cue.token - 1;
  const pronoun = /^(?:he|she)$/.test(tokens[b]?.lower ?? "");
  const body = !pronoun && !personAtToken[b] && closingBody(scan, b, sentence.tokenStart);
  if (!pronoun && !personAtToken[b] && body === false) return null;
  if (pronoun) b--;
  else if (body !== false) b = body;
  else while (b > sentence.tokenStart && (personAtToken[b] || stateAtToken[b] || ROLE_WORDS.has(tokens[b]!.lower))) b--;
  if (tokens[b]?.text !== "," || b <= sentence.tokenStart) return null;
  // "UN chief X has called on …, his spokesman Y said": a named person's own act stays theirs.
  for (let j = sentence.tokenStart; j < cues[0]!.token; j++) if (personAtToken[j]) return null;
  noteFired(CLOSING_ATTRIBUTION_RULE);
  return cue;
}

/**
 * Reported speech, one sentence at a time in text order, interleaved with the direct quotes (statements.ts): the
 * quotes that open before a sentence's end are added first, so that the sentence skips what they cover and its
 * cues see the speakers before it.
 */
export class ReportedSpeech {
  private readonly statements = new OverlapSweep();
  private readonly quoteSpans = new DirectQuoteSpans();

  constructor(private readonly scan: StatementScan) {}

  get added(): RawStatement[] {
    return this.statements.added;
  }

  /** Direct-quote statements found since the last call (in the order of their quotes). */
  addDirect(direct: readonly RawStatement[]): void {
    for (const st of direct) {
      this.statements.addDirect(st);
      this.quoteSpans.add(st);
    }
  }

  /** The reported statements of one sentence (sentences must come in text order). */
  visit(sentence: Sentence): void {
    const { scan, statements } = this;
    const { text, cuesBySentence, consumedCues } = scan;
    const cues = (cuesBySentence[sentence.index] ?? []).filter((c) => !consumedCues.has(c.token));
    if (cues.length === 0) return;
    // Skip sentences that are (mostly) a direct quote already.
    const span = { start: sentenceContentStart(text, sentence.start, sentence.end), end: sentence.end };
    if (this.quoteSpans.cover(span) || reportsOccasion(text, span)) return;
    const overlapping = statements.overlapping(span);
    const closing = closingAttribution(scan, cues, sentence);
    for (const cue of closing ? [closing, ...cues.filter((c) => c !== closing)] : cues) {
      if (cue !== closing && !cueIntroducesSpeech(scan, cue, sentence)) continue;
      const speaker = reportedSpeaker(scan, cue, sentence);
      if (!speaker) continue;
      const statement = reportedStatement(scan, cue, speaker, span, overlapping, sentence.index);
      if (!statement) continue;
      statements.add(statement);
      rememberSpeaker(scan, speaker, sentence.index);
      for (const extra of splitCoordinated(scan, statement, cue, cues, sentence)) {
        statements.add(extra);
        rememberSpeaker(scan, extra.speaker, sentence.index);
      }
      break;
    }
  }
}

/**
 * Whether a direct quote statement covers (up to two characters each side) a sentence's span. The quotes sorted by
 * start with the largest end of each prefix: a binary search per sentence instead of a scan of every quote.
 */
class DirectQuoteSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly maxEnd: number[] = [];

  /** Adds a statement (only direct quotes count); quotes come in text order, so this is mostly an append. */
  add(st: RawStatement): void {
    if (st.kind !== StatementKind.DIRECT_QUOTE) return;
    let i = this.starts.length;
    while (i > 0 && this.starts[i - 1]! > st.start) i--;
    this.starts.splice(i, 0, st.start);
    this.ends.splice(i, 0, st.end);
    this.maxEnd.length = i;
    let max = i > 0 ? this.maxEnd[i - 1]! : -Infinity;
    for (let j = i; j < this.starts.length; j++) this.maxEnd.push((max = Math.max(max, this.ends[j]!)));
  }

  cover(span: Span): boolean {
    const lo = firstNotBefore(this.starts.length, (i) => this.starts[i]! <= span.start + 2);
    return lo > 0 && this.maxEnd[lo - 1]! >= span.end - 2;
  }
}

/**
 * The statements found so far (the direct ones as they are added, then the reported ones) that overlap each
 * sentence's span, in the order they were found. Sentences are visited in text order, so their spans only move
 * forward: a statement that ends before one span overlaps no later one and leaves the active list, and each lookup
 * looks at that list only.
 */
class OverlapSweep {
  readonly added: RawStatement[] = [];
  /** Direct statements not yet reached by a span, sorted by start. */
  private readonly waiting: { st: RawStatement; order: number }[] = [];
  private next = 0;
  private order = 0;
  private active: { st: RawStatement; order: number }[] = [];

  addDirect(st: RawStatement): void {
    let i = this.waiting.length;
    while (i > this.next && this.waiting[i - 1]!.st.start > st.start) i--;
    this.waiting.splice(i, 0, { st, order: this.order++ });
  }

  add(st: RawStatement): void {
    this.active.push({ st, order: this.order++ });
    this.added.push(st);
  }

  /** The statements overlapping `span`; spans must come in text order (start never decreasing). */
  overlapping(span: Span): RawStatement[] {
    while (this.next < this.waiting.length && this.waiting[this.next]!.st.start < span.end)
      this.active.push(this.waiting[this.next++]!);
    this.active = this.active.filter((e) => e.st.end > span.start);
    return this.active
      .filter((e) => e.st.start < span.end)
      .sort((a, b) => a.order - b.order)
      .map((e) => e.st);
  }
}

/** Skips a dateline ("SEOUL, June 3 (Reuters) -", datelines.ts) at the start of a sentence. */
export function sentenceContentStart(text: string, start: number, end: number): number {
  return start + (datelineAt(text.slice(start, Math.min(end, start + 80)))?.length ?? 0);
}

function skipSpaceAndPunct(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /[\s,;:]/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
