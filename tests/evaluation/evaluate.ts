// Evaluation of the extraction pipeline against the gold sets (see src/extraction/evaluation/corpus.ts for the sets).
// The implementation lives in src/extraction/evaluation/ so that the compiled CLI (dist/cli/eval-extraction.js) can
// use it too.
export { evaluateArticle, summarise, formatTable, belowFloors } from "../../src/extraction/evaluation/metrics.js";
export type { ArticleEvaluation, GoldArticle, GoldStatement, Metric } from "../../src/extraction/evaluation/metrics.js";
export { loadEvalSet, loadContext, hasEvalSet, isBlindSet, EVAL_SET_NAMES } from "../../src/extraction/evaluation/corpus.js";
export type { EvalSetName } from "../../src/extraction/evaluation/corpus.js";

import { loadContext, type EvalSetName } from "../../src/extraction/evaluation/corpus.js";
import { summarise, type Metric } from "../../src/extraction/evaluation/metrics.js";
import { evaluateSet, loadReal, loadSet, type LoadedSet } from "../../src/extraction/evaluation/runner.js";

/** Runs the pipeline over a whole gold set (the tuning set by default) and returns the micro-averaged figures. */
export function evaluateGoldSet(set: EvalSetName | "real" = "tuning"): Metric[] {
  const loaded: LoadedSet = set === "real" ? loadReal() : loadSet(set);
  return summarise(evaluateSet(loaded, loadContext()));
}
