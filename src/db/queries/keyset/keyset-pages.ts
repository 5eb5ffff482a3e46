// Keyset pages that PostgreSQL answers from an index range. A root list is one `ORDER BY key, id LIMIT n+1`;
// a nested list is one statement for all parents: `unnest(parent keys) CROSS JOIN LATERAL (… LIMIT n+1)`, so each
// parent reads only its own first rows (a backward index scan) instead of every row being numbered and sorted.
// Paging backward (`last`/`before`) reads the list in reverse order from the cursor, then flips the page.
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";
import { queryRows } from "../../raw-rows.js";
import { decodeCursor, encodeCursor, type CursorPosition, type SortValue, type SortValueKind } from "./cursor.js";

/** A parent of a nested list: one integer key, or two (a pair of states). */
export type ParentKey = number | readonly [number, number];

export interface SortSpec {
  /** SQL expression to order by; it must never be NULL. */
  expression: Prisma.Sql;
  kind: SortValueKind;
  direction: "ASC" | "DESC";
  /**
   * A column of the source's `select` that always holds the value of `expression` (e.g. "publishedAt" when the
   * list is ordered by it): pages then read the sort value from that column instead of selecting it a second
   * time as "__sort", which cost a second timestamp conversion per row.
   */
  column?: string;
}

/** What one page reads: its order, its size and where it starts. Sources use it to bound inner index reads. */
export interface PageShape {
  /** The direction rows are read in (the list's direction, reversed when paging backward). */
  order: "ASC" | "DESC";
  /** Rows to read: the page size plus one, which tells whether another page follows. */
  limit: number;
  /** `(value, id)` strictly after the cursor in reading order; null without a cursor. */
  after(value: Prisma.Sql, id: Prisma.Sql): Prisma.Sql | null;
  /** Whether the page starts at an end of the list (no cursor). */
  fromEnd: boolean;
}

export interface KeysetSource {
  /** Columns to return; must include the item's id as "id". */
  select: Prisma.Sql;
  /** FROM clause with its joins. */
  from: Prisma.Sql;
  /** The unique id used as tie-breaker, e.g. Prisma.sql`s."id"`. */
  id: Prisma.Sql;
  /** Conditions that define the list (joined with AND); counts use only these. */
  where: Prisma.Sql[];
  /** For nested lists: the condition tying a row to its parent, given the parent's key column(s). */
  parent?: (keys: Prisma.Sql[]) => Prisma.Sql;
  /**
   * For root lists: a whole `SELECT COUNT(*)::int AS count …` statement that counts the list from an index range
   * (e.g. a join table's) instead of `from` and `where`; it must count exactly the rows `where` defines.
   */
  count?: Prisma.Sql;
  /**
   * For nested lists: the FROM clause their counts read instead of `from`, when `where` and `parent` need only it
   * (a join table's rows without the statements they point to).
   */
  countFrom?: Prisma.Sql;
  /** Conditions that only speed a page up (e.g. a bounded candidate set); implied by `where`, never used in counts. */
  pageConditions?: (page: PageShape, keys: Prisma.Sql[] | null) => Prisma.Sql[];
  /** Joins only pages read (to-one relations shown with each row, selected in `select`); counts leave them out. */
  joins?: Prisma.Sql;
  /** Completes the rows of a page in place once read (e.g. values inside the JSON of a joined row). */
  finish?: (rows: Record<string, unknown>[]) => void;
  /**
   * Pages are read as a named prepared statement (raw-rows.ts): only for sources whose best plan does not depend
   * on the values bound, or for the pages (shapes) of a source where it does not. Their page size is then written
   * into the text, so that the cached plan knows it.
   */
  prepare?: boolean | ((page: PageShape) => boolean);
}

/** Whether this page of `source` is read as a prepared statement (see KeysetSource.prepare). */
function prepared(source: KeysetSource, shape: PageShape): boolean {
  return typeof source.prepare === "function" ? source.prepare(shape) : Boolean(source.prepare);
}

export interface PageRequest {
  direction: "forward" | "backward";
  size: number;
  cursor: string | null;
}

