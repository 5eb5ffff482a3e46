// Cross-validation of the stance classifier on its training statements only (never an evaluation set): folds are
// whole training files (each file is one writer's batch, so a fold holds passages no model of the other folds saw
// written alike), every fold is scored by models fitted on the others. It compares training options (regularisation,
// runs averaged) by what they do on unseen statements, and reports the rules, the model and the hybrid decision the
// pipeline makes (speech-act.ts) side by side.
import { tenClass } from "../statement-types.js";
import { stanceSentiment } from "../stance.js";
import { modelDecidesSentiment, modelDecidesType } from "../speech-act.js";
import type { SentimentLabel, StatementType } from "../types.js";
import { argmax, scores, type SoftmaxModel, type TrainingOptions } from "./logistic.js";
import { fitModels, type TrainingExample } from "./training.js";

export interface CrossValidation {
  folds: number;
  statements: number;
  /** Accuracy over all held-out statements. */
  type: { rules: number; model: number; hybrid: number };
  sentiment: { rules: number; model: number; hybrid: number };
}

function predict(model: SoftmaxModel, features: string[]): { label: string; probability: number } {
  const p = scores(model, features);
  const best = argmax(p);
  return { label: model.labels[best]!, probability: p[best]! };
}

/** `examples` with the file each came from; fold k holds the files at positions k, k + folds, … (files sorted). */
export function crossValidate(
  examples: (TrainingExample & { file: string })[],
  options: TrainingOptions,
  folds = 5,
): CrossValidation {
  const files = [...new Set(examples.map((e) => e.file))].sort();
  const fold = new Map(files.map((f, i) => [f, i % folds]));
  const hits = { typeRules: 0, typeModel: 0, typeHybrid: 0, sentRules: 0, sentModel: 0, sentHybrid: 0 };
  for (let k = 0; k < folds; k++) {
    const models = fitModels(
      examples.filter((e) => fold.get(e.file) !== k),
      options,
    );
    for (const e of examples.filter((x) => fold.get(x.file) === k)) {
      const gold = e.record;
      const words = e.input.content.split(/\s+/).length;
      const type = predict(models.type, e.features);
      const sentiment = predict(models.sentiment, e.features);
      const rulesType = tenClass(e.rules.type);
      const reading = {
        type: type.label as StatementType,
        typeProbability: type.probability,
        sentiment: sentiment.label as SentimentLabel,
        sentimentProbability: sentiment.probability,
      };
      const hybridType = modelDecidesType(e.rules.evidence, reading) ? reading.type : rulesType;
      const rulesSentiment = stanceSentiment(e.rules.type, e.input.lexical.raw, words).label;
      const hybridSentiment = modelDecidesSentiment(hybridType, reading)
        ? sentiment.label
        : stanceSentiment(hybridType, e.input.lexical.raw, words).label;
      hits.typeRules += Number(rulesType === gold.type);
      hits.typeModel += Number(type.label === gold.type);
      hits.typeHybrid += Number(hybridType === gold.type);
      hits.sentRules += Number(rulesSentiment === gold.sentiment);
      hits.sentModel += Number(sentiment.label === gold.sentiment);
      hits.sentHybrid += Number(hybridSentiment === gold.sentiment);
    }
  }
  const n = examples.length;
  return {
    folds,
    statements: n,
    type: { rules: hits.typeRules / n, model: hits.typeModel / n, hybrid: hits.typeHybrid / n },
    sentiment: { rules: hits.sentRules / n, model: hits.sentModel / n, hybrid: hits.sentHybrid / n },
  };
}
