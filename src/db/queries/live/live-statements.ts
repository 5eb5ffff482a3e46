// Reads behind live events: which of a just-ingested article's statements a subscriber's filter matches, using the
// same criteria and SQL conditions as the statement lists, so a subscription and a list never disagree.
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";
import { statementConditions } from "../statements/statement-conditions.js";
import type { StatementCriteria } from "../statements/statement-criteria.js";

/** The ids among `ids` whose statements match `criteria`, in id order (the order they were stored). */
export async function statementIdsMatching(
  prisma: PrismaClient,
  ids: readonly number[],
  criteria: StatementCriteria,
): Promise<number[]> {
  if (ids.length === 0 || criteria.matchesNothing) return [];
  const conditions = [Prisma.sql`s."id" = ANY(${[...ids]}::int[])`, ...statementConditions(criteria, "s")];
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT s."id" FROM "Statement" s WHERE ${Prisma.join(conditions, " AND ")} ORDER BY s."id"`;
  return rows.map((row) => row.id);
}

/** Every statement id of an article (for events too large to list their statements). */
export async function statementIdsOfArticle(prisma: PrismaClient, articleId: number): Promise<number[]> {
  const rows = await prisma.statement.findMany({ where: { articleId }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.id);
}
