// Hot reads (keyset pages, batch lookups) sent straight to the driver adapter instead of through Prisma's
// `$queryRaw`: Prisma serializes every raw result to tagged JSON-like values and back, which cost about 60% of
// the Node CPU of a nested list request (a 200-row statement page: 9.8 ms through $queryRaw, 2.7 ms through the
// adapter, under load). The adapter used here comes from the same wrapped factory as Prisma's, so each statement
// still counts in the SQL trace (sql-trace.ts) and is refused or cancelled with its request (request-signal.ts,
// cancellable-pool.ts). Values are converted as Prisma converts them (raw-row-mapping.ts).
import { isDriverAdapterError, type SqlDriverAdapter, type SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { preferPrepared, preparedConstantText } from "./prepared-statements.js";
import { argumentsOf, rowsOf } from "./raw-row-mapping.js";

interface RowReader {
  factory: SqlDriverAdapterFactory;
  adapter: Promise<SqlDriverAdapter> | null;
}

const readers = new WeakMap<PrismaClient, RowReader>();

/** Lets `queryRows(client, …)` read through `factory` (the one `client` was built on, with the same wrappers). */
export function registerRowReader(client: PrismaClient, factory: SqlDriverAdapterFactory): void {
  readers.set(client, { factory, adapter: null });
}

/** Releases the adapter `queryRows` opened for `client` (not the pool or database under it). */
export async function releaseRowReader(client: PrismaClient): Promise<void> {
  const reader = readers.get(client);
  readers.delete(client);
  const adapter = await reader?.adapter?.catch(() => null);
  await adapter?.dispose();
}

function adapterOf(reader: RowReader): Promise<SqlDriverAdapter> {
  if (!reader.adapter) {
    reader.adapter = reader.factory.connect();
    reader.adapter.catch(() => (reader.adapter = null)); // a failed connect is retried by the next read
  }
  return reader.adapter;
}

/** A driver failure worded and typed as `$queryRaw` reports it (P2010), so error handling sees no difference. */
function asPrismaError(error: unknown): unknown {
  if (typeof error !== "object" || error === null || !isDriverAdapterError(error)) return error;
  const cause = error.cause as { originalCode?: string; originalMessage?: string };
  const message = `Raw query failed. Code: \`${cause.originalCode ?? "N/A"}\`. Message: \`${cause.originalMessage ?? error.message}\``;
  return new Prisma.PrismaClientKnownRequestError(message, {
    code: "P2010",
    clientVersion: Prisma.prismaVersion.client,
    meta: { driverAdapterError: error },
  });
}

export interface QueryRowsOptions {
  /**
   * Run it as a named prepared statement on PostgreSQL (prepared-statements.ts): only for a text whose plan is the
   * same for every value bound, such as a lookup by primary key.
   */
  prepare?: boolean;
}

/**
 * The rows of a SELECT, as `client.$queryRaw` returns them. Clients without a registered reader (a transaction's
 * client, a client built elsewhere) fall back to `$queryRaw` itself.
 */
export async function queryRows<Row>(client: PrismaClient, query: Prisma.Sql, options: QueryRowsOptions = {}): Promise<Row[]> {
  if (options.prepare) preferPrepared(query.text);
  const reader = readers.get(client);
  if (!reader) return client.$queryRaw<Row[]>(query);
  const adapter = await adapterOf(reader);
  // Otherwise a hot statement of constants only is sent as one prepared text (prepared-statements.ts).
  const constant = options.prepare ? null : preparedConstantText(query);
  const statement = constant === null ? { sql: query.text, ...argumentsOf(query.values) } : { sql: constant, ...argumentsOf([]) };
  try {
    return rowsOf<Row>(await adapter.queryRaw(statement));
  } catch (error) {
    throw asPrismaError(error);
  }
}
