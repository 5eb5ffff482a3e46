// What ingest reports about articles it found already stored: how many statements, people and states each has.
import { Prisma } from "../../../generated/prisma/client.js";
import type { RowWriter } from "./ingest-rows.js";

export interface ArticleCounts {
  statements: number;
  people: number;
  states: number;
}

/** The counts of each article in `articleIds`, with one query. */
export async function articleCounts(
  db: Pick<RowWriter, "$queryRaw">,
  articleIds: readonly number[],
): Promise<Map<number, ArticleCounts>> {
  if (!articleIds.length) return new Map();
  const rows = await db.$queryRaw<({ id: number } & ArticleCounts)[]>(Prisma.sql`
    SELECT a.id,
      (SELECT COUNT(*) FROM "Statement" s WHERE s."articleId" = a.id)::int AS statements,
      (SELECT COUNT(*) FROM "ArticlePersonMention" p WHERE p."articleId" = a.id)::int AS people,
      (SELECT COUNT(*) FROM "ArticleStateMention" m WHERE m."articleId" = a.id)::int AS states
    FROM unnest(${[...articleIds]}::int[]) AS a(id)`);
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}
