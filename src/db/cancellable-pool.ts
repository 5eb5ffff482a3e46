// A pg connection pool whose statements stop when the request that sent them is abandoned: when the request's
// AbortSignal fires (its HTTP client went away, request-signal.ts) while one of its statements runs, the backend
// running it gets pg_cancel_backend from a separate small pool, and PostgreSQL ends the statement with SQLSTATE
// 57014. The connection is handed back only after the cancel has been answered, so a late cancel can never reach
// the next statement another request runs on it.
import pg from "pg";
import { currentRequestSignal } from "./request-signal.js";

type QueryFunction = (...args: unknown[]) => Promise<pg.QueryResult>;

/** A plain query sent as one config object (how Prisma's pg adapter sends every statement): it returns a promise. */
function isConfigQuery(args: unknown[]): args is [pg.QueryConfig] {
  const [config] = args;
  return args.length === 1 && typeof config === "object" && config !== null && !("submit" in config);
}

export interface CancellablePool {
  pool: pg.Pool;
  /** Ends both pools. */
  end(): Promise<void>;
}

export function createCancellablePool(config: pg.PoolConfig): CancellablePool {
  const pool = new pg.Pool(config);
  // Cancelling needs no statement timeout and at most a couple of connections; idle ones close soon.
  const cancelPool = new pg.Pool({ ...config, statement_timeout: undefined, max: 2, idleTimeoutMillis: 5_000 });
  cancelPool.on("error", () => {}); // an idle cancel connection that drops is simply replaced

  const cancelBackend = async (processId: number): Promise<void> => {
    try {
      await cancelPool.query("SELECT pg_cancel_backend($1)", [processId]);
    } catch {
      // The statement still ends by statement_timeout; nothing else depends on the cancel.
    }
  };

  // Every statement of a request, in or outside a transaction, goes through its connection's query().
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as QueryFunction;
    client.query = (async (...args: unknown[]) => {
      const signal = currentRequestSignal();
      if (!signal || !isConfigQuery(args)) return query(...args);
      let cancelling: Promise<void> | null = null;
      const onAbort = () => {
        const processId = (client as unknown as { processID: number | null }).processID;
        if (processId !== null && !cancelling) cancelling = cancelBackend(processId);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      try {
        return await query(...args);
      } finally {
        signal.removeEventListener("abort", onAbort);
        if (cancelling) await cancelling;
      }
    }) as typeof client.query;
  });

  return {
    pool: withQueryInCallerContext(pool),
    end: async () => {
      await Promise.all([pool.end(), cancelPool.end()]);
    },
  };
}

/**
 * pg-pool's own query() may run the statement from the callback of whichever request released a connection, so
 * it could read that request's signal. Here a statement is sent from the caller's own async context instead.
 */
function withQueryInCallerContext(pool: pg.Pool): pg.Pool {
  const poolQuery = pool.query.bind(pool) as QueryFunction;
  pool.query = (async (...args: unknown[]) => {
    if (!currentRequestSignal() || !isConfigQuery(args)) return poolQuery(...args);
    const client = await pool.connect();
    // A connection that breaks mid-statement fails the statement; the 'error' event must not go unheard.
    const ignore = () => {};
    client.on("error", ignore);
    try {
      const result = await (client.query as QueryFunction)(...args);
      client.release();
      return result;
    } catch (error) {
      // As pg-pool does: a connection whose statement failed is not reused (it may be broken).
      client.release(error as Error);
      throw error;
    } finally {
      client.removeListener("error", ignore);
    }
  }) as typeof pool.query;
  return pool;
}
