// Cross-validation of the stance classifier on its training statements only (never a held-out set): folds are
// whole training files or whole real-news articles (each file is one writer's batch, so a fold holds passages no
// model of the other folds saw written alike), every fold is scored by models fitted on the others. It compares
// training options (regularisation, runs averaged, real-news weight) by what they do on unseen statements, and
// reports the rules, the model and the hybrid decision the pipeline makes (speech-act.ts) side by side, per group of
// examples (written statements, real-news statements).
import { tenClass } from "../statement-types.js";
import { stanceSentiment } from "../stance.js";
import { modelDecidesSentiment, modelDecidesType } from "../speech-act.js";
import type { SentimentLabel, StatementType } from "../types.js";
import { argmax, scores, type SoftmaxModel, type TrainingOptions } from "./logistic.js";
import { fitModels, type TrainingExample } from "./training.js";

export interface CrossValidation {
  folds: number;
  statements: number;
  /** Accuracy over the held-out statements of the group. */
  type: { rules: number; model: number; hybrid: number };
  sentiment: { rules: number; model: number; hybrid: number };
}

type Hits = {
  typeRules: number;
  typeModel: number;
  typeHybrid: number;
  sentRules: number;
  sentModel: number;
  sentHybrid: number;
  n: number;
};

const noHits = (): Hits => ({ typeRules: 0, typeModel: 0, typeHybrid: 0, sentRules: 0, sentModel: 0, sentHybrid: 0, n: 0 });

function summary(hits: Hits, folds: number): CrossValidation {
  const n = hits.n || 1;
  return {
    folds,
    statements: hits.n,
    type: { rules: hits.typeRules / n, model: hits.typeModel / n, hybrid: hits.typeHybrid / n },
    sentiment: { rules: hits.sentRules / n, model: hits.sentModel / n, hybrid: hits.sentHybrid / n },
  };
}

function predict(model: SoftmaxModel, features: string[]): { label: string; probability: number } {
  const p = scores(model, features);
  const best = argmax(p);
  return { label: model.labels[best]!, probability: p[best]! };
}

/**
 * `examples` with the file (or article) each came from; fold k holds the files at positions k, k + folds, … (files
 * sorted). The result has one entry per group that `group` puts the examples in.
 */
export function crossValidate(
  examples: (TrainingExample & { file: string })[],
  options: TrainingOptions,
  group: (example: TrainingExample & { file: string }) => string = () => "all",
  folds = 5,
): Map<string, CrossValidation> {
  const files = [...new Set(examples.map((e) => e.file))].sort();
  const fold = new Map(files.map((f, i) => [f, i % folds]));
  const groups = new Map<string, Hits>();
  for (let k = 0; k < folds; k++) {
    const models = fitModels(
      examples.filter((e) => fold.get(e.file) !== k),
      options,
    );
    for (const e of examples.filter((x) => fold.get(x.file) === k)) {
      const gold = e.record;
      const hits = groups.get(group(e)) ?? groups.set(group(e), noHits()).get(group(e))!;
      hits.n++;
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
  return new Map([...groups].map(([name, hits]) => [name, summary(hits, folds)]));
}
