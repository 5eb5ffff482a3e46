// Does one ingestion job. A page that cannot be read for good (no article text, robots.txt, too large) completes
// with the reason as its output; a transient failure (timeout, server error) and any database error throw, so
// the queue retries the job with backoff and keeps it, failed, with its error when the retries run out.
import type { PrismaClient } from "../../generated/prisma/client.js";
import { parseArticleInput, type ArticleLimits } from "../article-input.js";
import { ArticleIngester, type IngestStatus } from "../ingest-article.js";
import { PoliteFetcher, type FetcherOptions } from "../web/fetcher.js";
import { WebIngester } from "../web/web-ingester.js";
import type { IngestJob } from "./ingest-jobs.js";

export type JobOutput =
  { status: IngestStatus; articleId?: number; statements: number; people: number; states: number } | { skipped: string };

export class IngestJobHandler {
  private readonly articles: ArticleIngester;
  private readonly fetcher: PoliteFetcher;

  constructor(
    private readonly prisma: PrismaClient,
    fetcherOptions: Partial<FetcherOptions> = {},
    /** This worker's limits (MAX_ARTICLE_CHARS): the process that queued a job may have had larger ones. */
    private readonly limits?: ArticleLimits,
  ) {
    this.articles = new ArticleIngester(prisma);
    this.fetcher = new PoliteFetcher(fetcherOptions);
  }

  async handle(job: IngestJob): Promise<JobOutput> {
    if (job.kind === "article") {
      // Checked again here: an article over this worker's limit completes with the reason (a retry would not help).
      const parsed = parseArticleInput(job.article, this.limits);
      if ("errors" in parsed) return { skipped: parsed.errors.map((error) => error.message).join("; ") };
      const outcome = await this.articles.ingest(parsed.article);
      return {
        status: outcome.status,
        articleId: outcome.articleId,
        statements: outcome.statements,
        people: outcome.people,
        states: outcome.states,
      };
    }
    const web = new WebIngester(this.prisma, this.fetcher, { defaults: job.defaults, limits: this.limits });
    const outcome = await web.ingestUrl(job.url, job.publishedAt ? { url: job.url, publishedAt: job.publishedAt } : undefined);
    if (!("skipped" in outcome)) return outcome;
    if (outcome.transient) throw new Error(outcome.skipped);
    return { skipped: outcome.skipped };
  }
}
