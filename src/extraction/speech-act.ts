// Stage 6: the speech act of a statement (type) and the stance it implies (sentiment), from the rules or from the
// trained classifier, whichever stance-source.ts chooses per field.
import { stanceSources } from "./classifier/stance-source.js";
import { predictStance } from "./classifier/model.js";
import type { SentimentResult } from "./sentiment.js";
import { stanceSentiment } from "./stance.js";
import { classifyStatement, STATEMENT_TYPES, withGoldstein, type ClassifiedType } from "./statement-types.js";
import type { StatementKind } from "./types.js";

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
 * Hybrid type: a typed reporting predicate ("condemned", "called on") decides; otherwise the model reads the content
 * when it is reasonably sure. `evidence` is the id of the rule behind the rules' type.
 */
export function modelDecidesType(evidence: string | null, probability: number): boolean {
  return !REPORTING_ACT.test(evidence ?? "") && probability >= MIN_PROBABILITY.type;
}

/** Hybrid sentiment: the model when it is reasonably sure, the sign of the act otherwise. */
export function modelDecidesSentiment(probability: number): boolean {
  return probability >= MIN_PROBABILITY.sentiment;
}

export function decideStance(input: StanceInput): Stance {
  const sources = stanceSources();
  const rules = classifyStatement(input.cue, input.content, input.lexical.raw, input.cueText);
  const model = sources.type !== "rules" || sources.sentiment !== "rules" ? predictStance(input, rules) : null;
  const useModel =
    sources.type === "model" ||
    (sources.type === "hybrid" && model !== null && modelDecidesType(rules.evidence, model.typeProbability));
  const typeInfo =
    model && useModel && model.type !== rules.type
      ? { ...withGoldstein(STATEMENT_TYPES[model.type], input.content), evidence: "model" }
      : rules;
  const wordCount = input.content.split(/\s+/).length;
  const useModelSentiment =
    model !== null &&
    (sources.sentiment === "model" || (sources.sentiment === "hybrid" && modelDecidesSentiment(model.sentimentProbability)));
  const sentiment = model && useModelSentiment ? model.sentiment : stanceSentiment(typeInfo.type, input.lexical.raw, wordCount);
  return { typeInfo, sentiment };
}
