// Stage 5: sentiment per statement in [-1, 1]: AFINN-165 (from the `sentiment` package) plus our diplomatic lexicon,
// with entity names masked, negation scope (with verbs that absorb it: "not rule out"), intensifiers and hedges.
import { createRequire } from "node:module";
import { SentimentLabel } from "./types.js";
import type { Span } from "./types.js";
import { LEXICON_FAMILIES, PHRASE_RULES, type PhraseRule } from "./rules/lexicon-rules.js";
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";

const require = createRequire(import.meta.url);
// The AFINN-165 table shipped by `sentiment`. We read it and never pass `extras` (which would mutate it for the process).
const AFINN = new Map(Object.entries(require("sentiment/languages/en/labels.json") as Record<string, number>));

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "n't",
  "cannot",
  "without",
  "neither",
  "nor",
  "nothing",
  "none",
  "hardly",
  "refuse",
  "refused",
  "refuses",
  "refusing",
  "failed",
  "fail",
  "fails",
  "lack",
  "lacks",
  "lacking",
]);
/** Verbs whose meaning flips under negation and which end the negation's scope. */
const ABSORBERS = new Set([
  "abandon",
  "abandoning",
  "abandoned",
  "hesitate",
  "stop",
  "stopping",
  "cease",
  "tolerate",
  "allow",
  "accept",
  "exclude",
  "excluding",
  "waver",
  "abandons",
  "retreat",
]);
const INTENSIFIERS: Record<string, number> = {
  very: 1.5,
  deeply: 1.6,
  deep: 1.5,
  grave: 1.6,
  gravely: 1.6,
  serious: 1.4,
  seriously: 1.4,
  strongly: 1.5,
  strong: 1.3,
  extremely: 1.8,
  highly: 1.5,
  firmly: 1.3,
  utmost: 1.6,
  greatly: 1.5,
  profound: 1.5,
  profoundly: 1.5,
  resolutely: 1.4,
  categorically: 1.4,
  vehemently: 1.6,
  severely: 1.5,
  most: 1.3,
  totally: 1.4,
  completely: 1.4,
  absolutely: 1.5,
  particularly: 1.3,
  especially: 1.3,
  really: 1.3,
  so: 1.2,
  increasingly: 1.2,
  further: 1.1,
};
const HEDGES: Record<string, number> = {
  somewhat: 0.6,
  slightly: 0.5,
  may: 0.8,
  might: 0.7,
  could: 0.8,
  possibly: 0.6,
  perhaps: 0.6,
  partly: 0.6,
  relatively: 0.7,
  fairly: 0.7,
  rather: 0.8,
  little: 0.6,
};

/** Our lexicon rules by word (they override AFINN while their family is switched on). */
const OURS = new Map<string, { id: string; score: number }>();
for (const f of LEXICON_FAMILIES)
  for (const [word, score] of Object.entries(f.entries)) OURS.set(word, { id: `${f.family}.${word}`, score });
const AFINN_RULE = "lexicon.afinn.afinn-165";
registerRules([AFINN_RULE]);

function wordScore(word: string): number | undefined {
  const own = OURS.get(word);
  if (own && ruleEnabled(own.id)) {
    noteFired(own.id);
    return own.score;
  }
  return ruleEnabled(AFINN_RULE) ? AFINN.get(word) : undefined;
}

const PHRASE_INDEX = new Map<string, PhraseRule[]>();
for (const phrase of PHRASE_RULES) {
  const list = PHRASE_INDEX.get(phrase.words[0]!) ?? [];
  list.push(phrase);
  PHRASE_INDEX.set(phrase.words[0]!, list);
}

export interface SentimentResult {
  score: number;
  label: SentimentLabel;
  /** Raw weighted sum (AFINN scale), for debugging and tests. */
  raw: number;
}

