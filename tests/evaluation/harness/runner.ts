// Runs the pipeline over evaluation sets and collects per-article evaluations and totals.
import { extractArticle } from "../../../src/extraction/extract-article.js";
import type { ExtractionContext } from "../../../src/extraction/types.js";
import { isBlindSet, loadEvalSet, loadRealSet, realHoldoutDir, type EvalItem, type EvalSetName } from "./corpus.js";
import { evaluateArticle, METRIC_ORDER, summarise, type ArticleEvaluation, type Metric } from "./metrics.js";

export interface LoadedSet {
  /** Name shown in reports ("tuning", "dev", "real", "blind"...). */
  name: string;
  items: EvalItem[];
  /** Aggregate figures only: per-article errors are never printed. */
  blind: boolean;
  /** Labels skipped because their text is absent (real-news set). */
  missingTexts: number;
}

export function loadSet(name: EvalSetName): LoadedSet {
  return { name, items: loadEvalSet(name), blind: isBlindSet(name), missingTexts: 0 };
}

/** A real-news set: the development set by default; `held-out` sets print totals only. */
export function loadReal(folder?: string, options: { name?: string; blind?: boolean } = {}): LoadedSet {
  const { items, missingTexts } = loadRealSet(folder);
  return { name: options.name ?? "real", items, blind: options.blind ?? false, missingTexts };
}

/** The held-out real-news set (tests/evaluation/real-holdout by default): never tuned on, totals only. */
export function loadRealHoldout(folder: string = realHoldoutDir): LoadedSet {
  return loadReal(folder, { name: "real-holdout", blind: true });
}

export function evaluateSet(set: LoadedSet, context: ExtractionContext): ArticleEvaluation[] {
  return set.items.map(({ article, gold }) => evaluateArticle(article.body, extractArticle(article, context), gold));
}

export function measureSet(set: LoadedSet, context: ExtractionContext, floors: Record<string, number> = {}): Metric[] {
  return summarise(evaluateSet(set, context), floors);
}

/** The value of one figure in a table (NaN when absent). */
export function figure(metrics: Metric[], kind: string): number {
  return metrics.find((m) => m.kind === kind)?.value ?? Number.NaN;
}

/** Columns of comparison tables: the figures the project's targets are stated in. */
// The table's figures up to and including states (personState, topics and kind have no targets).
export const HEADLINE_KINDS = METRIC_ORDER.slice(0, METRIC_ORDER.indexOf("states") + 1);

/** One row per labelled run, one column per headline figure. */
export function formatComparison(
  rows: { label: string; metrics: Metric[] }[],
  kinds: readonly string[] = HEADLINE_KINDS,
): string {
  const width = Math.max(12, ...rows.map((r) => r.label.length));
  const head = `${"".padEnd(width)}  ${kinds.map((k) => k.slice(0, 10).padStart(10)).join(" ")}`;
  const lines = rows.map(
    (r) => `${r.label.padEnd(width)}  ${kinds.map((k) => figure(r.metrics, k).toFixed(3).padStart(10)).join(" ")}`,
  );
  return [head, ...lines].join("\n");
}
