// Stage 5: sentiment per statement in [-1, 1]: AFINN-165 (from the `sentiment` package) plus our diplomatic lexicon,
// with entity names masked, negation scope (with verbs that absorb it: "not rule out"), intensifiers and hedges.
import { createRequire } from "node:module";
import { SentimentLabel } from "./types.js";
import type { Span } from "./types.js";

const require = createRequire(import.meta.url);
// The AFINN-165 table shipped by `sentiment`. We read it and never pass `extras` (which would mutate it for the process).
const AFINN = require("sentiment/languages/en/labels.json") as Record<string, number>;

/**
 * Diplomatic lexicon: overrides AFINN where diplomatic usage differs, and adds what AFINN does not know.
 * Scores use AFINN's -5..+5 scale.
 */
export const DIPLOMATIC_LEXICON: Record<string, number> = {
  // Neutral in diplomatic prose although AFINN scores them.
  united: 0,
  security: 0,
  secure: 0,
  support: 1,
  supports: 1,
  supported: 1,
  supporting: 1,
  like: 0,
  please: 0,
  pretty: 0,
  great: 1,
  well: 0,
  interest: 0,
  interests: 0,
  matter: 0,
  party: 0,
  parties: 0,
  order: 0,
  council: 0,
  kind: 0,
  true: 0,
  clear: 0,
  clearly: 0,
  fine: 0,
  free: 0,
  freedom: 1,
  demand: -1,
  demands: -1,
  demanded: -1,
  justice: 1,
  defend: 0,
  defense: 0,
  defence: 0,
  force: 0,
  forces: 0,
  military: 0,
  power: 0,
  powers: 0,
  strong: 0,
  strongly: 0,
  hard: 0,
  want: 0,
  wants: 0,
  no: 0,
  stop: -1,
  stopped: 0,
  resolute: 0,
  resolutely: 0,
  firm: 0,
  firmly: 0,
  sanctioned: -2,
  sanction: -2,
  sanctions: -2,
  embargo: -2,
  blacklisted: -2,
  tariffs: -1,
  tariff: -1,
  // Conflict and disapproval.
  concern: -2,
  concerns: -2,
  concerned: -2,
  concerning: -2,
  worried: -2,
  worry: -2,
  alarm: -2,
  alarmed: -2,
  alarming: -2,
  troubling: -2,
  troubled: -2,
  provocation: -3,
  provocations: -3,
  provocative: -3,
  provoke: -2,
  provoked: -2,
  destabilising: -3,
  destabilizing: -3,
  destabilise: -2,
  destabilize: -2,
  condemn: -3,
  condemns: -3,
  condemned: -3,
  condemnation: -3,
  deplore: -3,
  deplores: -3,
  deplored: -3,
  deplorable: -3,
  denounce: -3,
  denounced: -3,
  aggression: -3,
  aggressive: -2,
  hostile: -3,
  hostility: -3,
  illegal: -2,
  illegally: -2,
  unlawful: -2,
  violation: -2,
  violations: -2,
  violate: -2,
  violates: -2,
  violated: -2,
  violating: -2,
  breach: -2,
  breaches: -2,
  escalation: -2,
  escalate: -2,
  escalating: -2,
  escalatory: -2,
  tension: -1,
  tensions: -1,
  threat: -2,
  threats: -2,
  threaten: -2,
  threatens: -2,
  threatened: -2,
  threatening: -2,
  unacceptable: -3,
  reckless: -3,
  dangerous: -2,
  retaliation: -2,
  retaliate: -2,
  retaliatory: -2,
  countermeasures: -2,
  warn: -1,
  warns: -1,
  warned: -1,
  warning: -1,
  regret: -2,
  regrets: -2,
  regrettable: -2,
  baseless: -2,
  groundless: -2,
  slander: -3,
  smear: -2,
  interference: -2,
  meddling: -2,
  coercion: -2,
  coercive: -2,
  bullying: -3,
  invasion: -3,
  invade: -3,
  attack: -2,
  attacks: -2,
  attacked: -2,
  strike: -1,
  strikes: -1,
  killed: -3,
  killing: -3,
  deaths: -2,
  crisis: -2,
  sabotage: -3,
  espionage: -2,
  aggressor: -3,
  occupation: -2,
  annexation: -2,
  militarisation: -2,
  militarization: -2,
  hegemony: -2,
  hegemonic: -2,
  irresponsible: -2,
  unilateral: -1,
  unilaterally: -1,
  unjustified: -2,
  unjust: -2,
  unfounded: -2,
  accuse: -2,
  accused: -2,
  accuses: -2,
  blame: -2,
  blamed: -2,
  criticise: -2,
  criticised: -2,
  criticize: -2,
  criticized: -2,
  criticism: -2,
  protest: -2,
  protested: -2,
  obstruct: -2,
  obstruction: -2,
  deteriorating: -2,
  harassment: -2,
  harass: -2,
  intimidation: -2,
  intimidate: -2,
  dangerously: -2,
  risk: -1,
  risks: -1,
  humanitarian: 0,
  catastrophe: -3,
  catastrophic: -3,
  famine: -3,
  starvation: -3,
  atrocities: -3,
  genocide: -4,
  war: -1,
  wars: -1,
  conflict: -1,
  violence: -2,
  violent: -2,
  clashes: -1,
  fighting: -1,
  shelling: -2,
  bombing: -2,
  tighten: -1,
  tightening: -1,
  curb: -1,
  refrain: -1,
  halt: -1,
  militants: -1,
  unaccounted: -2,
  press: 0,
  fled: -1,
  dispute: -1,
  disputes: -1,
  disputed: -1,
  deficit: 0,
  cut: 0,
  cuts: 0,
  abandon: -2,
  abandoning: -2,
  abandoned: -2,
  withdraw: -1,
  suspension: -1,
  suspend: -1,
  suspended: -1,
  reject: -2,
  rejects: -2,
  rejected: -2,
  rejection: -2,
  deny: -1,
  denied: -1,
  denies: -1,
  oppose: -2,
  opposes: -2,
  opposed: -2,
  opposition: -1,
  irrational: -2,
  absurd: -2,
  farce: -2,
  lies: -2,
  hypocrisy: -3,
  hypocritical: -3,
  pressure: -1,
  pressured: -1,
  blackmail: -3,
  misuse: -2,
  misusing: -2,
  containment: -2,
  encirclement: -2,
  ability: 0,
  importance: 0,
  // Descriptive in military and legal reporting ("the missile was fired", "exclusive economic zone").
  fired: 0,
  falling: 0,
  exclusive: 0,
  piracy: -3,
  illegitimate: -2,
  serious: -1,
  // Cooperation and approval.
  cooperation: 2,
  cooperate: 2,
  cooperative: 2,
  "co-operation": 2,
  partnership: 2,
  partner: 1,
  partners: 1,
  deepen: 2,
  deepening: 2,
  deepened: 2,
  strengthen: 2,
  strengthening: 2,
  strengthened: 2,
  enhance: 2,
  enhanced: 1,
  expand: 1,
  expanding: 1,
  welcome: 2,
  welcomes: 2,
  welcomed: 2,
  welcoming: 2,
  praise: 3,
  praised: 3,
  praises: 3,
  hail: 2,
  hailed: 2,
  commend: 2,
  commended: 2,
  friendship: 2,
  friendly: 2,
  peace: 2,
  peaceful: 2,
  peacefully: 2,
  stability: 1,
  stable: 1,
  dialogue: 1,
  agreement: 1,
  agreements: 1,
  deal: 1,
  deals: 1,
  agreed: 1,
  agree: 1,
  constructive: 2,
  productive: 2,
  fruitful: 2,
  mutual: 1,
  "win-win": 2,
  trust: 1,
  solidarity: 2,
  ally: 1,
  allies: 1,
  alliance: 1,
  progress: 2,
  breakthrough: 2,
  historic: 1,
  milestone: 2,
  prosperity: 2,
  grateful: 2,
  gratitude: 2,
  appreciate: 2,
  appreciation: 2,
  thank: 2,
  thanks: 2,
  ceasefire: 1,
  truce: 1,
  relief: 1,
  aid: 1,
  assistance: 1,
  help: 1,
  reconciliation: 2,
  de_escalation: 2,
  "de-escalation": 2,
  deescalation: 2,
  restraint: 1,
  calm: 1,
  respect: 1,
  sovereignty: 0,
  integrity: 0,
  committed: 1,
  commitment: 1,
  ready: 1,
  willing: 1,
  hope: 1,
  hopes: 1,
  hoped: 1,
  success: 2,
  successful: 2,
  successfully: 2,
  benefit: 2,
  benefits: 2,
  beneficial: 2,
  positive: 2,
  improve: 2,
  improved: 2,
  improving: 2,
  boost: 1,
  bolster: 1,
  opportunity: 1,
  resolve: 1,
  resolved: 1,
  resolution: 0,
  settlement: 1,
  normalise: 1,
  normalize: 1,
  normalisation: 1,
  normalization: 1,
  guarantee: 1,
  guarantees: 1,
  protect: 1,
  protection: 1,
  safe: 1,
  safety: 1,
  humane: 1,
  dignified: 1,
  voluntary: 0,
  warmly: 2,
  warm: 1,
};

