// npm run ingest -- <files or folders…> [--url URL…] [--urls FILE] [--feed URL… [--watch]] [--enqueue] [options]
// Bulk-loads articles with a progress bar; bad records are reported with file and line and skipped.
// Web pages and feeds, and the job queue (--enqueue), are handled by ingest-web.ts.
// Exit code: 0 when every record was ingested, 1 when any failed, 2 for a wrong command line.
import { loadConfig } from "../config/env.js";
import { openDatabase } from "../db/database.js";
import { bulkIngest, formatSummary } from "../ingestion/bulk-ingest.js";
import { availableParallelism } from "node:os";
import { integerArg, parseCliArgs, UsageError } from "./cli-args.js";
import { progressBar } from "./progress-bar.js";
import { enqueueInputs, hasWebInputs, ingestFromWeb, WEB_OPTIONS, WEB_USAGE } from "./ingest-web.js";
import { runCli } from "./run-cli.js";

/**
 * Extraction threads by default: one per core but one, which the main thread (writing) and the database need. On a
 * 2-core machine with PostgreSQL beside it, one thread was the fastest (issue 13: 540 articles, under load, 43-45/s
 * with none, 65-87/s with one, 30-73/s with two).
 */
const DEFAULT_WORKERS = Math.max(1, availableParallelism() - 1);

const USAGE = `Usage: npm run ingest -- <files or folders…> [options]
  Loads .json (one article or an array), .ndjson/.jsonl, .txt/.md, .html files; folders are read recursively.
  --source NAME          source of text files without one in their front matter
  --published-at DATE    publication time of text files without one (ISO 8601)
  --url-prefix URL       text files get the url <URL>/<file name without extension>
  --language CODE        language of text files without one (default en)
  --workers N            extraction threads for files (default: one per core but one, ${DEFAULT_WORKERS} here;
                         0 extracts in the main thread); the stored data is the same whatever N
  --batch-size N         articles written per transaction (default 16)
${WEB_USAGE}
  --help, -h             this help`;

await runCli(async () => {
  const { values, positionals } = parseCliArgs({
    usage: USAGE,
    positionals: true,
    options: {
      source: { type: "string" },
      "published-at": { type: "string" },
      "url-prefix": { type: "string" },
      language: { type: "string" },
      workers: { type: "string", default: String(DEFAULT_WORKERS) },
      "batch-size": { type: "string", default: "16" },
      ...WEB_OPTIONS,
    },
  });
  const workers = integerArg(values.workers, "--workers", 0)!;
  const batchSize = integerArg(values["batch-size"], "--batch-size")!;
  if (!positionals.length && !hasWebInputs(values)) throw new UsageError("give the files or folders to ingest (see --help)");
  const defaults = {
    source: values.source,
    publishedAt: values["published-at"],
    urlPrefix: values["url-prefix"],
    language: values.language,
  };
  const config = loadConfig();
  const database = await openDatabase(config.database);
  const bar = progressBar("ingesting", "articles");
  try {
    await database.migrate();
    if (values.enqueue) {
      process.exitCode = await enqueueInputs(database, positionals, values, defaults, config.articleLimits);
      return;
    }
    if (hasWebInputs(values)) process.exitCode = await ingestFromWeb(database, values, defaults, config.articleLimits);
    if (!positionals.length) return;
    const summary = await bulkIngest(database.prisma, positionals, {
      defaults: {
        source: values.source,
        publishedAt: values["published-at"],
        urlPrefix: values["url-prefix"],
        language: values.language,
      },
      onProgress: bar.onProgress,
      workers,
      batchSize,
      limits: config.articleLimits,
    });
    bar.stop();
    for (const failure of summary.failures) console.error(`failed: ${failure}`);
    console.log(formatSummary(summary));
    if (summary.counts.FAILED) process.exitCode = 1;
  } finally {
    bar.stop();
    await database.close();
  }
});
