// Speech cues: a reporting verb (with its particle: "pointed out", "called for") or "according to", outside quotes,
// not negated ("has not commented") and not used as a noun ("his remarks", "a warning").
import type { SegmentedText, Token } from "../sentences.js";
import type { StateMention } from "../states.js";
import { SPEECH_VERBS, VERB_PARTICLES } from "../lexicon.js";
import { frameAt, mayStartFrame } from "./speech-frames.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

export interface Cue {
  token: number;
  lemma: string;
  /** Token index just after the cue (after its particle, e.g. "pointed out"). */
  after: number;
}

const NOUN_DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "these",
  "those",
  "this",
  "that",
  "'s",
  "’s",
  "such",
  "any",
  "no",
  "of",
  "repeated",
  "recent",
  "latest",
  "new",
  "renewed",
  "public",
]);

function negated(tokens: Token[], i: number): boolean {
  const before1 = tokens[i - 1]?.lower;
  return (
    before1 === "not" ||
    before1 === "never" ||
    before1 === "n't" ||
    (before1 !== undefined && /^(?:publicly|yet)$/.test(before1) && /^(?:not|never|n't)$/.test(tokens[i - 2]?.lower ?? ""))
  );
}

/**
 * Rule cue.intro-participle: a participle opening the sentence before a comma ("Welcoming the deal, X said …", "Asked
 * about the report, X said …") introduces the main clause, whose own speech verb reports the statement (and whose
 * subject speaks): it is not a cue itself.
 */
const INTRO_PARTICIPLE_RULE = "cue.intro-participle";
registerRules([INTRO_PARTICIPLE_RULE]);

function introParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (tokens[i - 1]?.sentenceIndex === t.sentenceIndex || !/(?:ing|^asked)$/.test(t.lower)) return false;
  let comma = false;
  for (let k = i + 1; k < tokens.length && k - i < 40 && tokens[k]!.sentenceIndex === t.sentenceIndex; k++) {
    const w = tokens[k]!;
    if (w.text === ",") comma = true;
    else if (comma && SPEECH_VERBS[w.lower] !== undefined && !/ing$/.test(w.lower) && ruleEnabled(INTRO_PARTICIPLE_RULE)) {
      noteFired(INTRO_PARTICIPLE_RULE);
      return true;
    }
  }
  return false;
}

/**
 * Rule cue.passive-claim: "islands also claimed by Beijing", "waters claimed by Manila": a territory claimed, not a
 * claim spoken by the subject.
 */
const PASSIVE_CLAIM_RULE = "cue.passive-claim";
registerRules([PASSIVE_CLAIM_RULE]);

function passiveClaim(tokens: Token[], i: number, lemma: string): boolean {
  if (lemma !== "claim" || tokens[i + 1]?.lower !== "by" || !ruleEnabled(PASSIVE_CLAIM_RULE)) return false;
  noteFired(PASSIVE_CLAIM_RULE);
  return true;
}

/**
 * Rule cue.ceremonial-welcome: "welcomed her Samoan counterpart to the capital with a special ceremony", "welcomed his
 * counterpart X with a guard of honour", "welcomed the Saudi guest at the airport": receiving a visitor is a
 * ceremony, not a speech act. The object is a guest (counterpart, guest, delegation, visitor), perhaps named, and a
 * place or manner follows it; "welcomed the decision", "welcomed X's visit" stay praise, and so does a titled person
 * welcomed to a country, which the guide's labels read as praise as often as not.
 */
const CEREMONIAL_WELCOME_RULE = "cue.ceremonial-welcome";
registerRules([CEREMONIAL_WELCOME_RULE]);
const GUEST_WORDS = /^(?:counterparts?|guests?|delegations?|visitors?)$/;
const PLACE_OR_MANNER = /^(?:to|at|with|upon|on|in|into|,|\.)$/;

function ceremonialWelcome(tokens: Token[], i: number, lemma: string): boolean {
  if (lemma !== "welcome") return false;
  let guest = false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const w = tokens[k]!;
    if (w.lower === "'s" || w.lower === "’s") return false;
    if (GUEST_WORDS.test(w.lower)) guest = true;
    else if (guest && PLACE_OR_MANNER.test(w.lower)) {
      if (!ruleEnabled(CEREMONIAL_WELCOME_RULE)) return false;
      noteFired(CEREMONIAL_WELCOME_RULE);
      return true;
    } else if (guest && !/^\p{Lu}/u.test(w.text)) return false;
    else if (!guest && k > i + 3 && !/^\p{Lu}/u.test(w.text)) return false;
  }
  return false;
}

/**
 * Rule cue.non-official-subject: "experts say", "analysts said", "residents told": people who speak for no state;
 * without this the subject walk crosses into the clause before and hands the verb to a state named there.
 */
const NON_OFFICIAL_RULE = "cue.non-official-subject";
registerRules([NON_OFFICIAL_RULE]);
const NON_OFFICIAL_SUBJECTS = new Set([
  "experts",
  "analysts",
  "observers",
  "critics",
  "residents",
  "witnesses",
  "scholars",
  "researchers",
  "commentators",
  "economists",
  "activists",
  "villagers",
  "campaigners",
  "traders",
]);

function nonOfficialSubject(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.sentenceIndex !== tokens[i]!.sentenceIndex || !NON_OFFICIAL_SUBJECTS.has(before.lower)) return false;
  if (!ruleEnabled(NON_OFFICIAL_RULE)) return false;
  noteFired(NON_OFFICIAL_RULE);
  return true;
}

/**
 * Rule cue.verb-before-that: a word in -s right before "that" and not after a determiner is a verb with its clause
 * ("the Tajik side … states that …", "the ministry insists that …"), whatever the tagger guessed ("states").
 */
