// Counts the SQL statements Prisma sends, per unit of work (a GraphQL request, a test).
// The count is taken at the driver adapter, below Prisma, so it is the real number of round trips.
import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { aroundStatements, type AroundStatement } from "./around-statements.js";

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

/** Counts (and, when asked, keeps) every statement sent inside the current trace. */
const countInTrace: AroundStatement = async (send, statement) => {
  const trace = traceStore.getStore();
  if (!trace) return send(statement);
  const started = performance.now();
  try {
    return await send(statement);
  } finally {
    trace.queries += 1;
    trace.durationMs += performance.now() - started;
    trace.statements?.push(statement.sql);
    trace.parameters?.push(statement.args ?? []);
  }
};

/** Wraps an adapter factory so that every connection it makes reports to the current trace. */
export function traceAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  return aroundStatements(factory, countInTrace);
}
