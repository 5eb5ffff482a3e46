// Statements by id with their to-one relations (speaker, article without its body) in the same statement:
// a point lookup that shows who said it and where costs one round trip, not three.
import { Prisma, type Person, type PrismaClient, type Statement } from "../../../generated/prisma/client.js";
import { queryRows } from "../../raw-rows.js";
import type { ArticleSummary } from "../articles/article-rows.js";

export interface StatementWithRelations {
  statement: Statement;
  speaker: Person | null;
  article: ArticleSummary;
}

type JsonRow<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

// Timestamps are stored without time zone, in UTC; to_jsonb prints them without an offset.
const utc = (value: string | null): Date | null => (value === null ? null : new Date(`${value}Z`));

function personFromJson(row: JsonRow<Person>): Person {
  return { ...row, createdAt: utc(row.createdAt)!, updatedAt: utc(row.updatedAt)! };
}

function articleFromJson(row: JsonRow<ArticleSummary>): ArticleSummary {
  return { ...row, publishedAt: utc(row.publishedAt)!, createdAt: utc(row.createdAt)!, updatedAt: utc(row.updatedAt)! };
}

/**
 * The Statement model's columns on `alias`, for raw SELECTs: not `*`, which would also send the stored search
 * vector (a database-only column, as long as the text) to Node with every row.
 */
export function statementColumns(alias: string): Prisma.Sql {
  return Prisma.raw(
    Object.values(Prisma.StatementScalarFieldEnum)
      .map((column) => `${alias}."${column}"`)
      .join(", "),
  );
}

/** The statements with these ids, each with its speaker and article; unknown ids are absent. */
export async function statementsWithRelations(prisma: PrismaClient, ids: readonly number[]): Promise<StatementWithRelations[]> {
  // Read through the driver adapter (raw-rows.ts), as the other loaders' batches are: a point lookup through
  // `$queryRaw` spent more Node CPU in Prisma's result serialisation than in the rest of the request.
  const rows = await queryRows<Statement & { __speaker: JsonRow<Person> | null; __article: JsonRow<ArticleSummary> }>(
    prisma,
    Prisma.sql`
    SELECT ${statementColumns("s")}, to_jsonb(p) AS "__speaker", to_jsonb(a) - 'body' AS "__article"
    FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId" LEFT JOIN "Person" p ON p."id" = s."speakerId"
    WHERE s."id" = ANY(${[...ids]}::int[])`,
  );
  return rows.map(({ __speaker, __article, ...statement }) => ({
    statement,
    speaker: __speaker ? personFromJson(__speaker) : null,
    article: articleFromJson(__article),
  }));
}
