// Rows of one table by id, for request loaders: one statement per batch of ids, read through the driver adapter
// (raw-rows.ts) with the model's own columns listed, so a row looks as Prisma's findMany returns it, at about half
// its Node CPU (95 people: 3.1 ms through findMany, 1.5 ms through pg, under load). Database-only columns (search
// vectors) are never listed, so they never travel to Node.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { queryRows } from "../raw-rows.js";

/**
 * `alias`."id" among `ids`, as the condition of a prepared lookup (queryRows' `prepare`). A single id is compared
 * with `=`: PostgreSQL prices the cached generic plan of `= ANY($1)` for 10 ids (cost 206 against 25 for the
 * point lookup of a statement with its speaker and article), so it never chose it over a fresh plan per execution,
 * and planning was most of that lookup's CPU (about 0.2 ms). With `=` both plans cost the same and the generic one
 * is kept. Several ids keep `= ANY`, whose plans are index scans of the primary key either way.
 */
export function idIn(alias: string, ids: readonly number[]): Prisma.Sql {
  const id = Prisma.raw(`${alias}."id"`);
  return ids.length === 1 ? Prisma.sql`${id} = ${ids[0]}::int` : Prisma.sql`${id} = ANY(${[...ids]}::int[])`;
}

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
    Prisma.sql`SELECT ${list} FROM ${Prisma.raw(`"${table}"`)} t WHERE ${idIn("t", ids)}`,
    { prepare: true }, // by primary key: one plan serves every id (prepared-statements.ts)
  );
}
