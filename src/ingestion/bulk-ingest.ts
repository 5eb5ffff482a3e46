// Bulk ingestion of files (npm run ingest): reads every record, ingests it, reports progress through a callback,
// and keeps going past bad records, which are reported with their file and line. Extraction runs in worker
// threads when asked (--workers), and writes are batched, several articles per transaction.
import type { PrismaClient } from "../generated/prisma/client.js";
import { referenceDataPresent, seedReferenceData } from "../db/seed/seed-reference-data.js";
import type { ExtractionResult } from "../extraction/types.js";
import { parseArticleInput, type ArticleLimits, type ArticleToIngest } from "./article-input.js";
import { ArticleIngester, type IngestStatus } from "./ingest-article.js";
import { extractForIngest } from "./article-extraction.js";
import { extractionContext } from "./extraction-context.js";
import { ExtractionPool } from "./extraction-pool.js";
import { progressReporter, type OnProgress } from "./progress.js";
import { listArticleFiles, readArticleFile, type ArticleRecord, type TextDefaults } from "./read-article-files.js";

export interface BulkIngestSummary {
  records: number;
  counts: Record<IngestStatus | "FAILED", number>;
  found: { statements: number; people: number; states: number };
  failures: string[];
  seconds: number;
}

export interface BulkIngestOptions {
  defaults?: TextDefaults;
  /** Called once before the first record and after each record. */
  onProgress?: OnProgress;
  /** Extraction threads; 0 (the default) extracts in this thread. */
  workers?: number;
  /** Articles written per transaction (default 16). */
  batchSize?: number;
  /** The deployment's limits (MAX_ARTICLE_CHARS): a longer article fails alone, the others go on. */
  limits?: ArticleLimits;
}

/** A record read, validated and extracted, ready to be written; or why it cannot be. */
type Prepared =
  { record: ArticleRecord; article: ArticleToIngest; extraction?: ExtractionResult } | { record: ArticleRecord; error: Error };

const DEFAULT_BATCH_SIZE = 16;

/**
 * Records are written in order, a batch per transaction, while the next batch is extracted (in worker threads when
 * `workers` > 0): extraction needs nothing from the database, and each article's people are matched inside the
 * write, after the articles before it, so the stored rows are the same as one article at a time.
 */
export async function bulkIngest(
  prisma: PrismaClient,
  inputs: string[],
  options: BulkIngestOptions = {},
): Promise<BulkIngestSummary> {
  const records: ArticleRecord[] = [];
  for (const file of await listArticleFiles(inputs)) records.push(...(await readArticleFile(file, options.defaults)));
  // Extraction needs the states gazetteer and the topic taxonomy.
  if (!(await referenceDataPresent(prisma))) await seedReferenceData(prisma);

  const counts: BulkIngestSummary["counts"] = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, DUPLICATE: 0, FAILED: 0 };
  const found = { statements: 0, people: 0, states: 0 };
  const failures: string[] = [];
  const started = performance.now();
  const report = progressReporter(records.length, options.onProgress);
  report(0, 0);
  const ingester = new ArticleIngester(prisma);
  const context = await extractionContext(prisma);
  const pool = options.workers ? new ExtractionPool(options.workers, context.states) : null;
  const parse = (record: ArticleRecord): Prepared => {
    if (record.readError) return { record, error: new Error(record.readError) };
    const parsed = parseArticleInput(record.value, options.limits);
    if ("errors" in parsed) return { record, error: new Error(parsed.errors.map((error) => error.message).join("; ")) };
    return { record, article: parsed.article };
  };
  const extract = async (item: Prepared, stored: boolean): Promise<Prepared> => {
    // Articles already stored as they are need no extraction (a rerun, or a resumed one).
    if (!("article" in item) || stored) return item;
    try {
      return { ...item, extraction: pool ? await pool.extract(item.article) : extractForIngest(item.article, context) };
    } catch (error) {
      return { record: item.record, error: error as Error };
    }
  };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const prepareBatch = async (from: number): Promise<Prepared[]> => {
    const parsed = records.slice(from, from + batchSize).map(parse);
    const articles = parsed.flatMap((item) => ("article" in item ? [item.article] : []));
    // A failed lookup costs only the extraction it would have saved: writing the batch reports the database's error.
    const stored = await ingester.storedAmong(articles).catch(() => articles.map(() => false));
    let next = 0;
    return Promise.all(parsed.map((item) => extract(item, "article" in item && stored[next++]!)));
  };
  let done = 0;
  const fail = (record: ArticleRecord, error: Error) => {
    counts.FAILED += 1;
    failures.push(`${record.origin}: ${error.message.split("\n")[0]}`);
  };
  try {
    let next = prepareBatch(0);
    for (let from = 0; from < records.length; from += batchSize) {
      const batch = await next;
      // The next batch is extracted while this one is written.
      if (from + batchSize < records.length) next = prepareBatch(from + batchSize);
      const ready = batch.filter((item) => "article" in item);
      const outcomes = await ingester.ingestBatch(ready);
      for (const item of batch) {
        if ("error" in item) fail(item.record, item.error);
        else {
          const outcome = outcomes[ready.indexOf(item)]!;
          if (outcome instanceof Error) fail(item.record, outcome);
          else {
            counts[outcome.status] += 1;
            if (outcome.status === "CREATED" || outcome.status === "UPDATED") {
              found.statements += outcome.statements;
              found.people += outcome.people;
              found.states += outcome.states;
            }
          }
        }
        report(++done, counts.FAILED);
      }
    }
  } finally {
    await pool?.close();
  }
  return { records: records.length, counts, found, failures, seconds: (performance.now() - started) / 1000 };
}

export function formatSummary(summary: BulkIngestSummary): string {
  const { counts, found } = summary;
  return (
    `${summary.records} records in ${summary.seconds.toFixed(1)} s: ${counts.CREATED} new, ${counts.UPDATED} updated, ${counts.UNCHANGED} unchanged, ` +
    `${counts.DUPLICATE} duplicates, ${counts.FAILED} failed; found ${found.statements} statements, ${found.people} people, ${found.states} state mentions.`
  );
}
