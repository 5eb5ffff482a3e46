// Rows of one table by id, for request loaders: one statement per batch of ids, read through the driver adapter
// (raw-rows.ts) with the model's own columns listed, so a row looks as Prisma's findMany returns it, at about half
// its Node CPU (95 people: 3.1 ms through findMany, 1.5 ms through pg, under load). Database-only columns (search
// vectors) are never listed, so they never travel to Node.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { queryRows } from "../raw-rows.js";

/**
 * The rows of `table` whose id is among `ids`, in no particular order (see alignById), with `columns` only.
 * `listColumns` (array columns) read NULL as an empty list, as Prisma's model reads do.
 */
export function rowsById<Row>(
  prisma: PrismaClient,
  table: string,
  columns: readonly string[],
  ids: readonly number[],
  listColumns: readonly string[] = [],
): Promise<Row[]> {
  const column = (name: string) => (listColumns.includes(name) ? `COALESCE(t."${name}", '{}') AS "${name}"` : `t."${name}"`);
  const list = Prisma.raw(columns.map(column).join(", "));
  return queryRows<Row>(
    prisma,
    Prisma.sql`SELECT ${list} FROM ${Prisma.raw(`"${table}"`)} t WHERE t."id" = ANY(${[...ids]}::int[])`,
  );
}
