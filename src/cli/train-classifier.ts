// npm run train:classifier: fits the stance classifier on training/statements/*.jsonl and writes
// src/extraction/classifier/weights.json (deterministic: the same files give the same weights).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fitStanceModels, TYPE_LABELS, type TrainingStatement } from "../extraction/classifier/training.js";
import { loadContext } from "../extraction/context.js";
import { toTenClass } from "../extraction/ten-classes.js";
import { projectRoot } from "../paths.js";
import { parseCliArgs } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run train:classifier

Fits the stance classifier (type and sentiment) on training/statements/*.jsonl and overwrites
src/extraction/classifier/weights.json. Takes no options besides --help.`;

const trainingDir = path.join(projectRoot, "training", "statements");
const weightsFile = path.join(projectRoot, "src", "extraction", "classifier", "weights.json");

await runCli(async () => {
  // Strict parsing: a stray argument is an error instead of a silent retrain.
  parseCliArgs({ usage: USAGE, options: {} });
  const files = readdirSync(trainingDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  const records: TrainingStatement[] = [];
  for (const file of files) {
    for (const line of readFileSync(path.join(trainingDir, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const r = JSON.parse(line) as TrainingStatement;
      const type = toTenClass(r.type);
      if (!TYPE_LABELS.includes(type) || !r.text.includes(r.cue)) {
        console.warn(`skipped ${r.id}: ${TYPE_LABELS.includes(type) ? "cue not in text" : `unknown type ${r.type}`}`);
        continue;
      }
      records.push({ ...r, type });
    }
  }
  const weights = fitStanceModels(records, files, loadContext());
  writeFileSync(weightsFile, `${JSON.stringify(weights)}\n`);
  console.log(
    `Trained on ${records.length} statements from ${files.length} files: ${Object.keys(weights.type.weights).length} type features, ${Object.keys(weights.sentiment.weights).length} sentiment features → ${path.relative(projectRoot, weightsFile)}`,
  );
});
