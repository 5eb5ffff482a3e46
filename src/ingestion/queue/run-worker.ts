// A queue worker: takes ingestion jobs, `concurrency` at a time, until the signal is aborted; then finishes the
// jobs in hand (up to a grace period) and returns. Jobs it could not finish go back to the queue.
import type { ArticleLimits } from "../article-input.js";
import type { PgBoss } from "pg-boss";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { referenceDataPresent, seedReferenceData } from "../../db/seed/seed-reference-data.js";
import type { FetcherOptions } from "../web/fetcher.js";
import { IngestJobHandler, type JobOutput } from "./job-handler.js";
import type { IngestJob } from "./ingest-jobs.js";
import { INGEST_QUEUE } from "./job-queue.js";

export interface WorkerEvents {
  onStart?(jobId: string, job: IngestJob, attempt: number): void;
  onDone?(jobId: string, output: JobOutput): void;
  onError?(jobId: string, error: Error): void;
}

export interface WorkerOptions extends WorkerEvents {
  concurrency: number;
  signal: AbortSignal;
  /** How long to wait for jobs in hand after the signal (default 30 s). */
  graceSeconds?: number;
  fetcher?: Partial<FetcherOptions>;
  /** The deployment's limits (MAX_ARTICLE_CHARS). */
  limits?: ArticleLimits;
}

export async function runWorker(boss: PgBoss, prisma: PrismaClient, options: WorkerOptions): Promise<void> {
  // Extraction needs the states gazetteer and the topic taxonomy (a no-op when present).
  if (!(await referenceDataPresent(prisma))) await seedReferenceData(prisma).catch(() => {});
  const handler = new IngestJobHandler(prisma, options.fetcher, options.limits);
  await boss.work<IngestJob, JobOutput>(
    INGEST_QUEUE,
    { localConcurrency: options.concurrency, batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 1 },
    async ([job]) => {
      options.onStart?.(job!.id, job!.data, job!.retryCount + 1);
      try {
        const output = await handler.handle(job!.data);
        options.onDone?.(job!.id, output);
        return output;
      } catch (error) {
        options.onError?.(job!.id, error as Error);
        throw error;
      }
    },
  );
  if (!options.signal.aborted) await new Promise((resolve) => options.signal.addEventListener("abort", resolve, { once: true }));
  await boss.stop({ graceful: true, timeout: (options.graceSeconds ?? 30) * 1000 });
}
