// Chooses the Prisma driver adapter: embedded PGlite by default, PostgreSQL when a URL is given.
// Both speak the same SQL dialect, so one schema and one migration history serve both.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { createCancellablePool } from "./cancellable-pool.js";
import { preparedStatementName } from "./prepared-statements.js";
import { abortableAdapterFactory } from "./request-signal.js";
import { transactionTurnsAdapterFactory } from "./transaction-turns.js";

export type DatabaseTarget =
  | { kind: "pglite"; /** Data folder, or "memory://" for a throwaway database. */ dataDir: string }
  | { kind: "postgres"; url: string };

export interface DatabaseDriver {
  target: DatabaseTarget;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Releases the underlying connection(s): PGlite must be closed or its folder stays locked. */
  close(): Promise<void>;
  /** The embedded database itself (its LISTEN/NOTIFY API), or null on PostgreSQL. */
  pglite: PGlite | null;
}

export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return target.dataDir === "memory://" ? "PGlite (in memory)" : `PGlite (${target.dataDir})`;
  const url = new URL(target.url);
  return `PostgreSQL (${url.hostname}:${url.port || "5432"}${url.pathname})`;
}

export interface DriverOptions {
  /**
   * PostgreSQL's statement_timeout on every connection, in ms (0 or absent: none), so that no request can keep
   * the database busy after its client has given up. PGlite runs in-process without timers and ignores it.
   */
  statementTimeoutMs?: number;
}

/**
 * PostgreSQL settings of the embedded database. PGlite keeps PostgreSQL's 128 MB of shared buffers inside its
 * WebAssembly memory, which never shrinks: with them the server held about 190 MB of WebAssembly memory and went
 * over 700 MB RSS under the fuzz suite. Its files are read through Node (and the OS page cache), so 16 MB of
 * buffers costs the embedded workloads (demo corpus, development, tests) nothing measurable; see npm run fuzz.
 */
const PGLITE_SETTINGS = ["-c", "shared_buffers=16MB", "-c", "wal_init_zero=off"];

/**
 * The connection's `options` (those of the URL, if any) with PostgreSQL's JIT compilation off. The API's statements
 * read a few hundred rows from indexes, but the planner prices some far higher than they cost (a parameterised
 * full-text condition is estimated at 0.5% of the table whatever it matches), and past jit_above_cost it compiles
 * the statement first: the relevance search read 26 pages in 1 ms and spent 97 ms compiling at 2,000,000
 * statements. Rollup deltas already turn it off for the same reason (rollup-maintenance.ts).
 */
function withoutJit(url: string): string {
  const given = new URL(url).searchParams.get("options");
  return [given, "-c jit=off"].filter(Boolean).join(" ");
}

export async function openDriver(target: DatabaseTarget, options: DriverOptions = {}): Promise<DatabaseDriver> {
  if (target.kind === "pglite") {
    if (target.dataDir !== "memory://") mkdirSync(target.dataDir, { recursive: true });
    const pglite = await PGlite.create(target.dataDir, { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
    // PGlite runs one statement at a time in this process and cannot interrupt it: an abandoned request's
    // statement in hand finishes, its later ones are refused (request-signal.ts). Its transactions take turns that
    // let the event loop read other requests between them (transaction-turns.ts).
    const adapterFactory = abortableAdapterFactory(transactionTurnsAdapterFactory(new PrismaPGlite(pglite)));
    return { target, adapterFactory, close: () => pglite.close(), pglite };
  }
  const timeout = options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {};
  // Our own pool, so that a request's running statement is cancelled when its client goes away.
  const pools = createCancellablePool({ connectionString: target.url, ...timeout, options: withoutJit(target.url) });
  // The generator's type asks for a name, but pg sends any statement without one (undefined) unnamed, as it does
  // without a generator: only the texts marked in prepared-statements.ts are prepared.
  const statementNameGenerator = preparedStatementName as (query: { sql: string }) => string;
  const factory = new PrismaPg(pools.pool, { statementNameGenerator });
  return { target, adapterFactory: abortableAdapterFactory(factory), close: () => pools.end(), pglite: null };
}
