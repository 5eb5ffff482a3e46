// Evaluation of the extraction pipeline against the gold set (tests/evaluation/gold). The implementation lives in
// src/extraction/evaluation/ so that the compiled CLI (dist/cli/eval-extraction.js) can use it too.
export { evaluateArticle, summarise, formatTable, belowFloors, FLOORS } from "../../src/extraction/evaluation/metrics.js";
export type { ArticleEvaluation, GoldArticle, GoldStatement, Metric } from "../../src/extraction/evaluation/metrics.js";
export { loadEvalSet, loadContext } from "../../src/extraction/evaluation/corpus.js";

import { extractArticle } from "../../src/extraction/extract-article.js";
import { loadContext, loadEvalSet } from "../../src/extraction/evaluation/corpus.js";
import { evaluateArticle, summarise, type Metric } from "../../src/extraction/evaluation/metrics.js";

/** Runs the pipeline over the whole gold set and returns the micro-averaged figures. */
export function evaluateGoldSet(): Metric[] {
  const context = loadContext();
  return summarise(loadEvalSet().map(({ article, gold }) => evaluateArticle(article.body, extractArticle(article, context), gold)));
}
