// Synchronous reads of article files in the seed-article format (the demo corpus in prisma/seed-data/articles, and
// folders in the same format), for tools that run the extraction pipeline on them without a database.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ArticleInput } from "../extraction/types.js";
import { seedDataDir } from "../paths.js";

/** The demo corpus: articles written by us. */
export const DEMO_ARTICLES_DIR = path.join(seedDataDir, "articles");

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

/** A demo-corpus article by file name. */
export function loadArticle(file: string): CorpusArticle {
  return loadArticleFrom(DEMO_ARTICLES_DIR, file);
}

/** An article file (seed-article format) from any folder. */
export function loadArticleFrom(dir: string, file: string): CorpusArticle {
  const json = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as ArticleJson;
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

/** The demo-corpus article files whose names start with `prefix`, sorted. */
export function listArticles(prefix = ""): string[] {
  if (!existsSync(DEMO_ARTICLES_DIR)) return [];
  return readdirSync(DEMO_ARTICLES_DIR)
    .filter((f) => f.endsWith(".json") && f.startsWith(prefix))
    .sort();
}
