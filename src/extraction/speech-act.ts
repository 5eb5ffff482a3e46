// Stage 6: the speech act of a statement (type) and the stance it implies (sentiment), from the rules or from the
// trained classifier, whichever stance-source.ts chooses per field.
import { stanceSources } from "./classifier/stance-source.js";
import { predictStance, type ModelStance } from "./classifier/model.js";
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";
import type { SentimentResult } from "./sentiment.js";
import { actSign, labelSign, signAgrees, stanceSentiment } from "./stance.js";
import { classifyStatement, STATEMENT_TYPES, withGoldstein, type ClassifiedType } from "./statement-types.js";
import { NAMED_ACT_RULES, UNSIGNED_APPEAL_RULES } from "./rules/type-rules.js";
import { SentimentLabel, type StatementKind, type StatementType } from "./types.js";

export interface StanceInput {
  /** Lemma of the reporting verb, when there is one. */
  cue: string | null;
  /** The attribution and the words right after it (the reporting frame). */
  cueText: string;
  /** The speaker's own words (quote interiors or the reported clause), without a trailing reaction clause. */
  content: string;
  kind: StatementKind;
  /** Lexicon score of the content, names masked. */
  lexical: SentimentResult;
}

export interface Stance {
  typeInfo: ClassifiedType;
  sentiment: SentimentResult;
}

/** In hybrid mode the model decides only when at least this sure (below, its features say little: the rules decide). */
const MIN_PROBABILITY = { type: 0.5, sentiment: 0.5 };

/** Rule ids of the reporting predicate (cue verbs and frames). */
const REPORTING_ACT = /^(?:cue|frame)\./;
/**
 * Rule hybrid.named-act.rules-type: a content rule that names the act (rules/type-rules.ts NAMED_ACT_RULES) decides
 * the type like a typed reporting verb; the model reads only statements whose act no rule names.
 */
const NAMED_ACT_RULE = "hybrid.named-act.rules-type";

/** What the model reads in a statement: its type and sentiment, each with its probability. */
export interface ModelReading {
  type: StatementType;
  typeProbability: number;
  sentiment: SentimentLabel;
  sentimentProbability: number;
}

/**
 * Rule hybrid.contradiction.model-type: when the model is sure of a sentiment whose sign is the opposite of its own
 * type's act (a "praise" read as negative, a criticism read as positive), its two readings contradict each other and
 * its type is not trusted: the rules' act stands.
 */
const CONTRADICTION_RULE = "hybrid.contradiction.model-type";
/**
 * Rule hybrid.act-sign.model-sentiment: the sign follows the act (labelling guide §5, sign column): the model's
 * sentiment is kept only when it agrees with the sign of the statement's type (any sign for comments and appeals).
 */
const ACT_SIGN_RULE = "hybrid.act-sign.model-sentiment";
/**
 * Rule hybrid.plan.model-comments: "will hold talks", "would host the meeting", "will continue to seek" name a future
 * act, but a schedule or a plan is a comment (labelling guide: plans and intentions to talk are neutral), not a pledge
 * of cooperation. The rule that reads them (type.cooperate.will-plan) cannot tell the two apart by its verb alone;
 * when the model reads such a statement as a comment, its reading stands. Commitments ("will strengthen", "ready to
 * help": type.cooperate.will-cooperate) stay decided by the rule.
 */
const PLAN_RULE = "hybrid.plan.model-comments";
const FUTURE_PLAN = "type.cooperate.will-plan";
registerRules([CONTRADICTION_RULE, ACT_SIGN_RULE, NAMED_ACT_RULE, PLAN_RULE]);

/**
 * Hybrid type: a typed reporting predicate ("condemned", "called on") decides; otherwise the model reads the content
 * when it is reasonably sure and its readings do not contradict each other. `evidence` is the id of the rule behind
 * the rules' type.
 */
export function modelDecidesType(evidence: string | null, model: ModelReading): boolean {
  if (REPORTING_ACT.test(evidence ?? "") || model.typeProbability < MIN_PROBABILITY.type) return false;
  if (NAMED_ACT_RULES.has(evidence ?? "") && ruleEnabled(NAMED_ACT_RULE)) {
    if (!(evidence === FUTURE_PLAN && model.type === "COMMENTS" && ruleEnabled(PLAN_RULE))) {
      noteFired(NAMED_ACT_RULE);
      return false;
    }
    noteFired(PLAN_RULE);
  }
  const contradicts =
    model.sentimentProbability >= MIN_PROBABILITY.sentiment && actSign(model.type) * labelSign(model.sentiment) < 0;
  if (contradicts && ruleEnabled(CONTRADICTION_RULE)) {
    noteFired(CONTRADICTION_RULE);
    return false;
  }
  return true;
}

/** Hybrid sentiment: the model when it is reasonably sure and agrees with the act of `type`, the act's sign otherwise. */
export function modelDecidesSentiment(type: StatementType, model: ModelReading): boolean {
  if (model.sentimentProbability < MIN_PROBABILITY.sentiment) return false;
  if (signAgrees(type, model.sentiment) || !ruleEnabled(ACT_SIGN_RULE)) return true;
  noteFired(ACT_SIGN_RULE);
  return false;
}

function reading(model: ModelStance): ModelReading {
  return { ...model, sentiment: model.sentiment.label };
}

export function decideStance(input: StanceInput): Stance {
  const sources = stanceSources();
  const rules = classifyStatement(input.cue, input.content, input.lexical.raw, input.cueText);
  const model = sources.type !== "rules" || sources.sentiment !== "rules" ? predictStance(input, rules) : null;
  const useModel =
    sources.type === "model" || (sources.type === "hybrid" && model !== null && modelDecidesType(rules.evidence, reading(model)));
  const typeInfo =
    model && useModel && model.type !== rules.type
      ? { ...withGoldstein(STATEMENT_TYPES[model.type], input.content), evidence: "model" }
      : rules;
  const wordCount = input.content.split(/\s+/).length;
  const useModelSentiment =
    model !== null &&
    (sources.sentiment === "model" || (sources.sentiment === "hybrid" && modelDecidesSentiment(typeInfo.type, reading(model))));
  // Appeals to both sides, or about a process rather than to an actor (type-rules.ts UNSIGNED_APPEAL_RULES), take no
  // side: sign 0, whatever the model reads in what they ask for.
  const sentiment = UNSIGNED_APPEAL_RULES.has(typeInfo.evidence ?? "")
    ? { score: 0, label: SentimentLabel.NEUTRAL, raw: input.lexical.raw }
    : model && useModelSentiment
      ? model.sentiment
      : stanceSentiment(typeInfo.type, input.lexical.raw, wordCount);
  return { typeInfo, sentiment };
}