const VERB_BEFORE_THAT_RULE = "cue.verb-before-that";
registerRules([VERB_BEFORE_THAT_RULE]);

function verbBeforeThat(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower !== "that" || !ruleEnabled(VERB_BEFORE_THAT_RULE)) return false;
  noteFired(VERB_BEFORE_THAT_RULE);
  return true;
}

/**
 * Rule cue.according-relative: "the solution according to which …" is a relative clause about a plan or a rule, not
 * a source: no cue.
 */
const ACCORDING_RELATIVE_RULE = "cue.according-relative";
registerRules([ACCORDING_RELATIVE_RULE]);

function accordingRelative(tokens: Token[], i: number): boolean {
  if (!/^(?:which|whom)$/.test(tokens[i + 2]?.lower ?? "") || !ruleEnabled(ACCORDING_RELATIVE_RULE)) return false;
  noteFired(ACCORDING_RELATIVE_RULE);
  return true;
}

/**
 * Rule cue.participle-forms: the -ing form of a listed speech verb is a cue with the verb's lemma even where the
 * list has only its finite forms ("…, acknowledging the increased engagement", "with X commending Fiji for …",
 * "…, suggesting that …"): guide §1 reads a participle clause as a speech act of its own. Not for verbs whose -ing
 * form is mostly narration ("reporting", "posting", "unveiling", "repeating") or that need another word to be speech.
 */
const PARTICIPLE_FORMS_RULE = "cue.participle-forms";
registerRules([PARTICIPLE_FORMS_RULE]);
const NO_PARTICIPLE_LEMMAS = new Set([
  "stated",
  "write",
  "announce_plan",
  "repeat",
  "quote",
  "commit",
  "offer",
  "agree",
  "predict",
]);

function participleLemma(lower: string): string | undefined {
  if (!lower.endsWith("ing") || lower.length < 7 || !ruleEnabled(PARTICIPLE_FORMS_RULE)) return undefined;
  const lemma = SPEECH_VERBS[`${lower.slice(0, -3)}ed`];
  return lemma !== undefined && !NO_PARTICIPLE_LEMMAS.has(lemma) ? lemma : undefined;
}

/**
 * A participle of speech opens a clause after a comma or a conjunction ("…, acknowledging …", "and describing …")
 * or after its subject's name ("with X commending …"); after a common noun it describes the noun ("a law declaring
 * it a state").
 */
function participleSlot(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  return /^(?:,|and|while|also|but|by|before|after|in)$/.test(prev.lower) || /^\p{Lu}/u.test(prev.text);
}

/** The cue at token `i`, or null. A token inside a state name ("United States") is never a cue. */
export function cueAt(tokens: Token[], text: string, i: number, stateAtToken: (StateMention | null)[]): Cue | null {
  const t = tokens[i]!;
  // A frame decides before the plain verb of the same form ("called in the envoy" is a summons, "called on" an appeal).
  const frame = frameAt(t.lower, text, t.end);
  const participle =
    SPEECH_VERBS[t.lower] === undefined && !frame && participleSlot(tokens, i) ? participleLemma(t.lower) : undefined;
  const lemma = frame?.lemma ?? SPEECH_VERBS[t.lower] ?? participle;
  if (lemma === undefined) {
    if (t.lower === "according" && tokens[i + 1]?.lower === "to" && !accordingRelative(tokens, i))
      return { token: i, lemma: "according", after: i + 2 };
    return null;
  }
  if (stateAtToken[i]) return null;
  if (negated(tokens, i) || introParticiple(tokens, i) || passiveClaim(tokens, i, lemma)) return null;
  if (ceremonialWelcome(tokens, i, lemma)) return null;
  if (nonOfficialSubject(tokens, i)) return null;
  // Nouns: "the claims", "his remarks", "calls for", "a warning" — not verbs.
  const prev = tokens[i - 1];
  if (prev && NOUN_DETERMINERS.has(prev.lower) && t.sentenceIndex === prev.sentenceIndex) return null;
  if (
    t.pos === "NOUN" &&
    /s$/.test(t.lower) &&
    !/^(?:says|tells|warns|adds|notes|stresses|points)$/.test(t.lower) &&
    !verbBeforeThat(tokens, i)
  )
    return null;
  if (frame) {
    // Recorded here, where the frame becomes a cue, so that --coverage counts the speech frames too.
    noteFired(frame.id);
    return { token: i, lemma, after: i + 1 + (frame.particleTokens ?? 0) };
  }
  const particle = VERB_PARTICLES[lemma];
  let after = i + 1;
  if (particle) {
    const rest = text.slice(t.end, t.end + 30);
    if (!particle.exec(rest)) return null;
    if (/^\s+(?:out|to|on|for|upon|as)\b/.test(rest)) after = i + 2;
  }
  if (participle) noteFired(PARTICIPLE_FORMS_RULE);
  return { token: i, lemma, after };
}

/** The cues of each sentence, outside quotes. */
export function collectCues(
  seg: SegmentedText,
  stateAtToken: (StateMention | null)[],
  insideQuote: (offset: number) => boolean,
): Cue[][] {
  const { tokens, text, sentences } = seg;
  const cuesBySentence: Cue[][] = sentences.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (SPEECH_VERBS[t.lower] === undefined && t.lower !== "according" && !mayStartFrame(t.lower) && !participleLemma(t.lower))
      continue;
    if (insideQuote(t.start)) continue;
    const cue = cueAt(tokens, text, i, stateAtToken);
    if (cue) cuesBySentence[t.sentenceIndex]!.push(cue);
  }
  return cuesBySentence;
}
