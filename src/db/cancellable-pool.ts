// A pg connection pool whose statements stop when the request that sent them is abandoned: when the request's
// AbortSignal fires (its HTTP client went away, request-signal.ts) while one of its statements runs, the backend
// running it gets pg_cancel_backend from a separate small pool (again every 250 ms until the statement has ended),
// and PostgreSQL ends the statement with SQLSTATE 57014; a statement whose request was abandoned while it waited for
// a connection is not sent. The connection is handed back only after the cancels have been answered, so a late
// cancel can never reach the next statement another request runs on it.
import pg from "pg";
import { currentRequestSignal } from "./request-signal.js";

type QueryFunction = (...args: unknown[]) => Promise<pg.QueryResult>;

/** How long a cancelled statement may go on before it is cancelled again (see cancelUntilEnded). */
const RECANCEL_MS = 250;

/**
 * The error of a statement not sent because its request was abandoned first: shaped as PostgreSQL's own
 * (SQLSTATE 57014, query_canceled), so that the driver adapter reports it as it reports a cancelled statement.
 */
function abandonedBeforeSending(): Error {
  return Object.assign(new Error("canceling statement: the client has gone away"), {
    code: "57014",
    severity: "ERROR",
  });
}

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

  /**
   * Cancels the backend's statement until it has ended (`ended` resolves). PostgreSQL ignores a cancel that arrives
   * while the backend is still reading the statement from the socket (on a loaded machine the statement can sit
   * there for a while after it was written), and the statement then runs to its end: so the cancel is repeated.
   */
  const cancelUntilEnded = async (processId: number, ended: Promise<void>): Promise<void> => {
    let done = false;
    void ended.then(() => (done = true));
    while (!done) {
      await cancelBackend(processId);
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, RECANCEL_MS).unref())]);
    }
  };

  // Every statement of a request, in or outside a transaction, goes through its connection's query().
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as QueryFunction;
    client.query = (async (...args: unknown[]) => {
      const signal = currentRequestSignal();
      if (!signal || !isConfigQuery(args)) return query(...args);
      // Abandoned while it waited for this connection (after the adapter let it through): never sent. An abort
      // listener added now would never fire, and the statement would run to its end (a 30 s sleep in the tests).
      if (signal.aborted) throw abandonedBeforeSending();
      let cancelling: Promise<void> | null = null;
      let end = () => {};
      const ended = new Promise<void>((resolve) => (end = resolve));
      const onAbort = () => {
        const processId = (client as unknown as { processID: number | null }).processID;
        if (processId !== null && !cancelling) cancelling = cancelUntilEnded(processId, ended);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      try {
        return await query(...args);
      } finally {
        signal.removeEventListener("abort", onAbort);
        end();
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
