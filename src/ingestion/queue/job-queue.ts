// The ingestion job queue: pg-boss on the same PostgreSQL database as the data (its own schema, pgboss), so any
// number of workers on any number of machines share it with nothing else to run. On the embedded PGlite database
// the queue works too, inside the one process that holds the database (enqueue now, run `npm run worker` later). Jobs are retried with
// exponential backoff; a worker that dies mid-job stops sending heartbeats and its job goes back to the queue;
// jobs that keep failing are kept, state failed, with their error.
import { fromPglite, PgBoss, type ConstructorOptions } from "pg-boss";
import type { Database } from "../../db/database.js";

export const INGEST_QUEUE = "entente-ingest";

export interface QueueTuning {
  /** A job whose worker sent no heartbeat for this long is retried elsewhere (pg-boss minimum: 10). */
  heartbeatSeconds: number;
  /** How often this process checks for such jobs and expired ones. */
  superviseSeconds: number;
  retryLimit: number;
  /** First retry delay; doubled (with jitter) for each further retry, up to retryDelayMaxSeconds. */
  retryDelaySeconds: number;
  retryDelayMaxSeconds: number;
  /** Completed jobs are kept this long (failed ones until deleted by hand). */
  keepCompletedSeconds: number;
}

export const DEFAULT_QUEUE_TUNING: QueueTuning = {
  heartbeatSeconds: 30,
  superviseSeconds: 15,
  retryLimit: 5,
  retryDelaySeconds: 10,
  retryDelayMaxSeconds: 600,
  keepCompletedSeconds: 7 * 24 * 3600,
};

/** Connects to the queue in the database (PostgreSQL, or the embedded PGlite) and creates the queue on first use. */
export async function openJobQueue(
  database: Pick<Database, "target" | "pglite">,
  tuning: Partial<QueueTuning> = {},
): Promise<PgBoss> {
  const settings = { ...DEFAULT_QUEUE_TUNING, ...tuning };
  const connection: ConstructorOptions =
    database.target.kind === "postgres"
      ? { connectionString: database.target.url, max: 4, application_name: "entente-queue" }
      : { db: fromPglite(database.pglite!), backend: "pglite" };
  const boss = new PgBoss({
    ...connection,
    superviseIntervalSeconds: settings.superviseSeconds,
    monitorIntervalSeconds: settings.superviseSeconds,
  });
  // pg-boss reports connection trouble as events; without a listener Node would treat them as fatal.
  boss.on("error", (error: Error) => console.error(`entente: queue: ${error.message}`));
  await boss.start();
  if (!(await boss.getQueue(INGEST_QUEUE))) {
    await boss
      .createQueue(INGEST_QUEUE, {
        heartbeatSeconds: settings.heartbeatSeconds,
        retryLimit: settings.retryLimit,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
        retryDelayMax: settings.retryDelayMaxSeconds,
        deleteAfterSeconds: settings.keepCompletedSeconds,
      })
      .catch(async (error: Error) => {
        // Another worker created it at the same moment.
        if (!(await boss.getQueue(INGEST_QUEUE))) throw error;
      });
  }
  return boss;
}
