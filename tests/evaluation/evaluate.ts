// Evaluation of the extraction pipeline against the gold sets (see harness/corpus.ts for the sets), for the tests.
// The implementation lives in harness/, shared with the CLI (eval-extraction.ts, npm run eval:extraction).
export { evaluateArticle, summarise, formatTable, belowFloors } from "./harness/metrics.js";
export type { ArticleEvaluation, GoldArticle, GoldStatement, Metric } from "./harness/metrics.js";
export { loadEvalSet, hasEvalSet, isBlindSet, EVAL_SET_NAMES } from "./harness/corpus.js";
export type { EvalSetName } from "./harness/corpus.js";
export { loadContext } from "../../src/extraction/context.js";

import { loadContext } from "../../src/extraction/context.js";
import type { EvalSetName } from "./harness/corpus.js";
import { summarise, type Metric } from "./harness/metrics.js";
import { evaluateSet, loadReal, loadSet, type LoadedSet } from "./harness/runner.js";

/** Runs the pipeline over a whole gold set (the tuning set by default) and returns the micro-averaged figures. */
export function evaluateGoldSet(set: EvalSetName | "real" = "tuning"): Metric[] {
  const loaded: LoadedSet = set === "real" ? loadReal() : loadSet(set);
  return summarise(evaluateSet(loaded, loadContext()));
}
