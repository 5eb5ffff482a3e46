// Statements by id with their to-one relations (speaker, article without its body) in the same statement:
// a point lookup that shows who said it and where costs one round trip, not three.
import { Prisma, type PrismaClient, type Statement } from "../../../generated/prisma/client.js";
import { queryRows } from "../../raw-rows.js";
import { SUMMARY_COLUMNS, type ArticleSummary } from "../articles/article-rows.js";
import { PERSON_VIEW_COLUMNS, type PersonView } from "../people/person-rows.js";

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

export interface StatementWithRelations {
  statement: StatementView;
  speaker: PersonView | null;
  article: ArticleSummary;
}

type JsonRow<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

// Timestamps are stored without time zone, in UTC; to_jsonb prints them without an offset.
const utc = (value: string | null): Date | null => (value === null ? null : new Date(`${value}Z`));

function articleFromJson(row: JsonRow<ArticleSummary>): ArticleSummary {
  return { ...row, publishedAt: utc(row.publishedAt)! };
}

/** `columns` of the row on `alias` as one JSON object (aliases NULL read as an empty list, as Prisma reads it). */
function jsonObject(alias: string, columns: readonly string[]): Prisma.Sql {
  const entries = columns.map((column) =>
    column === "aliases" ? `'${column}', COALESCE(${alias}."${column}", '{}')` : `'${column}', ${alias}."${column}"`,
  );
  return Prisma.raw(`jsonb_build_object(${entries.join(", ")})`);
}

/**
 * The StatementView columns on `alias`, for raw SELECTs: not `*`, which would also send the stored search
 * vector (a database-only column, as long as the text) and the unexposed timestamps to Node with every row.
 */
export function statementColumns(alias: string): Prisma.Sql {
  return Prisma.raw(STATEMENT_VIEW_COLUMNS.map((column) => `${alias}."${column}"`).join(", "));
}

/** The statements with these ids, each with its speaker and article; unknown ids are absent. */
export async function statementsWithRelations(prisma: PrismaClient, ids: readonly number[]): Promise<StatementWithRelations[]> {
  // Read through the driver adapter (raw-rows.ts), as the other loaders' batches are: a point lookup through
  // `$queryRaw` spent more Node CPU in Prisma's result serialisation than in the rest of the request.
  const rows = await queryRows<StatementView & { __speaker: PersonView | null; __article: JsonRow<ArticleSummary> }>(
    prisma,
    Prisma.sql`
    SELECT ${statementColumns("s")},
      CASE WHEN p."id" IS NULL THEN NULL ELSE ${jsonObject("p", PERSON_VIEW_COLUMNS)} END AS "__speaker",
      ${jsonObject("a", SUMMARY_COLUMNS)} AS "__article"
    FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId" LEFT JOIN "Person" p ON p."id" = s."speakerId"
    WHERE s."id" = ANY(${[...ids]}::int[])`,
  );
  return rows.map(({ __speaker, __article, ...statement }) => ({
    statement,
    speaker: __speaker,
    article: articleFromJson(__article),
  }));
}
