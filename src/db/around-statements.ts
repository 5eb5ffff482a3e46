// Driver adapters with a step around every SQL statement they send (counting it, refusing it for an abandoned
// request). The step is taken below Prisma, at the adapter, so it sees every real round trip: statements of
// connections the factory opens and of the transactions they start alike.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";

/** One statement as the adapter receives it. */
export interface AdapterStatement {
  sql: string;
  args?: unknown[];
}

/** Sends the statement on (to the next wrapper or the driver). */
export type SendStatement = (statement: AdapterStatement) => Promise<unknown>;

/** What to do around one statement: call `send` to run it, or don't to refuse it. */
export type AroundStatement = (send: SendStatement, statement: AdapterStatement) => Promise<unknown>;

const STATEMENT_METHODS = new Set(["queryRaw", "executeRaw"]);

function wrapQueryable<T extends SqlQueryable>(target: T, around: AroundStatement): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (STATEMENT_METHODS.has(property as string)) {
        const send: SendStatement = (statement) => (value as SendStatement).call(object, statement);
        return (statement: AdapterStatement) => around(send, statement);
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) =>
          wrapQueryable(await (value as (...a: unknown[]) => Promise<SqlQueryable>).apply(object, args), around);
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

/** The same factory, whose connections (and their transactions) take `around` for every statement. */
export function aroundStatements<F extends SqlDriverAdapterFactory>(factory: F, around: AroundStatement): F {
  return new Proxy(factory, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (property === "connect") {
        return async () => wrapQueryable(await (value as () => Promise<SqlDriverAdapter>).call(object), around);
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}
