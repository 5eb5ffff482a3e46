// Loads the evaluation corpus (articles + gold labels) and the gazetteer from seed data. I/O lives here, not in the pipeline.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { buildStateRecords } from "../../db/seed/state-records.js";
import { projectRoot, seedDataDir } from "../../paths.js";
import type { ArticleInput, ExtractionContext, GazetteerState } from "../types.js";
import type { GoldArticle } from "./metrics.js";

export const articlesDir = path.join(seedDataDir, "articles");
export const goldDir = path.join(projectRoot, "tests", "evaluation", "gold");
/** Held-out gold set: never used to tune rules, only to check that changes generalise. */
export const holdoutGoldDir = path.join(projectRoot, "tests", "evaluation", "gold-holdout");

/**
 * The gold sets:
 * - tuning: tests/evaluation/gold, rules may be developed against it;
 * - dev: part of the held-out folder whose gold and per-article errors may be studied to find general rules;
 * - test: the rest of the held-out folder, only ever measured in aggregate (never inspect its errors or gold);
 * - holdout: the whole held-out folder (dev + test), kept for comparison with earlier figures.
 */
export type EvalSetName = "tuning" | "dev" | "test" | "holdout";
export const EVAL_SET_NAMES: readonly EvalSetName[] = ["tuning", "dev", "test", "holdout"];
export const EVAL_SET_DIRS: Record<EvalSetName, string> = {
  tuning: goldDir,
  dev: holdoutGoldDir,
  test: holdoutGoldDir,
  holdout: holdoutGoldDir,
};
/** Held-out articles (file-name prefixes in gold-holdout) that form the DEV split. */
export const DEV_ARTICLES: readonly string[] = ["demo-01-", "demo-06-", "demo-12-", "demo-17-"];
/** Held-out articles that form the TEST split: aggregate figures only. */
export const TEST_ARTICLES: readonly string[] = ["demo-03-", "demo-09-", "demo-14-", "demo-20-"];
/** Whether a set only prints aggregate figures (its per-article errors must not be looked at). */
export function isBlindSet(set: EvalSetName): boolean {
  return set === "test" || set === "holdout";
}

function inSet(set: EvalSetName, file: string): boolean {
  if (set === "dev") return DEV_ARTICLES.some((p) => file.startsWith(p));
  if (set === "test") return TEST_ARTICLES.some((p) => file.startsWith(p));
  return true;
}

export interface CorpusArticle extends ArticleInput {
  file: string;
  url: string;
  source: string;
}

interface ArticleJson {
  url: string;
  title: string;
  source: string;
  publishedAt: string;
  language: string;
  body: string;
}

export function loadGazetteer(): GazetteerState[] {
  return buildStateRecords().map((s) => ({
    code: s.code,
    name: s.name,
    officialName: s.officialName,
    aliases: s.aliases.map((a) => ({ kind: a.kind, value: a.value })),
  }));
}

export function loadContext(): ExtractionContext {
  return { states: loadGazetteer(), knownPeople: [] };
}

export function loadArticle(file: string): CorpusArticle {
  const json = JSON.parse(readFileSync(path.join(articlesDir, file), "utf8")) as ArticleJson;
  return {
    file,
    url: json.url,
    source: json.source,
    title: json.title,
    body: json.body,
    publishedAt: new Date(json.publishedAt),
    language: json.language,
  };
}

/** All article files (eval and demo), sorted. */
export function listArticles(prefix = ""): string[] {
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith(".json") && f.startsWith(prefix))
    .sort();
}

/** Whether a gold set has at least one gold file. */
export function hasEvalSet(set: EvalSetName): boolean {
  const dir = EVAL_SET_DIRS[set];
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".json") && inSet(set, f));
}

/** Pairs of (article, gold) for every gold file present in the given set (the tuning set by default). */
export function loadEvalSet(set: EvalSetName = "tuning"): { article: CorpusArticle; gold: GoldArticle }[] {
  const dir = EVAL_SET_DIRS[set];
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && inSet(set, f))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as GoldArticle;
      return { article: loadArticle(gold.article || f), gold };
    });
}
