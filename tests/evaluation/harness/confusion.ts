// Confusion matrices of the statement type (ten classes) and the sentiment sign over matched statements: which class
// the gold label has (rows) against what the pipeline predicted (columns), with per-class recall and precision. They
// show whole classes of errors (a class over-predicted, a pair of acts confused) instead of single articles, so they
// are printed for the sets that may be studied and for the blind set's totals, never for held-out sets.
import { TEN_CLASSES } from "../../../src/extraction/statement-types.js";
import type { ArticleEvaluation } from "./metrics.js";

const SENTIMENTS = ["NEGATIVE", "NEUTRAL", "POSITIVE"] as const;

/** Short column heads: the first four letters, or the initials of a multi-word class. */
function abbreviate(label: string): string {
  const parts = label.split("_");
  return parts.length > 1 ? parts.map((p) => p[0]).join("") : label.slice(0, 4);
}

function matrix(pairs: [string, string][], labels: readonly string[]): string {
  const count = (gold: string, got: string) => pairs.filter(([g, p]) => g === gold && p === got).length;
  const width = Math.max(...labels.map((l) => l.length), 10);
  const head = `${"gold \\ got".padEnd(width)} ${labels.map((l) => abbreviate(l).padStart(5)).join("")}  total recall`;
  const rows = labels.map((gold) => {
    const cells = labels.map((got) => count(gold, got));
    const total = cells.reduce((a, b) => a + b, 0);
    const recall = total === 0 ? "    -" : (cells[labels.indexOf(gold)]! / total).toFixed(2).padStart(5);
    return `${gold.padEnd(width)} ${cells.map((c) => String(c || ".").padStart(5)).join("")}  ${String(total).padStart(5)}  ${recall}`;
  });
  const predicted = labels.map((got) => pairs.filter(([, p]) => p === got).length);
  const precision = labels.map((got, i) =>
    predicted[i] === 0 ? "    -" : (count(got, got) / predicted[i]!).toFixed(2).padStart(5),
  );
  const correct = pairs.filter(([g, p]) => g === p).length;
  return [
    head,
    ...rows,
    `${"predicted".padEnd(width)} ${predicted.map((n) => String(n).padStart(5)).join("")}`,
    `${"precision".padEnd(width)} ${precision.join("")}`,
    `accuracy ${pairs.length === 0 ? "-" : (correct / pairs.length).toFixed(3)} (${correct}/${pairs.length})`,
  ].join("\n");
}

/** The type and sentiment confusion matrices of one set, as printable text. */
export function formatConfusion(setName: string, evaluations: ArticleEvaluation[]): string {
  return formatConfusionPairs(
    `${setName} set`,
    evaluations.flatMap((e) => e.pairs.type),
    evaluations.flatMap((e) => e.pairs.sentiment),
  );
}

/** Type and sentiment matrices of [row, column] label pairs (gold and predicted, or two labellings). */
export function formatConfusionPairs(
  title: string,
  type: [string, string][],
  sentiment: [string, string][],
  axes = "rows gold, columns predicted",
): string {
  return [
    `Type confusion, ${title} (${axes}; initials of the class names):`,
    matrix(type, TEN_CLASSES),
    "",
    `Sentiment confusion, ${title}:`,
    matrix(sentiment, SENTIMENTS),
  ].join("\n");
}