/** Multi-word expressions scored as one unit. `absorbs` marks expressions that take a preceding negation. */
const PHRASES: { words: string[]; score: number; absorbs?: boolean }[] = [
  { words: ["rule", "out"], score: 0, absorbs: true },
  { words: ["ruled", "out"], score: 0, absorbs: true },
  { words: ["ruling", "out"], score: 0, absorbs: true },
  { words: ["give", "up"], score: -1, absorbs: true },
  { words: ["giving", "up"], score: -1, absorbs: true },
  { words: ["back", "down"], score: -1, absorbs: true },
  { words: ["stepping", "back"], score: -1, absorbs: true },
  { words: ["step", "back"], score: -1, absorbs: true },
  { words: ["walk", "away"], score: -1, absorbs: true },
  { words: ["walking", "away"], score: -1, absorbs: true },
  { words: ["red", "line"], score: -2 },
  { words: ["play", "with", "fire"], score: -3 },
  { words: ["playing", "with", "fire"], score: -3 },
  { words: ["pay", "the", "price"], score: -3 },
  { words: ["pay", "a", "heavy", "price"], score: -3 },
  { words: ["work", "together"], score: 2 },
  // "the guns fell silent": the fighting stopped.
  { words: ["fall", "silent"], score: 2 },
  { words: ["falls", "silent"], score: 2 },
  { words: ["fell", "silent"], score: 2 },
  { words: ["fallen", "silent"], score: 2 },
  // Trust: "a partner we can rely on".
  { words: ["rely", "on"], score: 2 },
  { words: ["relied", "on"], score: 2 },
  { words: ["working", "together"], score: 2 },
  { words: ["step", "up"], score: 0 },
  { words: ["crack", "down"], score: -2 },
  { words: ["cross", "the", "line"], score: -2 },
  { words: ["go", "hand", "in", "hand"], score: 1 },
  { words: ["lip", "service"], score: -2 },
  { words: ["double", "standards"], score: -3 },
  { words: ["cold", "war"], score: -2 },
  { words: ["high", "alert"], score: -1 },
  { words: ["no", "choice"], score: -1 },
  { words: ["no", "place"], score: -1 },
  { words: ["good", "faith"], score: 2 },
  { words: ["common", "ground"], score: 2 },
  // An appraisal: "called the ruling a turning point".
  { words: ["turning", "point"], score: 2 },
  { words: ["human", "rights"], score: 0 },
  { words: ["security", "council"], score: 0 },
  { words: ["united", "nations"], score: 0 },
];

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

const LEXICON = new Map<string, number>();
for (const [word, score] of Object.entries(AFINN)) LEXICON.set(word, score);
for (const [word, score] of Object.entries(DIPLOMATIC_LEXICON)) LEXICON.set(word, score);
const PHRASE_INDEX = new Map<string, { words: string[]; score: number; absorbs?: boolean }[]>();
for (const phrase of PHRASES) {
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
        if (p.words.every((pw, k) => words[i + k] === pw)) {
          score = p.score;
          absorbs = p.absorbs === true;
          consumed = p.words.length - 1;
          break;
        }
      }
    }
    if (consumed === 0) {
      const lexical = LEXICON.get(w);
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