const WORD = /[\p{L}][\p{L}'’-]*|[.,;:!?]/gu;

/**
 * Scores `text` (the statement's spoken content). `masks` are spans relative to `text` to ignore (names of
 * states, people, organisations). Capitalised words inside a sentence are masked too, so that names like
 * "United Nations Security Council" never count.
 */
export function scoreSentiment(text: string, masks: Span[] = [], prior = 0): SentimentResult {
  const words: string[] = [];
  let atSentenceStart = true;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const at = m.index!;
    if (w.length === 1 && /[.,;:!?]/.test(w)) {
      words.push(w);
      if (w !== ",") atSentenceStart = true;
      continue;
    }
    const masked = masks.some((s) => at >= s.start && at < s.end);
    const capitalised = /^\p{Lu}/u.test(w) && !atSentenceStart && w !== "I";
    atSentenceStart = false;
    if (masked || capitalised) {
      words.push("");
      continue;
    }
    let lower = w.toLowerCase().replace(/’/g, "'");
    if (lower.endsWith("n't")) {
      words.push(lower.slice(0, -3));
      lower = "n't";
    }
    words.push(lower);
  }
  return scoreWords(words, prior);
}

/** Maps a raw AFINN-scale sum to a score in [-1, 1] and a label. */
export function squash(sum: number, count: number, prior = 0): SentimentResult {
  const norm = count > 0 ? sum / Math.sqrt(Math.max(1, count / 12)) : sum;
  const score = Math.tanh((norm + prior) / 4);
  const label = score >= 0.25 ? SentimentLabel.POSITIVE : score <= -0.25 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
  return { score: Math.round(score * 1000) / 1000, label, raw: sum };
}

function scoreWords(words: string[], prior: number): SentimentResult {
  let sum = 0;
  let negation = 0; // remaining words in the negation scope
  let multiplier = 1;
  let multiplierLeft = 0;
  let count = 0;
  let negator = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === "") {
      continue;
    }
    if (w.length === 1 && /[.,;:!?]/.test(w)) {
      negation = 0;
      multiplierLeft = 0;
      continue;
    }
    count++;
    if (NEGATORS.has(w)) {
      negation = 4;
      negator = w;
      continue;
    }
    if (w === "but" || w === "however" || w === "yet" || w === "although") {
      // What follows a contrast carries the stance: "supported peace but questioned why".
      sum *= 0.5;
      continue;
    }
    const intens = INTENSIFIERS[w];
    const hedge = HEDGES[w];
    if (intens !== undefined || hedge !== undefined) {
      multiplier = intens ?? hedge ?? 1;
      multiplierLeft = 2;
      // "serious" / "strong" also carry their own (small) score in the lexicon; intensify only.
      if (negation > 0) negation--;
      continue;
    }
    let score = 0;
    let absorbs = false;
    const phrases = PHRASE_INDEX.get(w);
    let consumed = 0;
    if (phrases) {
      for (const p of phrases) {
        if (ruleEnabled(p.id) && p.words.every((pw, k) => words[i + k] === pw)) {
          noteFired(p.id);
          score = p.score;
          absorbs = p.absorbs === true;
          consumed = p.words.length - 1;
          break;
        }
      }
    }
    if (consumed === 0) {
      const lexical = wordScore(w);
      if (lexical !== undefined) score = lexical;
      if (ABSORBERS.has(w)) absorbs = true;
    }
    i += consumed;
    if (negation > 0 && (score !== 0 || absorbs)) {
      // Negated positive words are clearly negative; negated negative words are only mildly positive.
      // "no intention of abandoning" is positive; "no damage" is merely not negative.
      // "no damage" is merely not negative; "nothing to fear", "not dangerous" lean positive.
      score = score > 0 ? -score : absorbs && score < 0 ? Math.max(1.5, -score * 0.75) : negator === "no" ? 0 : -score * 0.75;
      negation = 0;
    } else if (negation > 0) {
      negation--;
    }
    if (multiplierLeft > 0) {
      score *= multiplier;
      multiplierLeft--;
      if (score !== 0) multiplierLeft = 0;
    }
    sum += score;
  }
  // Squash to [-1, 1]; a single moderately charged word (|2|) gives about ±0.46.
  const result = squash(sum, count, prior);
  return { ...result, raw: sum };
}
