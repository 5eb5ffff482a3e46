// Turns labelled training statements (training/statements/*.jsonl) into classifier examples with the pipeline's own
// features, and fits the type and sentiment models. Pure apart from the context passed in; the CLI does the I/O.
import { extractStanceInputs } from "../extract-article.js";
import { classifyStatement, TEN_CLASSES, type ClassifiedType } from "../statement-types.js";
import { scoreSentiment } from "../sentiment.js";
import type { StanceInput } from "../speech-act.js";
import type { ExtractionContext, StatementKind } from "../types.js";
import { stanceFeatures } from "./features.js";
import { train, type TrainingOptions } from "./logistic.js";
import type { StanceWeights } from "./model.js";

export interface TrainingStatement {
  id: string;
  /** A sentence or short passage in wire style. */
  text: string;
  /** 3 to 6 words verbatim from inside the statement. */
  cue: string;
  kind: StatementKind;
  type: string;
  sentiment: string;
}

export const TYPE_LABELS: string[] = [...TEN_CLASSES];
export const SENTIMENT_LABELS = ["NEGATIVE", "NEUTRAL", "POSITIVE"];
/**
 * Twenty runs averaged (seeds seed … seed + 19): a single SGD run's weights depend on the order it visits the statements
 * enough to move the development figures by one or two points per retrain; the average of twenty keeps what the runs
 * agree on. The seeds are fixed, so the same statements and pipeline always give the same weights.
 */
export const TRAINING_OPTIONS: TrainingOptions = { epochs: 30, learningRate: 0.2, l2: 0.0005, seed: 20261130, runs: 20 };

/**
 * The pipeline's stance input for a training statement: the statement it finds around the cue words, or, when it
 * finds none, the whole passage as content without a reporting verb (the model must cope with both).
 */
export function trainingInput(record: TrainingStatement, context: ExtractionContext): StanceInput {
  const article = { title: "", body: record.text, publishedAt: new Date("2026-01-01T00:00:00Z"), language: "en" };
  const at = record.text.indexOf(record.cue);
  const found = extractStanceInputs(article, context).find((s) => at >= s.start && at < s.end);
  if (found) return found.input;
  return { cue: null, cueText: "", content: record.text, kind: record.kind, lexical: scoreSentiment(record.text) };
}

/** Features seen in fewer training statements than this are dropped: they cannot generalise and bloat the weights. */
const MIN_FEATURE_COUNT = 3;

function dropRareFeatures<T extends { features: string[] }>(examples: T[]): T[] {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  return examples.map((e) => ({ ...e, features: e.features.filter((f) => counts.get(f)! >= MIN_FEATURE_COUNT) }));
}

/** A training statement as the classifier sees it: the pipeline's stance input, the rules' decision, the features. */
export interface TrainingExample {
  record: TrainingStatement;
  input: StanceInput;
  rules: ClassifiedType;
  features: string[];
  /** How many times training counts the example (real-news statements count more: real-news-examples.ts). */
  weight?: number;
}

export function trainingExamples(records: TrainingStatement[], context: ExtractionContext): TrainingExample[] {
  return records.map((record) => {
    const input = trainingInput(record, context);
    const rules = classifyStatement(input.cue, input.content, input.lexical.raw, input.cueText);
    return { record, input, rules, features: stanceFeatures(input, rules) };
  });
}

/** The type and sentiment models fitted on `examples` (rare features dropped first). */
export function fitModels(
  examples: TrainingExample[],
  options: TrainingOptions = TRAINING_OPTIONS,
): Pick<StanceWeights, "type" | "sentiment"> {
  // Repeated before rare features are counted: a real-news statement's words count as often as the statement does.
  const kept = dropRareFeatures(examples.flatMap((e) => Array.from({ length: e.weight ?? 1 }, () => e)));
  return {
    type: train(
      kept.map((e) => ({ features: e.features, label: e.record.type })),
      TYPE_LABELS,
      options,
    ),
    sentiment: train(
      kept.map((e) => ({ features: e.features, label: e.record.sentiment })),
      SENTIMENT_LABELS,
      options,
    ),
  };
}

/**
 * Real-news statements count this many times in training: they are closer to what the pipeline reads than the written
 * ones (whole-article cross-validation on the development set: 1, 2, 3 and 5 were tried, 2 and 3 within a point).
 * Twice since the whole development set (337 articles, about as many statements as the written files) is trained on:
 * three times gave the same held-out figures but pushed two floors of the old written DEV/TEST splits under
 * (training/README.md).
 */
export const REAL_NEWS_WEIGHT = 2;

export function fitStanceModels(
  records: TrainingStatement[],
  files: string[],
  context: ExtractionContext,
  realNews: TrainingExample[] = [],
): StanceWeights {
  const articles = new Set(realNews.map((e) => e.record.id)).size;
  return {
    trainedOn: {
      files,
      statements: records.length,
      ...(realNews.length > 0 && { realNews: { articles, statements: realNews.length, weight: REAL_NEWS_WEIGHT } }),
    },
    ...fitModels([...trainingExamples(records, context), ...realNews]),
  };
}
