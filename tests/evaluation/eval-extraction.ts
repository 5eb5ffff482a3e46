// Evaluates the extraction pipeline on the gold sets and exits non-zero when a figure of the blind set (the headline
// figure) is below its regression floor.
// Usage: npm run eval:extraction -- [options]   (runs this file with tsx: the harness lives next to its data, outside src)
//   --set <name>      tuning | dev | test | holdout | real | real-holdout | blind | all (default: all = tuning, dev,
//                     test, real, blind); the blind set decides the exit code on every run but prints its totals
//                     only when chosen (blind or all)
//   --real <folder>   the real-news set to use (labels/ + texts/; default tests/evaluation/real); labels whose text is
//                     missing are skipped and counted
//   --real-holdout <folder>  also score the held-out real-news set in <folder> (default of --set real-holdout:
//                     tests/evaluation/real-holdout); totals only, like the blind set
//   --verbose, -v     per-article errors of the sets that may be studied (tuning, dev, real)
//   --only <text>     only articles whose file or id contains <text> (studied sets only)
//   --compare         rules-only against the trained model, per set (totals)
//   --ablate          each rule family switched off, on the development sets and the blind set (totals)
//   --coverage        per rule, the known articles (seed corpus, real-news texts; never the blind set) where it fires
//   --confusion       type and sentiment confusion matrices (gold against predicted) of the printed sets; never for the
//                     held-out sets (test, holdout, real-holdout, blind)
// Sets: tuning (tests/evaluation/gold), dev/test (the old held-out splits; test in aggregate only), real (real news),
// real-holdout (real news never tuned on: totals only, never in --verbose, --ablate or --coverage), blind
// (tests/evaluation/blind: never tuned on, printed as totals only, decides the exit code).
import { parseCliArgs, UsageError } from "../../src/cli/cli-args.js";
import { DEFAULT_STANCE_SOURCES, setStanceSources, type StanceSources } from "../../src/extraction/classifier/stance-source.js";
import { ablationTable } from "./harness/ablation.js";
import { loadContext } from "../../src/extraction/context.js";
import { listArticles, loadArticle } from "../../src/ingestion/demo-articles.js";
import { realDir, realHoldoutDir, type EvalSetName } from "./harness/corpus.js";
import { formatConfusion } from "./harness/confusion.js";
import { formatCoverage, ruleCoverage } from "./harness/coverage.js";
import { BLIND_FLOORS } from "./harness/floors.js";
import { belowFloors, formatTable, summarise, type Metric } from "./harness/metrics.js";
import {
  evaluateSet,
  formatComparison,
  loadReal,
  loadRealHoldout,
  loadSet,
  measureSet,
  type LoadedSet,
} from "./harness/runner.js";

const USAGE = `Usage: npm run eval:extraction -- [options]
  --set <name>      tuning | dev | test | holdout | real | real-holdout | blind | all (default all)
  --real <folder>   the real-news set (labels/ + texts/; default tests/evaluation/real)
  --real-holdout <folder>
                    also the held-out real-news set (totals only; default folder tests/evaluation/real-holdout)
  --verbose, -v     per-article errors of the sets that may be studied (tuning, dev, real)
  --only <text>     only articles whose file or id contains <text> (studied sets only)
  --compare         rules-only against the trained model, per set (totals)
  --ablate          each rule family switched off (development sets and blind totals)
  --coverage        per rule, the known articles where it fires (never the blind set)
  --confusion       type and sentiment confusion matrices of the printed sets (never the held-out sets or blind)`;

