// npm run train:classifier: fits the stance classifier on training/statements/*.jsonl and writes
// src/extraction/classifier/weights.json (deterministic: the same files give the same weights). With --cv it writes
// nothing and cross-validates instead (folds of whole training files), to compare training options on the training
// statements only.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { crossValidate } from "../extraction/classifier/cross-validation.js";
import {
  fitStanceModels,
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

const USAGE = `Usage: npm run train:classifier [-- --cv [--runs <n>] [--l2 <x>]]

Fits the stance classifier (type and sentiment) on training/statements/*.jsonl and overwrites
src/extraction/classifier/weights.json.
  --cv          write nothing: 5-fold cross-validation on the training statements (folds are whole files), type and
                sentiment accuracy of the rules, the model and the pipeline's hybrid decision
  --runs <n>    with --cv: average n runs (seeds) instead of the committed option (${TRAINING_OPTIONS.runs ?? 1})
  --l2 <x>      with --cv: L2 penalty instead of the committed one (${TRAINING_OPTIONS.l2})`;

const trainingDir = path.join(projectRoot, "training", "statements");
const weightsFile = path.join(projectRoot, "src", "extraction", "classifier", "weights.json");

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

await runCli(async () => {
  // Strict parsing: a stray argument is an error instead of a silent retrain.
  const { values } = parseCliArgs({
    usage: USAGE,
    options: { cv: { type: "boolean", default: false }, runs: { type: "string" }, l2: { type: "string" } },
  });
  // The weights are always fitted with the committed options, so that train:classifier reproduces them.
  if (!values.cv && (values.runs !== undefined || values.l2 !== undefined))
    throw new UsageError("--runs and --l2 only go with --cv (see --help)");
  const files = readdirSync(trainingDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  const records = readRecords(files);
  const context = loadContext();
  if (values.cv) {
    const runs = positiveNumber(values.runs, "runs");
    const l2 = positiveNumber(values.l2, "l2");
    const options = { ...TRAINING_OPTIONS, ...(runs !== undefined && { runs }), ...(l2 !== undefined && { l2 }) };
    const examples = trainingExamples(records, context).map((e, i) => ({ ...e, file: records[i]!.file }));
    const cv = crossValidate(examples, options);
    const f = (x: number) => x.toFixed(3);
    console.log(
      `Cross-validation, ${cv.folds} folds of whole files, ${cv.statements} statements, runs ${options.runs ?? 1}, l2 ${options.l2}:\n` +
        `  type       rules ${f(cv.type.rules)}  model ${f(cv.type.model)}  hybrid ${f(cv.type.hybrid)}\n` +
        `  sentiment  rules ${f(cv.sentiment.rules)}  model ${f(cv.sentiment.model)}  hybrid ${f(cv.sentiment.hybrid)}`,
    );
    return;
  }
  const weights = fitStanceModels(records, files, context);
  writeFileSync(weightsFile, `${JSON.stringify(weights)}\n`);
  console.log(
    `Trained on ${records.length} statements from ${files.length} files: ${Object.keys(weights.type.weights).length} type features, ${Object.keys(weights.sentiment.weights).length} sentiment features → ${path.relative(projectRoot, weightsFile)}`,
  );
});
