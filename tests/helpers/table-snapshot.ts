// Every table's content in a form two databases can be compared by: surrogate ids and timestamps dropped,
// foreign keys replaced by the natural key of the row they point at (state code, article url, person name,
// topic slug, statement position), rows sorted. Two ingestions of the same articles must give equal snapshots.
import type { PrismaClient } from "../../src/generated/prisma/client.js";

export type TableSnapshot = Record<string, string[]>;

/** Columns that record when or in which order a row was written, not what it says. */
const WRITE_HISTORY_COLUMNS = new Set(["id", "createdAt", "updatedAt"]);

/** The table a column without a declared foreign key points at, by the column's name. */
const REFERENCE_BY_NAME: [RegExp, string][] = [
  [/stateId$/i, "State"],
  [/^articleId$/, "Article"],
  [/^(speakerId|personId)$/, "Person"],
  [/^(topicId|parentId)$/, "Topic"],
  [/^statementId$/, "Statement"],
];

async function naturalKeys(prisma: PrismaClient): Promise<Record<string, Map<number, string>>> {
  const rows = async (sql: string) =>
    new Map((await prisma.$queryRawUnsafe<{ id: number; key: string }[]>(sql)).map((r) => [r.id, r.key]));
  return {
    State: await rows(`SELECT id, code AS key FROM "State"`),
    Article: await rows(`SELECT id, url AS key FROM "Article"`),
    Person: await rows(`SELECT id, "normalizedName" AS key FROM "Person"`),
    Topic: await rows(`SELECT id, slug AS key FROM "Topic"`),
    Statement: await rows(
      `SELECT s.id, a.url || '#' || s."startOffset" || '-' || s."endOffset" AS key FROM "Statement" s JOIN "Article" a ON a.id = s."articleId"`,
    ),
  };
}

async function declaredReferences(prisma: PrismaClient): Promise<Map<string, string>> {
  const rows = await prisma.$queryRawUnsafe<{ table_name: string; column_name: string; referenced: string }[]>(`
    SELECT kcu.table_name, kcu.column_name, ccu.table_name AS referenced
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`);
  return new Map(rows.map((row) => [`${row.table_name}.${row.column_name}`, row.referenced]));
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  // Sums of doubles (the analytics rollups) may differ in the last bits with the order of addition.
  if (typeof value === "number" && !Number.isInteger(value)) return Number(value.toPrecision(12));
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return [...value].map(canonical);
  if (value && typeof value === "object" && "toFixed" in value) return String(value); // Decimal
  return value;
}

/**
 * The columns a row is written with: generated columns (the statement search vector) follow from the others, and
 * their types (tsvector) are not ones the client can read.
 */
async function storedColumns(prisma: PrismaClient, table: string): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ column_name: string }[]>(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    table,
  );
  return rows.map((row) => row.column_name);
}

/** Every application table (not Prisma's migration log), as sorted JSON lines. */
export async function snapshotTables(prisma: PrismaClient): Promise<TableSnapshot> {
  const tables = (
    await prisma.$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
    )
  ).map((row) => row.table_name);
  const keys = await naturalKeys(prisma);
  const declared = await declaredReferences(prisma);
  const snapshot: TableSnapshot = {};
  for (const table of tables) {
    const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${(await storedColumns(prisma, table)).map((column) => `"${column}"`).join(", ")} FROM "${table}"`,
    );
    snapshot[table] = rows
      .map((row) => {
        const entries = Object.entries(row)
          .filter(([column]) => !WRITE_HISTORY_COLUMNS.has(column))
          .map(([column, value]) => {
            const referenced =
              declared.get(`${table}.${column}`) ?? REFERENCE_BY_NAME.find(([pattern]) => pattern.test(column))?.[1];
            const lookup = referenced ? keys[referenced] : undefined;
            if (lookup && typeof value === "number") return [column, lookup.get(value) ?? `missing ${referenced} ${value}`];
            return [column, canonical(value)];
          })
          .sort(([a], [b]) => String(a).localeCompare(String(b)));
        return JSON.stringify(Object.fromEntries(entries));
      })
      .sort();
  }
  return snapshot;
}

/** Row counts per table, for the report. */
export function rowCounts(snapshot: TableSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot).map(([table, rows]) => [table, rows.length]));
}

/** Per table, the rows only one side has (at most `limit` of each), for a readable failure. */
export function differences(a: TableSnapshot, b: TableSnapshot, limit = 3): Record<string, { onlyA: string[]; onlyB: string[] }> {
  const out: Record<string, { onlyA: string[]; onlyB: string[] }> = {};
  for (const table of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = new Set(a[table] ?? []);
    const right = new Set(b[table] ?? []);
    const onlyA = [...left].filter((row) => !right.has(row));
    const onlyB = [...right].filter((row) => !left.has(row));
    if (onlyA.length || onlyB.length) out[table] = { onlyA: onlyA.slice(0, limit), onlyB: onlyB.slice(0, limit) };
  }
  return out;
}
