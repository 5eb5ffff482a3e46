// The jobs of the ingestion queue and how inputs become jobs: an article already read from a file (validated
// before it is queued: a bad record is reported at once, not retried), or a web page to fetch (a feed is read at
// enqueue time and becomes one job per entry). Job ids derive from the content, so queueing the same input twice
// while its job is kept adds nothing.
import { createHash } from "node:crypto";
import type { PgBoss } from "pg-boss";
import { parseArticleInput, type ArticleLimits, type ArticleToIngest } from "../article-input.js";
import { contentHash } from "../content-hash.js";
import { listArticleFiles, readArticleFile, type TextDefaults } from "../read-article-files.js";
import { INGEST_QUEUE } from "./job-queue.js";

export type IngestJob =
  | { kind: "article"; origin: string; article: Omit<ArticleToIngest, "publishedAt"> & { publishedAt: string } }
  | { kind: "page"; url: string; defaults: TextDefaults; publishedAt?: string };

export interface EnqueueSummary {
  /** Jobs added to the queue. */
  queued: number;
  /** Inputs whose job is already in the queue (or kept after completion). */
  alreadyQueued: number;
  /** "origin: reason" for records that are not valid articles; not queued. */
  invalid: string[];
}

/** A UUID (the form pg-boss job ids take) derived from the job's identity. */
export function jobId(job: IngestJob): string {
  const identity = job.kind === "article" ? `article\n${job.article.url}\n${contentHash(job.article.body)}` : `page\n${job.url}`;
  const hex = createHash("sha256").update(identity).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Reads article files (any format `npm run ingest` reads) into jobs; invalid records (over `limits` among them) are
 * returned apart.
 */
export async function articleJobs(
  inputs: string[],
  defaults: TextDefaults = {},
  limits?: ArticleLimits,
): Promise<{ jobs: IngestJob[]; invalid: string[] }> {
  const jobs: IngestJob[] = [];
  const invalid: string[] = [];
  for (const file of await listArticleFiles(inputs)) {
    for (const record of await readArticleFile(file, defaults)) {
      const parsed = record.readError ? { errors: [{ message: record.readError }] } : parseArticleInput(record.value, limits);
      if ("errors" in parsed) invalid.push(`${record.origin}: ${parsed.errors.map((error) => error.message).join("; ")}`);
      else
        jobs.push({
          kind: "article",
          origin: record.origin,
          article: { ...parsed.article, publishedAt: parsed.article.publishedAt.toISOString() },
        });
    }
  }
  return { jobs, invalid };
}

export async function enqueueJobs(boss: PgBoss, jobs: IngestJob[]): Promise<Pick<EnqueueSummary, "queued" | "alreadyQueued">> {
  let queued = 0;
  const unique = [...new Map(jobs.map((job) => [jobId(job), job])).entries()];
  for (let start = 0; start < unique.length; start += 500) {
    const batch = unique.slice(start, start + 500);
    const ids = await boss.insert(
      INGEST_QUEUE,
      batch.map(([id, data]) => ({ id, data })),
      { returnId: true },
    );
    queued += ids?.length ?? 0;
  }
  return { queued, alreadyQueued: jobs.length - queued };
}