export interface KeysetPage<Row> {
  rows: Row[];
  /** Cursor of each row, computed on demand (most queries never select cursors). */
  cursor(index: number): string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

type RawRow = Record<string, unknown> & { id: number };

/** The row's column that holds its sort value. */
const sortColumnOf = (sort: SortSpec): string => sort.column ?? "__sort";

// The parents table has an alias no source uses for its own tables.
const PARENT_COLUMNS = [Prisma.raw(`"__parents"."k0"`), Prisma.raw(`"__parents"."k1"`)];

function and(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = conditions.filter((condition): condition is Prisma.Sql => condition !== null);
  return present.length ? Prisma.join(present, " AND ") : Prisma.sql`TRUE`;
}

function pageShape(sort: SortSpec, page: PageRequest, position: CursorPosition | null): PageShape {
  const backward = page.direction === "backward";
  const order = backward ? (sort.direction === "ASC" ? "DESC" : "ASC") : sort.direction;
  const comparison = Prisma.raw(order === "ASC" ? ">" : "<");
  return {
    order,
    limit: page.size + 1,
    after: (value, id) => (position ? Prisma.sql`(${value}, ${id}) ${comparison} (${position.value}, ${position.id})` : null),
    fromEnd: position === null,
  };
}

/**
 * The page's LIMIT: a bound value, or written into a prepared statement's text. A generic plan sees a bound LIMIT
 * as a tenth of the rows it limits, and could prefer sorting a parent's whole range to reading its first rows.
 */
function limitOf(source: KeysetSource, shape: PageShape): Prisma.Sql | number {
  return prepared(source, shape) ? Prisma.raw(String(Math.trunc(shape.limit))) : shape.limit;
}

/** The SELECT of one page (for the root list, or for the parent whose key columns are `keys`). */
function pageSelect(source: KeysetSource, sort: SortSpec, shape: PageShape, keys: Prisma.Sql[] | null): Prisma.Sql {
  const order = Prisma.raw(shape.order);
  const conditions = [
    keys && source.parent ? source.parent(keys) : null,
    ...source.where,
    shape.after(sort.expression, source.id),
    ...(source.pageConditions?.(shape, keys) ?? []),
  ];
  const sortColumn = sort.column ? Prisma.empty : Prisma.sql`, ${sort.expression} AS "__sort"`;
  return Prisma.sql`SELECT ${source.select}${sortColumn} FROM ${source.from}${source.joins ?? Prisma.empty}
    WHERE ${and(conditions)}
    ORDER BY ${sort.expression} ${order}, ${source.id} ${order} LIMIT ${limitOf(source, shape)}`;
}

function parentKeyTable(parents: readonly ParentKey[]): { table: Prisma.Sql; width: 1 | 2 } {
  if (parents.every((key) => typeof key === "number")) {
    return { table: Prisma.sql`unnest(${parents as number[]}::int[]) AS "__parents"("k0")`, width: 1 };
  }
  const pairs = parents as readonly (readonly [number, number])[];
  const first = pairs.map((pair) => pair[0]);
  const second = pairs.map((pair) => pair[1]);
  return { table: Prisma.sql`unnest(${first}::int[], ${second}::int[]) AS "__parents"("k0", "k1")`, width: 2 };
}

export const parentKeyString = (key: ParentKey | null): string => (key === null ? "" : String(key));

function toPage<Row>(list: RawRow[], page: PageRequest, sortColumn: string): KeysetPage<Row> {
  const backward = page.direction === "backward";
  const hasMore = list.length > page.size;
  const pageRows = list.slice(0, page.size);
  if (backward) pageRows.reverse();
  return {
    // The rows keep their bookkeeping columns (__sort, __p0, __p1): no field reads them, and copying every row
    // without them (a rest spread per row) only made work for the garbage collector.
    rows: pageRows as unknown as Row[],
    cursor: (index) => encodeCursor(pageRows[index]![sortColumn] as SortValue, Number(pageRows[index]!.id)),
    hasNextPage: backward ? page.cursor !== null : hasMore,
    hasPreviousPage: backward ? hasMore : page.cursor !== null,
  };
}

function decodePosition(page: PageRequest, sort: SortSpec, cursorArgument: string): CursorPosition | null {
  return page.cursor ? decodeCursor(page.cursor, sort.kind, cursorArgument) : null;
}

/** One page of a root list. */
export async function loadRootPage<Row>(
  prisma: PrismaClient,
  source: KeysetSource,
  sort: SortSpec,
  page: PageRequest,
  cursorArgument: string,
): Promise<KeysetPage<Row>> {
  const shape = pageShape(sort, page, decodePosition(page, sort, cursorArgument));
  const rows = await queryRows<RawRow>(prisma, pageSelect(source, sort, shape, null), {
    prepare: prepared(source, shape),
  });
  source.finish?.(rows);
  return toPage<Row>(rows, page, sortColumnOf(sort));
}

/** One page per parent, in one statement; parents with no rows get an empty page. */
export async function loadNestedPages<Row>(
  prisma: PrismaClient,
  source: KeysetSource,
  sort: SortSpec,
  page: PageRequest,
  parents: readonly ParentKey[],
  cursorArgument: string,
): Promise<Map<string, KeysetPage<Row>>> {
  const shape = pageShape(sort, page, decodePosition(page, sort, cursorArgument));
  const { table, width } = parentKeyTable(parents);
  const keys = PARENT_COLUMNS.slice(0, width);
  const parentColumns =
    width === 1 ? Prisma.sql`"__parents"."k0" AS "__p0"` : Prisma.sql`"__parents"."k0" AS "__p0", "__parents"."k1" AS "__p1"`;
  const rows = await queryRows<RawRow & { __p0: number; __p1?: number }>(
    prisma,
    Prisma.sql`SELECT ${parentColumns}, page.* FROM ${table}
    CROSS JOIN LATERAL (${pageSelect(source, sort, shape, keys)}) page`,
    { prepare: prepared(source, shape) },
  );
  source.finish?.(rows);
  const grouped = new Map<string, RawRow[]>();
  for (const row of rows) {
    const key = parentKeyString(width === 1 ? Number(row.__p0) : [Number(row.__p0), Number(row.__p1)]);
    let list = grouped.get(key);
    if (!list) grouped.set(key, (list = []));
    list.push(row);
  }
  const sortColumn = sortColumnOf(sort);
  return new Map(
    parents.map((parent) => [parentKeyString(parent), toPage<Row>(grouped.get(parentKeyString(parent)) ?? [], page, sortColumn)]),
  );
}

/** Number of rows of the whole root list. */
export async function countRoot(prisma: PrismaClient, source: KeysetSource): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    prisma,
    source.count ?? Prisma.sql`SELECT COUNT(*)::int AS count FROM ${source.from} WHERE ${and(source.where)}`,
  );
  return row?.count ?? 0;
}

/** Number of rows of each parent's list, in one statement. */
export async function countNested(
  prisma: PrismaClient,
  source: KeysetSource,
  parents: readonly ParentKey[],
): Promise<Map<string, number>> {
  const { table, width } = parentKeyTable(parents);
  const keys = PARENT_COLUMNS.slice(0, width);
  const parentColumns =
    width === 1 ? Prisma.sql`"__parents"."k0" AS "__p0"` : Prisma.sql`"__parents"."k0" AS "__p0", "__parents"."k1" AS "__p1"`;
  const rows = await queryRows<{ __p0: number; __p1?: number; count: number }>(
    prisma,
    Prisma.sql`SELECT ${parentColumns}, (SELECT COUNT(*)::int FROM ${source.countFrom ?? source.from} WHERE ${and([source.parent!(keys), ...source.where])}) AS count
    FROM ${table}`,
  );
  const counts = new Map<string, number>();
  for (const row of rows) {
    counts.set(parentKeyString(width === 1 ? Number(row.__p0) : [Number(row.__p0), Number(row.__p1)]), row.count);
  }
  return counts;
}
