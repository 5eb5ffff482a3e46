// npm run train:classifier: fits the stance classifier on training/statements/*.jsonl and the real-news development
// set articles listed in training/real-news-articles.json (tests/evaluation/real: committed labels, texts restored by
// its README) and writes src/extraction/classifier/weights.json (deterministic: the same files give the same
// weights). With --cv it writes
// nothing and cross-validates instead (folds of whole training files and whole articles), to compare training
// options on the training statements only. The real-news held-out set is never read.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { crossValidate } from "../extraction/classifier/cross-validation.js";
import { realNewsExamples, type RealNewsLabels, type RealNewsText } from "../extraction/classifier/real-news-examples.js";
import {
  fitStanceModels,
  REAL_NEWS_WEIGHT,
  TRAINING_OPTIONS,
  trainingExamples,
  TYPE_LABELS,
  type TrainingStatement,
} from "../extraction/classifier/training.js";
import { loadContext } from "../extraction/context.js";
import { toTenClass } from "../extraction/ten-classes.js";
import { projectRoot } from "../paths.js";
import { parseCliArgs, UsageError } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run train:classifier [-- --cv [--runs <n>] [--l2 <x>] [--real-weight <n>]] [--without-real-news]

Fits the stance classifier (type and sentiment) on training/statements/*.jsonl and on the statements of the
real-news development-set articles listed in training/real-news-articles.json (labels in tests/evaluation/real/labels,
texts restored into tests/evaluation/real/texts as its README says; each statement counts ${REAL_NEWS_WEIGHT} times)
and overwrites src/extraction/classifier/weights.json.
  --cv          write nothing: 5-fold cross-validation (folds are whole files and whole articles), type and
                sentiment accuracy of the rules, the model and the pipeline's hybrid decision, for the written and
                the real-news statements apart
  --real-weight <n>   with --cv: count each real-news statement n times instead of ${REAL_NEWS_WEIGHT}
  --without-real-news train on the written statements only (the committed weights were not: see training/README.md)
  --runs <n>    with --cv: average n runs (seeds) instead of the committed option (${TRAINING_OPTIONS.runs ?? 1})
  --l2 <x>      with --cv: L2 penalty instead of the committed one (${TRAINING_OPTIONS.l2})`;

const trainingDir = path.join(projectRoot, "training", "statements");
const weightsFile = path.join(projectRoot, "src", "extraction", "classifier", "weights.json");
const realNewsDir = path.join(projectRoot, "tests", "evaluation", "real");
const realNewsList = path.join(projectRoot, "training", "real-news-articles.json");

function positiveNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number (see --help)`);
  return n;
}

function readRecords(files: string[]): (TrainingStatement & { file: string })[] {
  const records: (TrainingStatement & { file: string })[] = [];
  for (const file of files) {
    for (const line of readFileSync(path.join(trainingDir, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const r = JSON.parse(line) as TrainingStatement;
      const type = toTenClass(r.type);
      if (!TYPE_LABELS.includes(type) || !r.text.includes(r.cue)) {
        console.warn(`skipped ${r.id}: ${TYPE_LABELS.includes(type) ? "cue not in text" : `unknown type ${r.type}`}`);
        continue;
      }
      records.push({ ...r, type, file });
    }
  }
  return records;
}

/**
 * The development-set articles listed in training/real-news-articles.json, with their restored texts; a listed
 * article without its text stops training with the way to restore it (a test keeps every listed id a labelled one). The list, not the folder, decides: the development set can grow
 * for study without changing the model until someone adds articles here, retrains and checks every floor.
 */
function readRealNews(): { labels: RealNewsLabels; text: RealNewsText }[] {
  const ids = JSON.parse(readFileSync(realNewsList, "utf8")) as string[];
  const missing = ids.filter((id) => !existsSync(path.join(realNewsDir, "texts", `${id}.json`)));
  if (missing.length > 0)
    throw new Error(
      `${missing.length} of ${ids.length} real-news texts are missing (first: texts/${missing[0]}.json): restore them as tests/evaluation/real/README.md says, or pass --without-real-news`,
    );
  return ids.map((id) => ({
    labels: JSON.parse(readFileSync(path.join(realNewsDir, "labels", `${id}.json`), "utf8")) as RealNewsLabels,
    text: JSON.parse(readFileSync(path.join(realNewsDir, "texts", `${id}.json`), "utf8")) as RealNewsText,
  }));
}

await runCli(async () => {
  // Strict parsing: a stray argument is an error instead of a silent retrain.
  const { values } = parseCliArgs({
    usage: USAGE,
    options: {
      cv: { type: "boolean", default: false },
      runs: { type: "string" },
      l2: { type: "string" },
      "real-weight": { type: "string" },
      "without-real-news": { type: "boolean", default: false },
    },
  });
  // The weights are always fitted with the committed options, so that train:classifier reproduces them.
  if (!values.cv && (values.runs !== undefined || values.l2 !== undefined || values["real-weight"] !== undefined))
    throw new UsageError("--runs, --l2 and --real-weight only go with --cv (see --help)");
  const files = readdirSync(trainingDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  const records = readRecords(files);
  const context = loadContext();
  const realWeight = positiveNumber(values["real-weight"], "real-weight") ?? REAL_NEWS_WEIGHT;
  const realNews = values["without-real-news"]
    ? []
    : readRealNews().flatMap(({ labels, text }) => realNewsExamples(labels, text, context, realWeight));
  if (values.cv) {
    const runs = positiveNumber(values.runs, "runs");
    const l2 = positiveNumber(values.l2, "l2");
    const options = { ...TRAINING_OPTIONS, ...(runs !== undefined && { runs }), ...(l2 !== undefined && { l2 }) };
    const written = trainingExamples(records, context).map((e, i) => ({ ...e, file: records[i]!.file }));
    const isReal = new Set(realNews);
    const cv = crossValidate([...written, ...realNews], options, (e) => (isReal.has(e) ? "real news" : "written"));
    const f = (x: number) => x.toFixed(3);
    console.log(
      `Cross-validation, 5 folds of whole files and articles, runs ${options.runs ?? 1}, l2 ${options.l2}, real-news weight ${realNews.length ? realWeight : "-"}:`,
    );
    for (const [name, r] of cv)
      console.log(
        `  ${name} (${r.statements} statements)\n` +
          `    type       rules ${f(r.type.rules)}  model ${f(r.type.model)}  hybrid ${f(r.type.hybrid)}\n` +
          `    sentiment  rules ${f(r.sentiment.rules)}  model ${f(r.sentiment.model)}  hybrid ${f(r.sentiment.hybrid)}`,
      );
    return;
  }
  const weights = fitStanceModels(records, files, context, realNews);
  writeFileSync(weightsFile, `${JSON.stringify(weights)}\n`);
  const articles = weights.trainedOn.realNews?.articles ?? 0;
  console.log(
    `Trained on ${records.length} written statements from ${files.length} files and ${realNews.length} real-news statements from ${articles} articles: ${Object.keys(weights.type.weights).length} type features, ${Object.keys(weights.sentiment.weights).length} sentiment features → ${path.relative(projectRoot, weightsFile)}`,
  );
});