function parseOptions() {
  try {
    return parseCliArgs({
      usage: USAGE,
      options: {
        set: { type: "string", default: "all" },
        real: { type: "string" },
        "real-holdout": { type: "string" },
        verbose: { type: "boolean", short: "v", default: false },
        only: { type: "string" },
        compare: { type: "boolean", default: false },
        ablate: { type: "boolean", default: false },
        coverage: { type: "boolean", default: false },
        confusion: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`entente: ${error.message}`);
    process.exit(2);
  }
}
const { values } = parseOptions();
const SETS: Record<string, string[]> = {
  tuning: ["tuning"],
  dev: ["dev"],
  test: ["test"],
  holdout: ["holdout"],
  real: ["real"],
  "real-holdout": ["real-holdout"],
  blind: ["blind"],
  all: ["tuning", "dev", "test", "real", "blind"],
};
const chosen = SETS[values.set]?.slice();
if (!chosen) {
  console.error(`Unknown --set ${values.set} (${Object.keys(SETS).join(", ")}).`);
  process.exit(2);
}
if (chosen && values["real-holdout"] !== undefined && !chosen.includes("real-holdout")) chosen.push("real-holdout");
const context = loadContext();
/** Sets never studied: totals only, never in --verbose, --ablate or --confusion. */
const HELD_OUT_SETS = ["test", "holdout", "real-holdout"];
/** The blind set is in the ablation (as totals) but has no confusion matrix: a per-class matrix says what to tune. */
const NO_CONFUSION = [...HELD_OUT_SETS, "blind"];

function load(name: string): LoadedSet {
  if (name === "real-holdout") return loadRealHoldout(values["real-holdout"] ?? realHoldoutDir);
  const set = name === "real" ? loadReal(values.real ?? realDir) : loadSet(name as EvalSetName);
  if (set.blind || !values.only) return set;
  return {
    ...set,
    items: set.items.filter((x) => x.article.file.includes(values.only!) || x.gold.article.includes(values.only!)),
  };
}

function describe(set: LoadedSet, metrics: Metric[]): string {
  const statements = metrics.find((m) => m.kind === "statements")!.support;
  const skipped = set.missingTexts > 0 ? `; ${set.missingTexts} skipped, text missing` : "";
  return `Extraction quality, ${set.name} set: ${set.items.length} articles (${statements} gold statements${skipped})${set.blind ? " [totals only]" : ""}`;
}

function report(set: LoadedSet): Metric[] {
  const evaluations = evaluateSet(set, context);
  if (values.verbose && !set.blind) {
    for (const e of evaluations.filter((x) => x.errors.length > 0)) {
      console.log(`\n== [${set.name}] ${e.article}`);
      for (const err of e.errors) console.log(`  ${err}`);
    }
    console.log("");
  }
  const metrics = summarise(evaluations, set.name === "blind" ? BLIND_FLOORS : {});
  console.log(`${describe(set, metrics)}\n\n${formatTable(metrics)}\n`);
  if (values.confusion && !NO_CONFUSION.includes(set.name)) console.log(`${formatConfusion(set.name, evaluations)}\n`);
  return metrics;
}

function compare(sets: LoadedSet[]): void {
  const variants: { label: string; sources: StanceSources }[] = [
    { label: "rules", sources: { type: "rules", sentiment: "rules" } },
    { label: "model", sources: { type: "model", sentiment: "model" } },
    { label: "hybrid", sources: { type: "hybrid", sentiment: "hybrid" } },
    { label: "hyb/act", sources: { type: "hybrid", sentiment: "rules" } },
    { label: "default", sources: DEFAULT_STANCE_SOURCES },
  ];
  const rows = sets.flatMap((set) =>
    variants.map((v) => {
      setStanceSources(v.sources);
      return { label: `${set.name} ${v.label}`, metrics: measureSet(set, context) };
    }),
  );
  setStanceSources(DEFAULT_STANCE_SOURCES);
  console.log(`Rules-only against the trained model (type and sentiment), totals per set:\n\n${formatComparison(rows)}\n`);
}

if (values.coverage) {
  const corpus = listArticles().map(loadArticle);
  const real = loadReal(values.real ?? realDir).items.map((x) => x.article);
  console.log(formatCoverage(ruleCoverage(corpus, real, context), { corpus: corpus.length, real: real.length }));
  process.exit(0);
}

const sets = chosen.map(load).filter((s) => {
  if (s.items.length > 0) return true;
  const why = s.missingTexts > 0 ? `${s.missingTexts} labels, none with its text` : "no gold files";
  console.log(`(${s.name} set skipped: ${why})`);
  return false;
});
if (values.ablate)
  console.log(
    `${ablationTable(
      sets.filter((s) => !HELD_OUT_SETS.includes(s.name)),
      context,
    )}\n`,
  );
else if (values.compare) compare(sets);
else for (const s of sets) if (s.name !== "blind") report(s);

// The blind set decides the exit code whichever sets were printed.
const blind = loadSet("blind");
if (blind.items.length === 0) {
  console.error("No blind set found in tests/evaluation/blind.");
  process.exit(2);
}
// Printed only when asked for (--set blind or all): a run on a studied set should not show blind totals on the way.
const blindMetrics =
  values.ablate || values.compare || !chosen.includes("blind")
    ? summarise(evaluateSet(blind, context), BLIND_FLOORS)
    : report(blind);
const below = belowFloors(blindMetrics);
if (below.length > 0) {
  console.error(`Below floor (blind set): ${below.map((m) => `${m.kind} ${m.value.toFixed(3)} < ${m.floor}`).join(", ")}`);
  process.exit(1);
}
if (!chosen.includes("blind") && !values.ablate && !values.compare)
  console.log("(blind set: every floor met; its totals print with --set blind or all)");
