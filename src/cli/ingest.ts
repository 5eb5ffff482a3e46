// npm run ingest -- <files or folders…> [--source NAME] [--published-at DATE] [--url-prefix URL] [--language en]
// Bulk-loads articles with a progress bar; bad records are reported with file and line and skipped.
// Exit code: 0 when every record was ingested, 1 when any failed.
import { parseArgs } from "node:util";
import { loadConfig } from "../config/env.js";
import { openDatabase } from "../db/database.js";
import { bulkIngest, formatSummary } from "../ingestion/bulk-ingest.js";
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
  const database = await openDatabase(loadConfig().database);
  try {
    await database.migrate();
    const summary = await bulkIngest(database.prisma, positionals, {
      defaults: {
        source: values.source,
        publishedAt: values["published-at"],
        urlPrefix: values["url-prefix"],
        language: values.language,
      },
      progress: process.stderr,
    });
    for (const failure of summary.failures) console.error(`failed: ${failure}`);
    console.log(formatSummary(summary));
    if (summary.counts.FAILED) process.exitCode = 1;
  } finally {
    await database.close();
  }
});
