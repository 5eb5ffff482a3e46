// Counts the SQL statements Prisma sends, per unit of work (a GraphQL request, a test).
// The count is taken at the driver adapter, below Prisma, so it is the real number of round trips.
import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";

export interface SqlTrace {
  queries: number;
  durationMs: number;
  /** The statements themselves, kept only when asked for (tests, debugging). */
  statements?: string[];
  /** The bound parameters of each kept statement (same order), to replay it, e.g. under EXPLAIN. */
  parameters?: unknown[][];
}

const traceStore = new AsyncLocalStorage<SqlTrace>();

/** Runs `work` with a fresh trace; every SQL statement issued inside it is counted. */
export async function withSqlTrace<T>(
  work: () => Promise<T>,
  options: { keepStatements?: boolean } = {},
): Promise<{ result: T; trace: SqlTrace }> {
  const trace = newSqlTrace(options);
  const result = await traceStore.run(trace, work);
  return { result, trace };
}

/** Runs `work` inside an existing trace (the HTTP layer creates one per request). */
export function runWithSqlTrace<T>(trace: SqlTrace, work: () => T): T {
  return traceStore.run(trace, work);
}

export function newSqlTrace(options: { keepStatements?: boolean } = {}): SqlTrace {
  return { queries: 0, durationMs: 0, ...(options.keepStatements ? { statements: [], parameters: [] } : {}) };
}

const QUERY_METHODS = new Set(["queryRaw", "executeRaw"]);

function traceQueryable<T extends SqlQueryable>(target: T): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (QUERY_METHODS.has(property as string)) {
        return async (query: { sql: string; args?: unknown[] }) => {
          const trace = traceStore.getStore();
          if (!trace) return (value as (q: unknown) => Promise<unknown>).call(object, query);
          const started = performance.now();
          try {
            return await (value as (q: unknown) => Promise<unknown>).call(object, query);
          } finally {
            trace.queries += 1;
            trace.durationMs += performance.now() - started;
            trace.statements?.push(query.sql);
            trace.parameters?.push(query.args ?? []);
          }
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) =>
          traceQueryable(await (value as (...a: unknown[]) => Promise<SqlQueryable>).apply(object, args));
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

/** Wraps an adapter factory so that every connection it makes reports to the current trace. */
export function traceAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (property === "connect") {
        return async () => traceQueryable(await (value as () => Promise<SqlDriverAdapter>).call(object));
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}
