// npm run worker [-- --concurrency N]
// Takes ingestion jobs queued by `npm run ingest -- --enqueue …` from the queue on DATABASE_URL's PostgreSQL and
// ingests them; run as many as you like, on as many machines (on the embedded PGlite database: one at a time). SIGINT/SIGTERM: finish the jobs in hand, then exit.
// Prints one line per job (started, done, error) to stdout.
import { loadConfig } from "../config/env.js";
import { openDatabase } from "../db/database.js";
import { openJobQueue } from "../ingestion/queue/job-queue.js";
import { runWorker } from "../ingestion/queue/run-worker.js";
import { integerArg, parseCliArgs } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run worker [-- options]
  Processes the ingestion jobs of the queue (on DATABASE_URL, or the embedded database); stops cleanly on Ctrl-C or SIGTERM.
  --concurrency N        jobs processed at the same time by this worker (default 1)
  --help, -h             this help`;

await runCli(async () => {
  const { values } = parseCliArgs({ usage: USAGE, options: { concurrency: { type: "string" } } });
  const concurrency = integerArg(values.concurrency, "--concurrency") ?? 1;
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    // Many workers start at once: they leave migrations to `npm run db:migrate` (or `ingest --enqueue`) and check them.
    const readiness = await database.readiness();
    if (!readiness.ready) throw new Error(`database not ready (${readiness.reason}): run npm run db:migrate first`);
    const boss = await openJobQueue(database);
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    console.log(`worker ${process.pid} ready (${database.description}, concurrency ${concurrency})`);
    await runWorker(boss, database.prisma, {
      concurrency,
      limits: config.articleLimits,
      signal: controller.signal,
      onStart: (id, job, attempt) =>
        console.log(`started ${id} ${job.kind === "article" ? job.article.url : job.url} attempt ${attempt}`),
      onDone: (id, output) => console.log(`done ${id} ${"skipped" in output ? `skipped: ${output.skipped}` : output.status}`),
      onError: (id, error) => console.log(`error ${id} ${error.message.split("\n")[0]}`),
    });
    console.log(`worker ${process.pid} stopped`);
  } finally {
    await database.close();
  }
});
