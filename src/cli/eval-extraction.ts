// Evaluates the extraction pipeline on the gold set: prints a table and exits non-zero when a figure is below its floor.
// Usage: node dist/cli/eval-extraction.js [--verbose]
import { extractArticle } from "../extraction/extract-article.js";
import { loadContext, loadEvalSet } from "../extraction/evaluation/corpus.js";
import { belowFloors, evaluateArticle, formatTable, summarise } from "../extraction/evaluation/metrics.js";

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const context = loadContext();
const set = loadEvalSet().filter((x) => !only || x.article.file.includes(only));
if (set.length === 0) {
  console.error("No gold files found in tests/evaluation/gold.");
  process.exit(2);
}
const evaluations = set.map(({ article, gold }) => evaluateArticle(article.body, extractArticle(article, context), gold));
if (verbose) {
  for (const e of evaluations) {
    if (e.errors.length === 0) continue;
    console.log(`\n== ${e.article}`);
    for (const err of e.errors) console.log(`  ${err}`);
  }
  console.log("");
}
const metrics = summarise(evaluations);
console.log(`Extraction quality on ${set.length} gold articles (${evaluations.reduce((n, e) => n + e.statements.tp + e.statements.fn, 0)} gold statements)\n`);
console.log(formatTable(metrics));
const below = belowFloors(metrics);
if (below.length > 0) {
  console.error(`\nBelow floor: ${below.map((m) => `${m.kind} ${m.value.toFixed(3)} < ${m.floor}`).join(", ")}`);
  process.exit(1);
}
