// Ingesting one article from an API call: the untrusted input is validated (every problem named by its field),
// then stored with its extraction by the ingester, and the stored article is read back for the answer.
import type { Article, PrismaClient } from "../../generated/prisma/client.js";
import { parseArticleInput, type ArticleLimits } from "../../ingestion/article-input.js";
import { ArticleIngester, type IngestStatus } from "../../ingestion/ingest-article.js";
import type { Extractor } from "../../ingestion/on-demand-extraction.js";
import type { Outcome } from "../service-errors.js";

export interface IngestedArticle {
  article: Article | null;
  status: IngestStatus;
}

/**
 * `extract`: where the extraction runs (the server's worker threads); default: this thread. `limits`: the
 * deployment's (MAX_ARTICLE_CHARS); default: the largest any configuration accepts.
 */
export async function ingestArticle(
  prisma: PrismaClient,
  input: unknown,
  extract?: Extractor,
  limits?: ArticleLimits,
): Promise<Outcome<IngestedArticle>> {
  const parsed = parseArticleInput(input, limits);
  if ("errors" in parsed) return { ok: false, problems: parsed.errors };
  const outcome = await new ArticleIngester(prisma, { extract }).ingest(parsed.article);
  const article = await prisma.article.findUnique({ where: { id: outcome.articleId } });
  return { ok: true, value: { article, status: outcome.status } };
}
