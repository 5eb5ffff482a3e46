// npm run ingest -- <files or folders…> [--source NAME] [--published-at DATE] [--url-prefix URL] [--language en]
// Bulk-loads articles with a progress bar; bad records are reported with file and line and skipped.
// Exit code: 0 when every record was ingested, 1 when any failed.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { loadConfig } from "../config/env.js";
import { openDatabase } from "../db/database.js";
import { parseArticleInput } from "../ingestion/article-input.js";
import { referenceDataPresent, seedReferenceData } from "../db/seed/seed-reference-data.js";
import { ArticleIngester, type IngestStatus } from "../ingestion/ingest-article.js";
import { listArticleFiles, readArticleFile, type ArticleRecord } from "../ingestion/read-article-files.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: "string" },
      "published-at": { type: "string" },
      "url-prefix": { type: "string" },
      language: { type: "string" },
    },
  });
  if (!positionals.length) {
    throw new Error("Usage: npm run ingest -- <files or folders…> [--source NAME] [--published-at DATE] [--url-prefix URL]");
  }
  const defaults = { source: values.source, publishedAt: values["published-at"], urlPrefix: values["url-prefix"], language: values.language };
  const records: ArticleRecord[] = [];
  for (const file of await listArticleFiles(positionals)) records.push(...(await readArticleFile(file, defaults)));

  const database = await openDatabase(loadConfig().database);
  const counts: Record<IngestStatus | "FAILED", number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, DUPLICATE: 0, FAILED: 0 };
  const found = { statements: 0, people: 0, states: 0 };
  const failures: string[] = [];
  const started = performance.now();
  const bar = new cliProgress.SingleBar(
    {
      format: "ingesting {bar} {value}/{total} | {rate} articles/s | ETA {eta_formatted} | failed {failed}",
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  try {
    await database.migrate();
    // Extraction needs the states gazetteer and the topic taxonomy.
    if (!(await referenceDataPresent(database.prisma))) await seedReferenceData(database.prisma);
    const ingester = new ArticleIngester(database.prisma);
    bar.start(records.length, 0, { rate: "0.0", failed: 0 });
    for (const record of records) {
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
      const seconds = (performance.now() - started) / 1000;
      bar.increment(1, { rate: (bar.getProgress() * records.length / Math.max(seconds, 0.001)).toFixed(1), failed: counts.FAILED });
    }
  } finally {
    bar.stop();
    await database.close();
  }
  for (const failure of failures) console.error(`failed: ${failure}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${records.length} records in ${seconds.toFixed(1)} s: ${counts.CREATED} new, ${counts.UPDATED} updated, ${counts.UNCHANGED} unchanged, ` +
      `${counts.DUPLICATE} duplicates, ${counts.FAILED} failed; found ${found.statements} statements, ${found.people} people, ${found.states} state mentions.`,
  );
  if (counts.FAILED) process.exitCode = 1;
});
