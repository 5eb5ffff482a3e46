// npm run bench:ingest-people -- --database-url postgres://… [--sizes 1000,100000,1000000] [--rounds N]
// Ingestion latency against the number of stored people: one database per size (<name>_p<size>, created and kept
// for the next run) filled with generated people, then ingestArticle timed on the demo corpus (stored under new urls,
// so every ingest writes), the sizes taking turns, and the median per size printed. Ingestion looks people up by name through indexes, so the medians should stay level.
import pg from "pg";
import { openDatabase, type Database } from "../db/database.js";
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
  --database-url URL   a PostgreSQL database (default DATABASE_URL); databases <name>_p<size> are created beside it
                       and kept (drop them when done)
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

/** The database of one size: the given database's name with the size appended, created on first use. */
async function sizeDatabase(url: string, size: number): Promise<string> {
  const target = new URL(url);
  target.pathname = `${target.pathname.replace(/^\//, "")}_p${size}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const name = target.pathname.slice(1);
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return target.toString();
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
  const databases: Database[] = [];
  try {
    for (const size of sizes) {
      const database = await openDatabase({ kind: "postgres", url: await sizeDatabase(url, size) });
      databases.push(database);
      await database.migrate();
      if (!(await referenceDataPresent(database.prisma))) await seedReferenceData(database.prisma);
      const started = performance.now();
      const added = await topUpGeneratedPeople(database.prisma, size);
      // What autovacuum does after a bulk load: statistics for the planner and a tidy visibility map.
      await database.prisma.$executeRawUnsafe(`VACUUM ANALYZE "Person"`);
      console.log(
        `${database.description}: ${size} people (${added} generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
    // The sizes take turns article by article, so a busy machine slows them alike.
    const ingesters = databases.map((database) => new ArticleIngester(database.prisma));
    const latencies: number[][] = sizes.map(() => []);
    const run = Date.now().toString(36);
    for (let round = 0; round < rounds; round++) {
      for (const [index, article] of corpus.entries()) {
        for (const [slot, ingester] of ingesters.entries()) {
          const body = `${article.body}\n\n(Bench copy ${run}-${round}-${index}.)`;
          const before = performance.now();
          await ingester.ingest({ ...article, url: `${article.url}?people-bench=${run}-${round}`, body });
          latencies[slot]!.push(performance.now() - before);
        }
      }
    }
    const medians = latencies.map(median);
    for (const [slot, size] of sizes.entries()) {
      console.log(
        `  ${size} people: ingestArticle median ${medians[slot]!.toFixed(1)} ms over ${latencies[slot]!.length} articles`,
      );
    }
    const ratio = medians[medians.length - 1]! / medians[0]!;
    console.log(`largest / smallest = ${ratio.toFixed(2)}× (target <= 1.2×)`);
  } finally {
    for (const database of databases) await database.close();
  }
});
