// The lane a request's SQL statements take. A request's lane starts open (statements go straight to the driver);
// the HTTP layer may close it behind a gate once it knows the request is expensive (src/server/limits/
// heavy-queries.ts), so that expensive requests together hold only a few connections (PostgreSQL) or a few places
// in the embedded database's line (PGlite runs one statement at a time), and cheap requests find the rest free.
// Like the request signal, the lane reaches the adapter through AsyncLocalStorage, so no resolver passes it along.
import { AsyncLocalStorage } from "node:async_hooks";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { aroundStatements } from "./around-statements.js";

/** Lets a statement run when its turn comes. */
export interface StatementGate {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export interface StatementLane {
  /** null: statements run at once. */
  gate: StatementGate | null;
}

const laneStore = new AsyncLocalStorage<StatementLane>();

/** Runs `work` (and everything it starts) with `lane` for its statements. */
export function runInStatementLane<T>(lane: StatementLane, work: () => T): T {
  return laneStore.run(lane, work);
}

/** The current request's lane, or undefined outside a request (CLI, ingestion, tests without HTTP). */
export function currentStatementLane(): StatementLane | undefined {
  return laneStore.getStore();
}

/** Wraps an adapter factory so that each statement waits at its request's gate, when the lane has one. */
export function laneAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F): F {
  return aroundStatements(factory, (send, statement) => {
    const gate = laneStore.getStore()?.gate;
    return gate ? gate.run(() => send(statement)) : send(statement);
  });
}
