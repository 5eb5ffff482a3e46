// Bulk ingestion of files (npm run ingest): reads every record, ingests it, reports progress,
// and keeps going past bad records, which are reported with their file and line.
import cliProgress from "cli-progress";
import type { PrismaClient } from "../generated/prisma/client.js";
import { referenceDataPresent, seedReferenceData } from "../db/seed/seed-reference-data.js";
import { parseArticleInput } from "./article-input.js";
import { ArticleIngester, type IngestStatus } from "./ingest-article.js";
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
  /** Where the progress bar goes (a TTY gets a live bar; anything else a line every couple of seconds). */
  progress?: NodeJS.WritableStream | null;
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
  const bar = options.progress
    ? new cliProgress.SingleBar(
        {
          format: "ingesting {bar} {value}/{total} | {rate} articles/s | ETA {eta_formatted} | failed {failed}",
          stream: options.progress,
          hideCursor: true,
          noTTYOutput: true,
          notTTYSchedule: 2000,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(records.length, 0, { rate: "0.0", failed: 0 });
  const ingester = new ArticleIngester(prisma);
  try {
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
      const seconds = Math.max((performance.now() - started) / 1000, 0.001);
      bar?.update(index + 1, { rate: ((index + 1) / seconds).toFixed(1), failed: counts.FAILED });
    }
  } finally {
    bar?.stop();
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
