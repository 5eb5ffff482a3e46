// Evaluates the extraction pipeline on the gold sets: prints a table per set and exits non-zero when a figure of the
// tuning set is below its floor.
// Usage: node dist/cli/eval-extraction.js [--verbose|-v] [--only=eval-05] [--set=tuning|dev|test|holdout|all]
//   tuning  tests/evaluation/gold: the set the rules are developed against.
//   dev     demo-01, -06, -12, -17 of tests/evaluation/gold-holdout: errors may be studied (shown with -v).
//   test    demo-03, -09, -14, -20 of tests/evaluation/gold-holdout: aggregate figures only; per-article errors are
//           never printed, even with -v, and --only does not apply to it.
//   holdout the whole held-out folder (dev + test), aggregate only, for comparison with earlier figures.
//   all     (default) tuning, dev and test tables.
// The exit code depends on the tuning set only. Tables include personState (state of matched people) and speakerState
// (speaker state of matched statements), null included, without floors.
import { extractArticle } from "../extraction/extract-article.js";
import {
  EVAL_SET_DIRS,
  hasEvalSet,
  isBlindSet,
  loadContext,
  loadEvalSet,
  type EvalSetName,
} from "../extraction/evaluation/corpus.js";
import { belowFloors, evaluateArticle, formatTable, summarise, type Metric } from "../extraction/evaluation/metrics.js";

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const setArg = process.argv.find((a) => a.startsWith("--set="))?.slice(6) ?? "all";
const SETS: Record<string, EvalSetName[]> = {
  tuning: ["tuning"],
  dev: ["dev"],
  test: ["test"],
  holdout: ["holdout"],
  all: ["tuning", "dev", "test"],
  // Former name of the default.
  both: ["tuning", "dev", "test"],
};
if (!(setArg in SETS)) {
  console.error(`Unknown --set=${setArg} (tuning, dev, test, holdout or all).`);
  process.exit(2);
}
const context = loadContext();

function run(name: EvalSetName): Metric[] | null {
  const blind = isBlindSet(name);
  const set = loadEvalSet(name).filter((x) => blind || !only || x.article.file.includes(only));
  if (set.length === 0) return null;
  const evaluations = set.map(({ article, gold }) => evaluateArticle(article.body, extractArticle(article, context), gold));
  if (verbose && !blind) {
    for (const e of evaluations) {
      if (e.errors.length === 0) continue;
      console.log(`\n== [${name}] ${e.article}`);
      for (const err of e.errors) console.log(`  ${err}`);
    }
    console.log("");
  }
  const metrics = summarise(evaluations);
  const statements = evaluations.reduce((n, e) => n + e.statements.tp + e.statements.fn, 0);
  console.log(
    `Extraction quality, ${name} set: ${set.length} gold articles (${statements} gold statements)${blind ? " [aggregate only]" : ""}\n`,
  );
  console.log(formatTable(metrics));
  console.log("");
  return metrics;
}

function measure(name: EvalSetName): Metric[] | null {
  const set = loadEvalSet(name).filter((x) => !only || x.article.file.includes(only));
  return set.length === 0
    ? null
    : summarise(set.map(({ article, gold }) => evaluateArticle(article.body, extractArticle(article, context), gold)));
}

const names = SETS[setArg]!.filter((n) => n === "tuning" || hasEvalSet(n));
const results = new Map<EvalSetName, Metric[] | null>(names.map((n) => [n, run(n)]));
// The tuning set decides the exit code, whichever sets are printed (measured silently when not printed).
const metrics = results.has("tuning") ? results.get("tuning") : measure("tuning");
if (!metrics) {
  console.error(`No gold files found in ${EVAL_SET_DIRS.tuning}${only ? ` matching ${only}` : ""}.`);
  process.exit(2);
}
const below = belowFloors(metrics);
if (below.length > 0) {
  console.error(`Below floor (tuning set): ${below.map((m) => `${m.kind} ${m.value.toFixed(3)} < ${m.floor}`).join(", ")}`);
  process.exit(1);
}
