// Loads the evaluation corpus (articles + gold labels) and the gazetteer from seed data. I/O lives here, not in the pipeline.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { buildStateRecords } from "../../db/seed/state-records.js";
import { projectRoot, seedDataDir } from "../../paths.js";
import type { ArticleInput, ExtractionContext, GazetteerState } from "../types.js";
import type { GoldArticle } from "./metrics.js";

export const articlesDir = path.join(seedDataDir, "articles");
export const goldDir = path.join(projectRoot, "tests", "evaluation", "gold");

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
  return readdirSync(articlesDir).filter((f) => f.endsWith(".json") && f.startsWith(prefix)).sort();
}

/** Pairs of (article, gold) for every gold file present. */
export function loadEvalSet(): { article: CorpusArticle; gold: GoldArticle }[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f), "utf8")) as GoldArticle;
      return { article: loadArticle(gold.article || f), gold };
    });
}
