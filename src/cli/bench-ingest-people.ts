// npm run bench:ingest-people -- --database-url postgres://… [--sizes 1000,100000,1000000] [--rounds N]
// Ingestion latency against the number of stored people: grows the Person table to each size with generated
// people, then times ingestArticle on the demo corpus (stored under new urls, so every ingest writes) and prints
// the median per size. Ingestion looks people up by name through indexes, so the medians should stay level.
import { openDatabase } from "../db/database.js";
import { referenceDataPresent, seedReferenceData } from "../db/seed/seed-reference-data.js";
import { topUpGeneratedPeople } from "../bench/generate-people.js";
import { parseArticleInput, type ArticleToIngest } from "../ingestion/article-input.js";
import { ArticleIngester } from "../ingestion/ingest-article.js";
import { DEMO_ARTICLES_DIR } from "../ingestion/demo-corpus.js";
import { listArticleFiles, readArticleFile } from "../ingestion/read-article-files.js";
import { integerArg, parseCliArgs, UsageError } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run bench:ingest-people -- --database-url URL [options]
  Median ingestArticle latency with 1,000 / 100,000 / 1,000,000 people stored (PostgreSQL).
  --database-url URL   a PostgreSQL database for the bench (default DATABASE_URL); it is migrated and filled
  --sizes LIST         people counts, comma-separated (default 1000,100000,1000000)
  --rounds N           times the demo corpus is ingested at each size (default 2)
  --help, -h           this help`;

async function demoCorpus(): Promise<ArticleToIngest[]> {
  const corpus: ArticleToIngest[] = [];
  for (const file of await listArticleFiles([DEMO_ARTICLES_DIR])) {
    for (const record of await readArticleFile(file)) {
      const parsed = parseArticleInput(record.value);
      if ("article" in parsed) corpus.push(parsed.article);
    }
  }
  return corpus;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

await runCli(async () => {
  const { values } = parseCliArgs({
    usage: USAGE,
    options: {
      "database-url": { type: "string", default: process.env.DATABASE_URL },
      sizes: { type: "string", default: "1000,100000,1000000" },
      rounds: { type: "string", default: "2" },
    },
  });
  const url = values["database-url"];
  if (!url?.startsWith("postgres")) throw new UsageError("give a PostgreSQL database: --database-url postgres://…");
  const sizes = values.sizes.split(",").map((size) => integerArg(size.trim(), "--sizes")!);
  const rounds = integerArg(values.rounds, "--rounds")!;
  const corpus = await demoCorpus();
  const database = await openDatabase({ kind: "postgres", url });
  try {
    await database.migrate();
    if (!(await referenceDataPresent(database.prisma))) await seedReferenceData(database.prisma);
    const ingester = new ArticleIngester(database.prisma);
    const run = Date.now().toString(36);
    const medians: number[] = [];
    for (const size of sizes) {
      const started = performance.now();
      const added = await topUpGeneratedPeople(database.prisma, size);
      // What autovacuum does after a bulk load: statistics for the planner and a tidy visibility map.
      await database.prisma.$executeRawUnsafe(`VACUUM ANALYZE "Person"`);
      console.log(`${size} people: ${added} generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const latencies: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const [index, article] of corpus.entries()) {
          const body = `${article.body}\n\n(Bench copy ${run}-${size}-${round}-${index}.)`;
          const before = performance.now();
          await ingester.ingest({ ...article, url: `${article.url}?people-bench=${run}-${size}-${round}`, body });
          latencies.push(performance.now() - before);
        }
      }
      medians.push(median(latencies));
      console.log(`  ingestArticle: median ${median(latencies).toFixed(1)} ms over ${latencies.length} articles`);
    }
    const ratio = medians[medians.length - 1]! / medians[0]!;
    console.log(
      `median latency ${sizes.map((size, i) => `${size} people: ${medians[i]!.toFixed(1)} ms`).join(", ")}; ` +
        `largest / smallest = ${ratio.toFixed(2)}× (target <= 1.2×)`,
    );
  } finally {
    await database.close();
  }
});
