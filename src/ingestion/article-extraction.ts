// The extraction ingestion stores for an article: pure (no database), so it runs in the caller's thread or in an
// extraction worker thread (extraction-worker.ts) with the same result.
import { EXTRACTOR_VERSION, extractArticle } from "../extraction/extract-article.js";
import type { ArticleInput, ExtractionContext, ExtractionResult } from "../extraction/types.js";

/** The rules and lexicons are English: articles in other languages are stored without extracted data. */
export function extractForIngest(article: ArticleInput, context: ExtractionContext): ExtractionResult {
  if (article.language !== "en") return { extractorVersion: EXTRACTOR_VERSION, states: [], people: [], statements: [] };
  const { title, body, publishedAt, language } = article;
  return extractArticle({ title, body, publishedAt, language }, context);
}
