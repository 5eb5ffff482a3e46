// Stage 6b: the statement's sentiment sign follows from its speech act toward the targets (labelling guide): critical,
// worried, warning, demanding, denying and accusing acts are negative; praising and cooperative acts positive. Only
// acts without a sign of their own (comments, appeals) take it from the evaluative words of the speaker's content
// (lexicon score with negation and contrast scope, names masked, topic words neutral).
import { squash, type SentimentResult } from "./sentiment.js";
import { registerRules, ruleEnabled } from "./rules/registry.js";
import { SentimentLabel, type StatementType } from "./types.js";

const SIGN_RULE = "stance.sign.from-act";
/** A comment or appeal needs clearly evaluative words to take a sign (most are neutral in every gold set). */
const EVALUATIVE_RULE = "stance.evaluative.threshold";
registerRules([SIGN_RULE, EVALUATIVE_RULE]);

const ACT_SIGN: Record<StatementType, -1 | 0 | 1> = {
  COMMENTS: 0,
  APPEALS: 0,
  EXPRESSES_CONCERN: -1,
  CRITICISES: -1,
  CONDEMNS: -1,
  WARNS: -1,
  THREATENS: -1,
  DEMANDS: -1,
  REJECTS: -1,
  DENIES: -1,
  ACCUSES: -1,
  INTENDS_TO_COOPERATE: 1,
  AGREES: 1,
  PRAISES: 1,
};

/**
 * Acts whose sign may also be neutral (labelling guide §5): a denial of a claim the target did not make, readiness to
 * talk rather than to cooperate.
 */
const MAY_BE_NEUTRAL = new Set<StatementType>(["DENIES", "REJECTS", "INTENDS_TO_COOPERATE", "AGREES"]);

/** The sign a statement of this type has by its act alone (0: comments and appeals take it from their words). */
export function actSign(type: StatementType): -1 | 0 | 1 {
  return ACT_SIGN[type];
}

export function labelSign(label: SentimentLabel): -1 | 0 | 1 {
  return label === SentimentLabel.NEGATIVE ? -1 : label === SentimentLabel.POSITIVE ? 1 : 0;
}

/** Whether a sentiment `label` fits a statement of type `type` by the guide's sign column. */
export function signAgrees(type: StatementType, label: SentimentLabel): boolean {
  const sign = ACT_SIGN[type];
  const own = labelSign(label);
  return sign === 0 || own === sign || (own === 0 && MAY_BE_NEUTRAL.has(type));
}

/**
 * Raw lexicon sum (AFINN scale) a comment or appeal needs to be negative or positive; a statement no rule types needs
 * the same to be read as criticism or praise (statement-types.ts act.lexical.fallback).
 */
export const EVALUATIVE_THRESHOLD = { negative: -3, positive: 4 } as const;

/**
 * The sentiment of a statement of type `type` whose content scored `lexicalRaw` over `wordCount` words.
 * The score keeps the lexical strength but always agrees in sign with the label.
 */
export function stanceSentiment(type: StatementType, lexicalRaw: number, wordCount: number): SentimentResult {
  const sign = ruleEnabled(SIGN_RULE) ? ACT_SIGN[type] : 0;
  const lexical = squash(lexicalRaw, wordCount);
  if (sign !== 0) {
    const strength = Math.max(0.3, Math.abs(lexical.score) * (Math.sign(lexical.score) === sign ? 1 : 0.5) + 0.3);
    const score = Math.round(sign * Math.min(1, strength) * 1000) / 1000;
    return { score, label: sign < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE, raw: lexicalRaw };
  }
  const { negative, positive } = ruleEnabled(EVALUATIVE_RULE) ? EVALUATIVE_THRESHOLD : { negative: -1, positive: 1 };
  const label =
    lexicalRaw <= negative ? SentimentLabel.NEGATIVE : lexicalRaw >= positive ? SentimentLabel.POSITIVE : SentimentLabel.NEUTRAL;
  const bound = label === SentimentLabel.NEUTRAL ? 0.2 : 1;
  const magnitude =
    label === SentimentLabel.NEUTRAL ? Math.min(bound, Math.abs(lexical.score)) : Math.max(0.3, Math.abs(lexical.score));
  const score = Math.round(Math.sign(lexicalRaw) * magnitude * 1000) / 1000;
  return { score, label, raw: lexicalRaw };
}
