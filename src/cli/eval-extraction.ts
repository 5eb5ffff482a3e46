// Evaluates the extraction pipeline on the gold sets: prints a table per set and exits non-zero when a figure of the
// tuning set (or of the set chosen with --set) is below its floor.
// Usage: node dist/cli/eval-extraction.js [--verbose|-v] [--only=eval-05] [--set=tuning|holdout|both]
//   tuning  (default floors) tests/evaluation/gold: the set the rules are developed against.
//   holdout tests/evaluation/gold-holdout: only ever measured, never tuned on. Reported after the tuning set by default
//           (--set=both, the default, when it exists); its figures do not decide the exit code unless --set=holdout.
import { extractArticle } from "../extraction/extract-article.js";
import { EVAL_SET_DIRS, hasEvalSet, loadContext, loadEvalSet, type EvalSetName } from "../extraction/evaluation/corpus.js";
import { belowFloors, evaluateArticle, formatTable, summarise, type Metric } from "../extraction/evaluation/metrics.js";

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const setArg = process.argv.find((a) => a.startsWith("--set="))?.slice(6) ?? "both";
if (!["tuning", "holdout", "both"].includes(setArg)) {
  console.error(`Unknown --set=${setArg} (tuning, holdout or both).`);
  process.exit(2);
}
const context = loadContext();

function run(name: EvalSetName): Metric[] | null {
  const set = loadEvalSet(name).filter((x) => !only || x.article.file.includes(only));
  if (set.length === 0) return null;
  const evaluations = set.map(({ article, gold }) => evaluateArticle(article.body, extractArticle(article, context), gold));
  if (verbose) {
    for (const e of evaluations) {
      if (e.errors.length === 0) continue;
      console.log(`\n== [${name}] ${e.article}`);
      for (const err of e.errors) console.log(`  ${err}`);
    }
    console.log("");
  }
  const metrics = summarise(evaluations);
  const statements = evaluations.reduce((n, e) => n + e.statements.tp + e.statements.fn, 0);
  console.log(`Extraction quality, ${name} set: ${set.length} gold articles (${statements} gold statements)\n`);
  console.log(formatTable(metrics));
  console.log("");
  return metrics;
}

const names: EvalSetName[] =
  setArg === "both" ? (hasEvalSet("holdout") ? ["tuning", "holdout"] : ["tuning"]) : [setArg as EvalSetName];
const results = new Map<EvalSetName, Metric[] | null>(names.map((n) => [n, run(n)]));
const decisive: EvalSetName = setArg === "holdout" ? "holdout" : "tuning";
const metrics = results.get(decisive);
if (!metrics) {
  console.error(`No gold files found in ${EVAL_SET_DIRS[decisive]}${only ? ` matching ${only}` : ""}.`);
  process.exit(2);
}
const below = belowFloors(metrics);
if (below.length > 0) {
  console.error(`Below floor (${decisive} set): ${below.map((m) => `${m.kind} ${m.value.toFixed(3)} < ${m.floor}`).join(", ")}`);
  process.exit(1);
}
