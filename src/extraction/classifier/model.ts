// The trained stance classifier: weights.json (written by `npm run train:classifier`, committed) loaded once at start.
import weights from "./weights.json" with { type: "json" };
import type { SentimentResult } from "../sentiment.js";
import type { StanceInput } from "../speech-act.js";
import { tenClass, type ClassifiedType } from "../statement-types.js";
import { SentimentLabel, type StatementType } from "../types.js";
import { stanceFeatures } from "./features.js";
import { compileModels, predictAll, type SoftmaxModel } from "./logistic.js";

export interface StanceWeights {
  /** Training files and statements the weights were fitted on. */
  trainedOn: {
    files: string[];
    statements: number;
    /** Statements of the real-news development set trained on, and how many times each counted. */
    realNews?: { articles: number; statements: number; weight: number };
  };
  type: SoftmaxModel;
  sentiment: SoftmaxModel;
}

const MODEL = weights as StanceWeights;

type Prediction = { label: string; probability: number };
/** Both models compiled once at load: one Map lookup per feature serves both. */
const MODELS = compileModels([MODEL.type, MODEL.sentiment]);

export interface ModelStance {
  /** Ten-class type; the rules' finer type is kept when it folds to the same class. */
  type: StatementType;
  /** The model's probability for its type. */
  typeProbability: number;
  sentiment: SentimentResult;
  sentimentProbability: number;
}

export function predictStance(input: StanceInput, rules: ClassifiedType): ModelStance {
  const features = stanceFeatures(input, rules);
  const [t, s] = predictAll(MODELS, features) as [Prediction, Prediction];
  const predicted = t.label as StatementType;
  const type = tenClass(rules.type) === predicted ? rules.type : predicted;
  const label = s.label as SentimentLabel;
  const sign = label === SentimentLabel.NEGATIVE ? -1 : label === SentimentLabel.POSITIVE ? 1 : 0;
  // The score keeps the model's confidence in the sign (neutral statements stay inside the neutral band).
  const score = sign === 0 ? 0 : Math.round(sign * Math.max(0.3, s.probability) * 1000) / 1000;
  return {
    type,
    typeProbability: t.probability,
    sentiment: { score, label, raw: input.lexical.raw },
    sentimentProbability: s.probability,
  };
}
