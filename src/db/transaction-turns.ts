// One transaction at a time on the embedded database, each started on a later turn of the event loop. PGlite runs
// SQL on the main thread, a statement at a time, and a transaction holds its only connection from BEGIN to COMMIT.
// Its lock hands the connection to the next waiter in the same chain of promise callbacks, and a statement sent
// while a transaction runs queues behind every transaction already waiting: with several API clients ingesting
// long articles (issue 10), a cheap query waited for all their writes. Here a turn given back is free again only
// after the event loop has polled for what arrived (two check phases later); a read sent meanwhile is queued at
// PGlite's lock before the next transaction and waits for one transaction at most (tests/db/transaction-turns.test.ts).
// PostgreSQL does not need this: its driver is asynchronous and has a pool of connections.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

/**
 * A first-in first-out line for one holder at a time; a freed turn is handed over on a later event-loop turn, after
 * the event loop has polled for I/O.
 */
export class TurnLine {
  private held = false;
  private readonly waiting: (() => void)[] = [];

  /** Resolves with the function that gives the turn back (once; later calls do nothing). */
  async take(): Promise<() => void> {
    // A freed turn stays held until the waiter it was handed to runs, so nobody slips in between.
    if (this.held) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.held = true;
    let given = false;
    return () => {
      if (given) return;
      given = true;
      // Two check phases later, so that a poll phase comes in between. A transaction that ends in an I/O callback (an
      // extraction's result, a request) would otherwise be followed in the same loop turn by the next one: the one
      // waiting here in the check phase, or one whose statements before BEGIN were queued at PGlite's lock behind the
      // transaction and which takes a free turn at once. The requests that arrived meanwhile would be read after it,
      // and a read would wait for two transactions (issue 10).
      setImmediate(() =>
        setImmediate(() => {
          const next = this.waiting.shift();
          if (next) next();
          else this.held = false;
        }),
      );
    };
  }
}

function withTurn(transaction: Transaction, giveBack: () => void): Transaction {
  return new Proxy(transaction, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (property === "commit" || property === "rollback") {
        return async () => {
          try {
            await (value as () => Promise<void>).call(object);
          } finally {
            giveBack();
          }
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

function adapterWithTurns(adapter: SqlDriverAdapter, line: TurnLine): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          const giveBack = await line.take();
          try {
            return withTurn(await (value as (...a: unknown[]) => Promise<Transaction>).apply(object, args), giveBack);
          } catch (error) {
            giveBack();
            throw error;
          }
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

/** The same factory, whose connections start their transactions one at a time, in turns (see above). */
export function transactionTurnsAdapterFactory<F extends SqlDriverAdapterFactory>(factory: F, line = new TurnLine()): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (property === "connect") {
        return async () => adapterWithTurns(await (value as () => Promise<SqlDriverAdapter>).call(object), line);
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}
