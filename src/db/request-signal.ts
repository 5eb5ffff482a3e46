// Ties the SQL a request issues to that request's life: the HTTP layer runs each request with an AbortSignal that
// fires when its client goes away, and the data layer reads it here (through AsyncLocalStorage, as the SQL trace
// does), so no resolver has to pass it along. Statements not yet sent are refused; statements running on
// PostgreSQL are cancelled (cancellable-pool.ts).
import { AsyncLocalStorage } from "node:async_hooks";
import { DriverAdapterError, type SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { aroundStatements } from "./around-statements.js";

const signalStore = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` (and everything it starts) on behalf of a request that `signal` aborts. */
export function runWithRequestSignal<T>(signal: AbortSignal, work: () => T): T {
  return signalStore.run(signal, work);
}

/** The current request's signal, or undefined outside a request (CLI, ingestion, migrations). */
export function currentRequestSignal(): AbortSignal | undefined {
  return signalStore.getStore();
}

/** SQLSTATE 57014 (query_canceled), as PostgreSQL reports a cancelled statement. */
export const QUERY_CANCELED = "57014";

function abandonedError(): DriverAdapterError {
  return new DriverAdapterError({
    kind: "postgres",
    code: QUERY_CANCELED,
    severity: "ERROR",
    message: "canceling statement: the client has gone away",
    detail: undefined,
    column: undefined,
    hint: undefined,
    originalCode: QUERY_CANCELED,
    originalMessage: "canceling statement: the client has gone away",
  });
}

/**
 * Wraps an adapter factory so that a request whose client has gone sends no further SQL. On PGlite (one
 * process, one statement at a time, no way to interrupt a running one) this is all that can be done: the
 * statement in hand finishes, the rest of the request's statements are skipped.
 */
export function abortableAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  return aroundStatements(factory, (send, statement) =>
    currentRequestSignal()?.aborted ? Promise.reject(abandonedError()) : send(statement),
  );
}
