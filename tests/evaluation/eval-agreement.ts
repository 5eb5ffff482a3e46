// How far two independent labellings of the same real-news articles agree, scored exactly as the extractor is scored
// (harness/agreement.ts), next to the extractor's own figures on the same articles against each labelling. Totals
// only: the articles are held-out ones, and these figures say how high the extractor's targets can sensibly be.
// Usage: npm run eval:agreement -- [--first <folder>] [--second <folder>]
//   --first <folder>   the set holding the first labelling and the texts (labels/ + texts/; default
//                      tests/evaluation/real-holdout)
//   --second <folder>  the second labelling of some of those articles (<id>.json files in the same format; default
//                      tests/evaluation/real-holdout/second-labels)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseCliArgs, UsageError } from "../../src/cli/cli-args.js";
import { loadContext } from "../../src/extraction/context.js";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { actAgreement, labelsAsExtraction, pairStatements } from "./harness/agreement.js";
import { formatConfusionPairs } from "./harness/confusion.js";
import { realHoldoutDir } from "./harness/corpus.js";
import type { GoldArticle } from "./harness/gold.js";
import { evaluateArticle, formatTable, summarise } from "./harness/metrics.js";
import { formatComparison, loadReal } from "./harness/runner.js";

const USAGE = `Usage: npm run eval:agreement -- [options]
  --first <folder>   labels/ + texts/ of the first labelling (default tests/evaluation/real-holdout)
  --second <folder>  <id>.json files of the second labelling (default <first>/second-labels)`;

function options() {
  try {
    return parseCliArgs({ usage: USAGE, options: { first: { type: "string" }, second: { type: "string" } } }).values;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`entente: ${error.message}`);
    process.exit(2);
  }
}

const values = options();
const firstDir = values.first ?? realHoldoutDir;
const secondDir = values.second ?? path.join(firstDir, "second-labels");
if (!existsSync(secondDir)) {
  console.error(`entente: no second labelling in ${secondDir}`);
  process.exit(2);
}
const second = new Map<string, GoldArticle>();
for (const f of readdirSync(secondDir).filter((x) => x.endsWith(".json"))) {
  const label = JSON.parse(readFileSync(path.join(secondDir, f), "utf8")) as GoldArticle & { id: string };
  second.set(label.id, { ...label, article: label.id });
}
const first = loadReal(firstDir, { name: "agreement", blind: true });
const items = first.items.filter((x) => second.has(x.gold.article));
const missing = [...second.keys()].filter((id) => !items.some((x) => x.gold.article === id));
if (items.length === 0) {
  console.error(`entente: none of the ${second.size} second labels has a first label and a text in ${firstDir}`);
  process.exit(2);
}

const context = loadContext();
const secondVsFirst = [];
const firstVsSecond = [];
const extractorVsFirst = [];
const extractorVsSecond = [];
const pairs = [];
for (const { article, gold } of items) {
  const other = second.get(gold.article)!;
  const extracted = extractArticle(article, context);
  secondVsFirst.push(evaluateArticle(article.body, labelsAsExtraction(article.body, other), gold));
  firstVsSecond.push(evaluateArticle(article.body, labelsAsExtraction(article.body, gold), other));
  extractorVsFirst.push(evaluateArticle(article.body, extracted, gold));
  extractorVsSecond.push(evaluateArticle(article.body, extracted, other));
  pairs.push(...pairStatements(article.body, gold, other));
}

const skipped = missing.length > 0 ? `; ${missing.length} second labels without a first label or text` : "";
console.log(`Agreement of two labellings: ${items.length} articles${skipped} [totals only]\n`);
const secondScored = summarise(secondVsFirst);
console.log(`Second labelling scored as the extractor is, against the first:\n\n${formatTable(secondScored)}\n`);
console.log(
  formatComparison([
    { label: "second vs first", metrics: secondScored },
    { label: "first vs second", metrics: summarise(firstVsSecond) },
    { label: "extractor vs first", metrics: summarise(extractorVsFirst) },
    { label: "extractor vs second", metrics: summarise(extractorVsSecond) },
  ]),
);
const acts = actAgreement(pairs);
const rate = (n: number) => (acts.matched === 0 ? "-" : (n / acts.matched).toFixed(3));
console.log(`
Acts of the ${acts.matched} statements both labellings hold (required in both):
  type       same label ${rate(acts.typeStrict)}, accepted sets overlap ${rate(acts.typeOverlap)}, kappa ${acts.typeKappa.toFixed(3)}
  sentiment  same label ${rate(acts.sentimentStrict)}, accepted sets overlap ${rate(acts.sentimentOverlap)}, kappa ${acts.sentimentKappa.toFixed(3)}
`);
console.log(
  formatConfusionPairs(
    "two labellings",
    pairs.map(([a, b]) => [a.type, b.type]),
    pairs.map(([a, b]) => [a.sentiment, b.sentiment]),
    "rows first labelling, columns second",
  ),
);
