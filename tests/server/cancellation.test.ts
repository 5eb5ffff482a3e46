// A request whose client goes away stops using the database (issue 10): on PostgreSQL its running statement is
// cancelled (pg_cancel_backend of its connection) and its later statements are never sent; on PGlite, which cannot
// interrupt a statement, the later statements are refused.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createCancellablePool } from "../../src/db/cancellable-pool.js";
import { openDatabase } from "../../src/db/database.js";
import { isStatementTimeout } from "../../src/db/driver-errors.js";
import { QUERY_CANCELED, runWithRequestSignal } from "../../src/db/request-signal.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createPostgresDatabase } from "../helpers/test-database.js";

const logger = createLogger({ level: "silent", format: "json" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 25 ms until it is true; returns the milliseconds it took (throws after `timeoutMs`). */
async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await sleep(25);
  }
  return performance.now() - started;
}

// Prisma's queries are lazy (they start when awaited), so each one is awaited inside the request's scope.
describe("statements of an abandoned request", () => {
  it("are refused before they are sent, on PGlite too", async () => {
    const database = await openDatabase({ kind: "pglite", dataDir: "memory://" });
    try {
      await database.migrate();
      const abandoned = new AbortController();
      const live = await runWithRequestSignal(abandoned.signal, async () => await database.prisma.state.count());
      expect(live).toBe(0);
      abandoned.abort();
      const error = await runWithRequestSignal(abandoned.signal, async () => await database.prisma.state.count()).catch((e) => e);
      // Reported as PostgreSQL reports a cancelled statement, so it maps to QUERY_TIMEOUT like a timeout does.
      expect(isStatementTimeout(error)).toBe(true);
      // Outside a request (CLI, ingestion) nothing is refused.
      expect(await database.prisma.state.count()).toBe(0);
    } finally {
      await database.close();
    }
  }, 120_000);

  it.runIf(process.env.TEST_DATABASE_URL)(
    "are cancelled while running on PostgreSQL",
    async () => {
      const { url, drop } = await createPostgresDatabase(process.env.TEST_DATABASE_URL!);
      const database = await openDatabase({ kind: "postgres", url }, { statementTimeoutMs: 60_000 });
      try {
        const abandoned = new AbortController();
        const started = performance.now();
        const running = runWithRequestSignal(abandoned.signal, async () => await database.prisma.$queryRaw`SELECT pg_sleep(30)`);
        const outcome = running.catch((error: unknown) => error);
        await sleep(300);
        abandoned.abort();
        const error = (await outcome) as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
        expect(performance.now() - started).toBeLessThan(5_000);
        expect(error.meta?.driverAdapterError?.cause?.originalCode).toBe(QUERY_CANCELED);
        // The pool stays usable: the next statement of another request runs normally.
        const fresh = new AbortController();
        const rows = await runWithRequestSignal(
          fresh.signal,
          async () => await database.prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one`,
        );
        expect(rows).toEqual([{ one: 1 }]);
      } finally {
        await database.close();
        await drop();
      }
    },
    120_000,
  );
});

describe.runIf(process.env.TEST_DATABASE_URL)("a statement abandoned while it waits for a connection (PostgreSQL)", () => {
  // The adapter refuses a statement whose request is gone before it is sent; one abandoned after that check, while
  // the pool connects (hundreds of ms on a loaded machine), used to be sent anyway with an abort listener that
  // could never fire, and ran to its end: "cancelled while running on PostgreSQL" once ran its full 30 s at load ~15.
  it("is never sent, and the pool stays usable", async () => {
    const pools = createCancellablePool({ connectionString: process.env.TEST_DATABASE_URL! });
    try {
      const abandoned = new AbortController();
      abandoned.abort();
      const started = performance.now();
      const error = (await runWithRequestSignal(abandoned.signal, () => pools.pool.query({ text: "SELECT pg_sleep(30)" })).catch(
        (e: unknown) => e,
      )) as { code?: string };
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(error.code).toBe(QUERY_CANCELED);
      const fresh = new AbortController();
      const { rows } = await runWithRequestSignal(fresh.signal, () => pools.pool.query({ text: "SELECT 1 AS one" }));
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await pools.end();
    }
  }, 60_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)("an HTTP client that disconnects mid-request (PostgreSQL)", () => {
  let server: RunningServer;
  let database: { url: string; drop: () => Promise<void> };
  let locker: pg.Client;
  let observer: pg.Client;
  beforeAll(async () => {
    database = await createPostgresDatabase(process.env.TEST_DATABASE_URL!);
    server = await startServer(
      loadConfig({ PORT: "0", HOST: "127.0.0.1", DATABASE_URL: database.url, STATEMENT_TIMEOUT_MS: "60000" }),
      logger,
    );
    locker = new pg.Client({ connectionString: database.url });
    observer = new pg.Client({ connectionString: database.url });
    await Promise.all([locker.connect(), observer.connect()]);
  }, 300_000);
  afterAll(async () => {
    await locker?.end();
    await observer?.end();
    await server?.stop();
    await database?.drop();
  });

  /** Server statements that read the State table and wait for a lock. */
  const waiting = async () => {
    const { rows } = await observer.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid NOT IN (pg_backend_pid(), $1)
         AND state = 'active' AND wait_event_type = 'Lock' AND query ILIKE '%"State"%'`,
      [(locker as unknown as { processID: number }).processID],
    );
    return rows[0]!.n;
  };

  it("cancels its statement: pg_stat_activity shows it gone within a second", async () => {
    // Another transaction holds the table, so the request's statement waits in PostgreSQL until cancelled.
    await locker.query(`BEGIN; LOCK TABLE "State" IN ACCESS EXCLUSIVE MODE`);
    try {
      const client = new AbortController();
      const request = fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ states(first: 3) { totalCount nodes { code } } }" }),
        signal: client.signal,
      }).catch((error: unknown) => error);
      await until(async () => (await waiting()) > 0, 30_000);
      client.abort();
      const goneAfterMs = await until(async () => (await waiting()) === 0, 5_000);
      expect(await request).toBeInstanceOf(Error);
      expect(goneAfterMs).toBeLessThan(1_000);
    } finally {
      await locker.query("ROLLBACK");
    }
    // The server keeps answering normally once the table is free.
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ states(first: 1) { nodes { code } } }" }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.states.nodes).toHaveLength(1);
  }, 120_000);
});
