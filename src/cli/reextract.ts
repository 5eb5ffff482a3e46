// npm run reextract [-- --all]: brings stored articles up to the current extractor version
// (by default only those extracted by another version); reviewed statements are kept.
import { parseArgs } from "node:util";
import { loadConfig } from "../config/env.js";
import { openDatabase } from "../db/database.js";
import { EXTRACTOR_VERSION } from "../extraction/extract-article.js";
import { reextractArticles } from "../ingestion/reextract.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const { values } = parseArgs({ options: { all: { type: "boolean", default: false } } });
  const database = await openDatabase(loadConfig().database);
  try {
    await database.migrate();
    const summary = await reextractArticles(database.prisma, { all: values.all, progress: process.stderr });
    for (const failure of summary.failures) console.error(`failed: ${failure}`);
    console.log(
      `Re-extracted ${summary.articles - summary.failures.length} of ${summary.articles} article(s) with extractor ${EXTRACTOR_VERSION} ` +
        `in ${summary.seconds.toFixed(1)} s: ${summary.statements} statements.`,
    );
    if (summary.failures.length) process.exitCode = 1;
  } finally {
    await database.close();
  }
});
