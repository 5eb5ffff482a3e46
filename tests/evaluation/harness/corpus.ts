// Loads the evaluation sets (articles + gold labels) that live next to this harness, in tests/evaluation.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_ARTICLES_DIR, loadArticleFrom, type CorpusArticle } from "../../../src/ingestion/demo-articles.js";
import type { GoldArticle } from "./gold.js";

/** tests/evaluation: the sets sit next to this harness. */
const evaluationDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const goldDir = path.join(evaluationDir, "gold");
/** Held-out gold set: never used to tune rules, only to check that changes generalise. */
export const holdoutGoldDir = path.join(evaluationDir, "gold-holdout");

/**
 * The gold sets (all in the format of gold.ts):
 * - tuning: tests/evaluation/gold; rules may be developed against it, its errors studied;
 * - dev: part of the old held-out folder (gold-holdout) whose errors may be studied;
 * - test: the rest of the old held-out folder, only ever measured in aggregate;
 * - holdout: the whole old held-out folder (dev + test), aggregate only;
 * - blind: tests/evaluation/blind (articles/ + gold/), written under the labelling guide and never tuned on: the
 *   headline figure; aggregate only (never print its per-article results, never open its files to tune).
 * The real-news development set lives in a folder of its own (loadRealSet).
 */
export type EvalSetName = "tuning" | "dev" | "test" | "holdout" | "blind";
export const EVAL_SET_NAMES: readonly EvalSetName[] = ["tuning", "dev", "test", "holdout", "blind"];
export const blindDir = path.join(evaluationDir, "blind");
/** The real-news development set: labels/ committed, texts/ git-ignored (see tests/evaluation/real). */
export const realDir = path.join(evaluationDir, "real");
/**
 * The held-out real-news set (same format as realDir): real articles never tuned on, printed as totals only. It keeps
 * the real-news figures honest once the development set has been studied.
 */
export const realHoldoutDir = path.join(evaluationDir, "real-holdout");
export const EVAL_SET_DIRS: Record<EvalSetName, string> = {
  tuning: goldDir,
  dev: holdoutGoldDir,
  test: holdoutGoldDir,
  holdout: holdoutGoldDir,
  blind: path.join(blindDir, "gold"),
};
/** Held-out articles (file-name prefixes in gold-holdout) that form the DEV split. */
export const DEV_ARTICLES: readonly string[] = ["demo-01-", "demo-06-", "demo-12-", "demo-17-"];
/** Held-out articles that form the TEST split: aggregate figures only. */
export const TEST_ARTICLES: readonly string[] = ["demo-03-", "demo-09-", "demo-14-", "demo-20-"];
/** Whether a set only prints aggregate figures (its per-article errors must not be looked at). */
export function isBlindSet(set: EvalSetName): boolean {
  return set === "test" || set === "holdout" || set === "blind";
}

function inSet(set: EvalSetName, file: string): boolean {
  if (set === "dev") return DEV_ARTICLES.some((p) => file.startsWith(p));
  if (set === "test") return TEST_ARTICLES.some((p) => file.startsWith(p));
  return true;
}

/** Whether a gold set has at least one gold file. */
export function hasEvalSet(set: EvalSetName): boolean {
  const dir = EVAL_SET_DIRS[set];
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".json") && inSet(set, f));
}

export interface EvalItem {
  article: CorpusArticle;
  gold: GoldArticle;
}

function readGold(dir: string, file: string): GoldArticle {
  return JSON.parse(readFileSync(path.join(dir, file), "utf8")) as GoldArticle;
}

/** Pairs of (article, gold) for every gold file present in the given set (the tuning set by default). */
export function loadEvalSet(set: EvalSetName = "tuning"): EvalItem[] {
  const dir = EVAL_SET_DIRS[set];
  if (!existsSync(dir)) return [];
  const articles = set === "blind" ? path.join(blindDir, "articles") : DEMO_ARTICLES_DIR;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && inSet(set, f))
    .sort()
    .map((f) => {
      const gold = readGold(dir, f);
      return { article: loadArticleFrom(articles, gold.article || f), gold };
    });
}

/** A real-news label file: the gold format with the article's id, url and the query that finds it. */
interface RealLabel extends Omit<GoldArticle, "article"> {
  id: string;
  url: string;
  query: string;
}

/**
 * The real-news set in `folder`: labels/<id>.json paired with texts/<id>.json (same format as the seed articles).
 * Texts are not committed; labels whose text is missing are skipped and counted.
 */
export function loadRealSet(folder: string = realDir): { items: EvalItem[]; missingTexts: number } {
  const labels = path.join(folder, "labels");
  const texts = path.join(folder, "texts");
  if (!existsSync(labels)) return { items: [], missingTexts: 0 };
  const items: EvalItem[] = [];
  let missingTexts = 0;
  for (const f of readdirSync(labels)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const label = JSON.parse(readFileSync(path.join(labels, f), "utf8")) as RealLabel;
    const textFile = `${label.id ?? path.basename(f, ".json")}.json`;
    if (!existsSync(path.join(texts, textFile))) {
      missingTexts++;
      continue;
    }
    items.push({ article: loadArticleFrom(texts, textFile), gold: { ...label, article: label.id } });
  }
  return { items, missingTexts };
}
