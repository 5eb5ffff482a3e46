// Evaluation of the extraction pipeline against the gold sets (tests/evaluation/gold for tuning,
// tests/evaluation/gold-holdout held out, split into DEV and TEST articles: see corpus.ts). The implementation lives in src/extraction/evaluation/ so that the
// compiled CLI (dist/cli/eval-extraction.js) can use it too.
export { evaluateArticle, summarise, formatTable, belowFloors, FLOORS } from "../../src/extraction/evaluation/metrics.js";
export type { ArticleEvaluation, GoldArticle, GoldStatement, Metric } from "../../src/extraction/evaluation/metrics.js";
export {
  loadEvalSet,
  loadContext,
  hasEvalSet,
  isBlindSet,
  DEV_ARTICLES,
  TEST_ARTICLES,
  EVAL_SET_NAMES,
} from "../../src/extraction/evaluation/corpus.js";
export type { EvalSetName } from "../../src/extraction/evaluation/corpus.js";

import { extractArticle } from "../../src/extraction/extract-article.js";
import { loadContext, loadEvalSet, type EvalSetName } from "../../src/extraction/evaluation/corpus.js";
import { evaluateArticle, summarise, type Metric } from "../../src/extraction/evaluation/metrics.js";

/** Runs the pipeline over a whole gold set (the tuning set by default) and returns the micro-averaged figures. */
export function evaluateGoldSet(set: EvalSetName = "tuning"): Metric[] {
  const context = loadContext();
  return summarise(
    loadEvalSet(set).map(({ article, gold }) => evaluateArticle(article.body, extractArticle(article, context), gold)),
  );
}
