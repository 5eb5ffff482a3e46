// npm run reextract [-- --all]: brings stored articles up to the current extractor version
// (by default only those extracted by another version); reviewed statements are kept.
import { loadConfig } from "../config/env.js";
import { openDatabase } from "../db/database.js";
import { EXTRACTOR_VERSION } from "../extraction/extract-article.js";
import { reextractArticles } from "../ingestion/reextract.js";
import { parseCliArgs } from "./cli-args.js";
import { progressBar } from "./progress-bar.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run reextract [-- --all]
  Runs the current extractor (${EXTRACTOR_VERSION}) on articles stored by another version; reviewed statements are kept.
  --all        every article, whatever version extracted it
  --help, -h   this help`;

await runCli(async () => {
  const { values } = parseCliArgs({ usage: USAGE, options: { all: { type: "boolean", default: false } } });
  const database = await openDatabase(loadConfig().database);
  const bar = progressBar("re-extracting", "articles");
  try {
    await database.migrate();
    const summary = await reextractArticles(database.prisma, { all: values.all, onProgress: bar.onProgress });
    bar.stop();
    for (const failure of summary.failures) console.error(`failed: ${failure}`);
    console.log(
      `Re-extracted ${summary.articles - summary.failures.length} of ${summary.articles} article(s) with extractor ${EXTRACTOR_VERSION} ` +
        `in ${summary.seconds.toFixed(1)} s: ${summary.statements} statements.`,
    );
    if (summary.failures.length) process.exitCode = 1;
  } finally {
    bar.stop();
    await database.close();
  }
});
