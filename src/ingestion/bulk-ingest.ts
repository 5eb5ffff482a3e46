// Bulk ingestion of files (npm run ingest): reads every record, ingests it, reports progress through a callback,
// and keeps going past bad records, which are reported with their file and line.
import type { PrismaClient } from "../generated/prisma/client.js";
import { referenceDataPresent, seedReferenceData } from "../db/seed/seed-reference-data.js";
import { parseArticleInput } from "./article-input.js";
import { ArticleIngester, type IngestStatus } from "./ingest-article.js";
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
}

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
  for (const [index, record] of records.entries()) {
    try {
      if (record.readError) throw new Error(record.readError);
      const parsed = parseArticleInput(record.value);
      if ("errors" in parsed) throw new Error(parsed.errors.map((error) => error.message).join("; "));
      const outcome = await ingester.ingest(parsed.article);
      counts[outcome.status] += 1;
      if (outcome.status === "CREATED" || outcome.status === "UPDATED") {
        found.statements += outcome.statements;
        found.people += outcome.people;
        found.states += outcome.states;
      }
    } catch (error) {
      counts.FAILED += 1;
      failures.push(`${record.origin}: ${(error as Error).message.split("\n")[0]}`);
    }
    report(index + 1, counts.FAILED);
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
