// One SQL statement that returns a keyset page for each of many parents at once
// (ROW_NUMBER() OVER (PARTITION BY parent ...)), so a nested connection costs one round trip
// however many parents the outer list has. Root lists are the same query with a single partition.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { decodeCursor, encodeCursor, type SortValue, type SortValueKind } from "./cursor.js";
import type { PageRequest } from "./paging-args.js";

export interface SortSpec {
  /** SQL expression to order by; it must never be NULL. */
  expression: Prisma.Sql;
  kind: SortValueKind;
  direction: "ASC" | "DESC";
}

export interface KeysetSource {
  /** Columns to return, e.g. Prisma.sql`s.*`. Must include the id column as "id". */
  select: Prisma.Sql;
  /** FROM clause with its joins, e.g. Prisma.sql`"Statement" s`. */
  from: Prisma.Sql;
  /** The unique id column used as tie-breaker, e.g. Prisma.sql`s."id"`. */
  id: Prisma.Sql;
  /** Filter conditions, joined with AND. */
  where: Prisma.Sql[];
  /** Partition column for nested connections (the parent's key), e.g. Prisma.sql`t."stateId"`. */
  partitionBy?: Prisma.Sql;
}

export interface KeysetPage<Row> {
  rows: Row[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

type RawRow = Record<string, unknown> & { id: number; __parent: number | null; __sort: SortValue };

function whereClause(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * Loads one page per parent id (or a single page when `parentIds` is null).
 * Returns a map from parent id (or null) to its page; parents with no rows get an empty page.
 */
export async function loadKeysetPages<Row>(
  prisma: PrismaClient,
  source: KeysetSource,
  sort: SortSpec,
  page: PageRequest,
  parentIds: number[] | null,
  cursorArgument: string,
): Promise<Map<number | null, KeysetPage<Row>>> {
  const backward = page.direction === "backward";
  // Paging backward reads the list in reverse order from the cursor, then flips the page.
  const effective = backward ? (sort.direction === "ASC" ? "DESC" : "ASC") : sort.direction;
  const order = Prisma.raw(effective);
  const conditions = [...source.where];
  if (page.cursor) {
    const position = decodeCursor(page.cursor, sort.kind, cursorArgument);
    const comparison = Prisma.raw(effective === "ASC" ? ">" : "<");
    conditions.push(Prisma.sql`(${sort.expression}, ${source.id}) ${comparison} (${position.value}, ${position.id})`);
  }
  if (source.partitionBy && parentIds) conditions.push(Prisma.sql`${source.partitionBy} = ANY(${parentIds})`);
  const partition = source.partitionBy ?? Prisma.sql`NULL::int`;
  const limit = page.size + 1; // one extra row tells whether another page follows

  const rows = await prisma.$queryRaw<RawRow[]>`
    SELECT * FROM (
      SELECT ${source.select}, ${partition} AS "__parent", ${sort.expression} AS "__sort",
             ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${sort.expression} ${order}, ${source.id} ${order}) AS "__rn"
      FROM ${source.from}
      ${whereClause(conditions)}
    ) ranked
    WHERE "__rn" <= ${limit}
    ORDER BY "__parent", "__rn"`;

  const grouped = new Map<number | null, RawRow[]>();
  for (const row of rows) {
    const key = row.__parent === null ? null : Number(row.__parent);
    let list = grouped.get(key);
    if (!list) grouped.set(key, (list = []));
    list.push(row);
  }
  const result = new Map<number | null, KeysetPage<Row>>();
  for (const key of parentIds ?? [null]) {
    const list = grouped.get(key) ?? [];
    const hasMore = list.length > page.size;
    const pageRows = list.slice(0, page.size);
    if (backward) pageRows.reverse();
    result.set(key, {
      rows: pageRows.map(({ __parent, __sort, __rn, ...row }) => row as Row),
      cursors: pageRows.map((row) => encodeCursor(row.__sort, Number(row.id))),
      hasNextPage: backward ? page.cursor !== null : hasMore,
      hasPreviousPage: backward ? hasMore : page.cursor !== null,
    });
  }
  return result;
}

/** Counts the rows of each partition (or of the whole list) in one statement. */
export async function countKeysetPartitions(
  prisma: PrismaClient,
  source: KeysetSource,
  parentIds: number[] | null,
): Promise<Map<number | null, number>> {
  const conditions = [...source.where];
  if (source.partitionBy && parentIds) conditions.push(Prisma.sql`${source.partitionBy} = ANY(${parentIds})`);
  const partition = source.partitionBy ?? Prisma.sql`NULL::int`;
  const rows = await prisma.$queryRaw<{ parent: number | null; count: number }[]>`
    SELECT ${partition} AS parent, COUNT(DISTINCT ${source.id})::int AS count
    FROM ${source.from}
    ${whereClause(conditions)}
    GROUP BY 1`;
  const counts = new Map<number | null, number>();
  for (const key of parentIds ?? [null]) counts.set(key, 0);
  for (const row of rows) counts.set(row.parent === null ? null : Number(row.parent), row.count);
  return counts;
}
