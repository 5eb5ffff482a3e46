// npm run bench:extraction (second part): articles per second through full ingestion into an in-memory PGlite:
// validation, extraction, and the transactional write of the article, people, statements, targets, topics, mentions.
import { openDatabase } from "../db/database.js";
import { seedReferenceData } from "../db/seed/seed-reference-data.js";
import { parseArticleInput, type ArticleToIngest } from "../ingestion/article-input.js";
import { ArticleIngester } from "../ingestion/ingest-article.js";
import { DEMO_ARTICLES_DIR } from "../ingestion/demo-corpus.js";
import { listArticleFiles, readArticleFile } from "../ingestion/read-article-files.js";
import { integerArg, parseCliArgs } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: node dist/cli/bench-ingestion.js [--rounds N]   (second half of npm run bench:extraction)
  Ingestion throughput into an in-memory PGlite: the demo corpus stored N times under new urls.
  --rounds N   how many times (default BENCH_ROUNDS or 6)
  --help, -h   this help`;

await runCli(async () => {
  const { values } = parseCliArgs({
    usage: USAGE,
    options: { rounds: { type: "string", default: process.env.BENCH_ROUNDS ?? "6" } },
  });
  const rounds = integerArg(values.rounds, "--rounds (or BENCH_ROUNDS)")!;
  const corpus: ArticleToIngest[] = [];
  for (const file of await listArticleFiles([DEMO_ARTICLES_DIR])) {
    for (const record of await readArticleFile(file)) {
      const parsed = parseArticleInput(record.value);
      if ("article" in parsed) corpus.push(parsed.article);
    }
  }
  const database = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  try {
    await database.migrate();
    await seedReferenceData(database.prisma);
    const ingester = new ArticleIngester(database.prisma);
    // Every round stores the corpus under new urls with a marker line, so each ingest is a real write.
    let count = 0;
    let words = 0;
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      for (const [index, article] of corpus.entries()) {
        const body = `${article.body}\n\n(Bench copy ${round}-${index}.)`;
        await ingester.ingest({ ...article, url: `${article.url}?bench=${round}`, body });
        count += 1;
        words += body.split(/\s+/).length;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `ingestion into PGlite (in memory): ${count} articles (${Math.round(words / count)} words on average) in ${seconds.toFixed(2)} s = ` +
        `${(count / seconds).toFixed(1)} articles/s (target >= 50)`,
    );
  } finally {
    await database.close();
  }
});
