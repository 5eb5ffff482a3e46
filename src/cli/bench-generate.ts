// npm run bench:generate -- --statements N --database-url postgres://… [--seed S]: migrates and seeds the
// database, then writes N synthetic statements (src/bench/generate-data.ts) with a progress bar.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { openDatabase } from "../db/database.js";
import { referenceDataPresent, seedReferenceData } from "../db/seed/seed-reference-data.js";
import { DEFAULT_STATEMENTS, generateBenchData } from "../bench/generate-data.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      statements: { type: "string", default: String(DEFAULT_STATEMENTS) },
      "database-url": { type: "string", default: process.env.DATABASE_URL },
      seed: { type: "string", default: "1" },
    },
  });
  const url = values["database-url"];
  if (!url) throw new Error("Give the database: --database-url postgres://… (or DATABASE_URL).");
  const database = await openDatabase({ kind: "postgres", url });
  try {
    await database.migrate();
    if (!(await referenceDataPresent(database.prisma))) await seedReferenceData(database.prisma);
    if ((await database.prisma.article.count()) > 0)
      throw new Error(`${database.description} already holds articles: use an empty database.`);
    const bar = new cliProgress.SingleBar(
      { format: "generating {bar} {value}/{total} statements | {step} | {duration}s", noTTYOutput: true, notTTYSchedule: 5000 },
      cliProgress.Presets.shades_classic,
    );
    const statements = Number(values.statements);
    bar.start(statements, 0, { step: "starting" });
    const started = performance.now();
    const volume = await generateBenchData(database.prisma, {
      statements,
      seed: Number(values.seed),
      onProgress: (done, _total, step) => bar.update(done, { step }),
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${database.description}: ${volume.statements} statements, ${volume.articles} articles, ${volume.people} people, ` +
        `${volume.states} active states, ${volume.targets} targets, ${volume.topics} topic tags in ${seconds.toFixed(1)} s.`,
    );
  } finally {
    await database.close();
  }
});
