// Statements by id with their to-one relations (speaker, article without its body) in the same statement:
// a point lookup that shows who said it and where costs one round trip, not three.
import { Prisma, type PrismaClient, type Statement } from "../../../generated/prisma/client.js";
import { queryRows } from "../../raw-rows.js";
import { idIn } from "../rows-by-id.js";
import { relationColumns, type StatementRelations, type StatementWithIncluded } from "./statement-relations.js";

/**
 * A statement as the API shows it: without the row's createdAt/updatedAt and reviewedAt, which no field exposes
 * (a nested page of 200 statements would otherwise parse 600 timestamps into Dates for nothing).
 */
export type StatementView = Omit<Statement, "createdAt" | "updatedAt" | "reviewedAt">;

const STATEMENT_VIEW_COLUMNS: readonly (keyof StatementView)[] = [
  "id",
  "articleId",
  "text",
  "kind",
  "speakerId",
  "speakerStateId",
  "sentimentScore",
  "sentimentLabel",
  "type",
  "cameoCode",
  "goldstein",
  "publishedAt",
  "startOffset",
  "endOffset",
  "sentenceIndex",
  "extractorVersion",
  "confidence",
  "reviewed",
];

/** A column of a statement as the API shows it. */
export type StatementColumn = keyof StatementView;

/**
 * The StatementView columns on `alias`, for raw SELECTs: not `*`, which would also send the stored search
 * vector (a database-only column, as long as the text) and the unexposed timestamps to Node with every row.
 * With `columns`, only those and the id: rows then lack the other properties, so a list asks for what the fields
 * of its query read (the GraphQL layer knows which), and such rows are never handed to other paths.
 */
export function statementColumns(alias: string, columns?: readonly StatementColumn[]): Prisma.Sql {
  const chosen = columns
    ? STATEMENT_VIEW_COLUMNS.filter((column) => column === "id" || columns.includes(column))
    : STATEMENT_VIEW_COLUMNS;
  return Prisma.raw(chosen.map((column) => `${alias}."${column}"`).join(", "));
}

/**
 * What a read of statements by id returns: `columns` only (and the id; every column when absent) and `relations`
 * as statement-relations.ts reads them. Rows read with some columns or partial relations answer the query that
 * asked for them only; they are never handed to the request's shared loaders.
 */
export interface StatementParts {
  columns?: readonly StatementColumn[];
  relations: StatementRelations;
}

/** Whole statements with their whole speakers and articles: what the request's statement loader holds. */
export const WHOLE_STATEMENTS: StatementParts = { relations: { speaker: true, article: true } };

/**
 * The statements with these ids, each with `parts` (default: whole, with its speaker and article; see
 * statement-relations.ts); unknown ids are absent.
 */
export async function statementsWithRelations(
  prisma: PrismaClient,
  ids: readonly number[],
  parts: StatementParts = WHOLE_STATEMENTS,
): Promise<StatementWithIncluded[]> {
  // Read through the driver adapter (raw-rows.ts), as the other loaders' batches are: a point lookup through
  // `$queryRaw` spent more Node CPU in Prisma's result serialisation than in the rest of the request.
  const relations = relationColumns(parts.relations);
  const rows = await queryRows<StatementWithIncluded & Record<string, unknown>>(
    prisma,
    Prisma.sql`SELECT ${statementColumns("s", parts.columns)}${relations ? Prisma.sql`, ${relations.columns}` : Prisma.empty}
    FROM "Statement" s${relations ? relations.joins : Prisma.empty} WHERE ${idIn("s", ids)}`,
    { prepare: true }, // by primary key: one plan serves every id (prepared-statements.ts)
  );
  relations?.finish(rows);
  return rows;
}
