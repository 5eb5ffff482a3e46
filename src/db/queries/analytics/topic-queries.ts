// Aggregates per topic subtree, read from the rollups TopicState and TopicDaily (a statement counts once under
// each ancestor of its topics), batched over many topics per query.
import { Prisma } from "../../../generated/prisma/client.js";
import type { SqlClient } from "./rollup-maintenance.js";
import type { Bucket } from "./relation-queries.js";
import { bucketOf, isDayAligned, withinWindow, type TimeWindow } from "./time-window.js";

export interface StateTally {
  stateId: number;
  statementCount: number;
  averageSentiment: number;
}

function groupByTopic<T extends { topicId: number }>(ids: readonly number[], rows: T[]): Omit<T, "topicId">[][] {
  const map = new Map<number, Omit<T, "topicId">[]>(ids.map((id) => [id, []]));
  for (const { topicId, ...row } of rows) map.get(topicId)?.push(row);
  return ids.map((id) => map.get(id)!);
}

/** The `first` most active speaker states of each topic's subtree, most statements first (state id breaks ties). */
export async function topicStates(db: SqlClient, topicIds: readonly number[], first: number): Promise<StateTally[][]> {
  const rows = await db.$queryRaw<(StateTally & { topicId: number })[]>`
    SELECT "topicId", "stateId", "statementCount", "averageSentiment" FROM (
      SELECT r."topicId", r."stateId", r."statementCount", (r."sentimentSum" / r."statementCount")::float8 AS "averageSentiment",
             ROW_NUMBER() OVER (PARTITION BY r."topicId" ORDER BY r."statementCount" DESC, r."stateId") AS rank
      FROM "TopicState" r WHERE r."topicId" = ANY(${[...topicIds]}::int[]) AND r."statementCount" > 0) ranked
    WHERE rank <= ${first} ORDER BY "topicId", rank`;
  return groupByTopic(topicIds, rows);
}

/**
 * Statements of each topic's subtree per time bucket, oldest first. From TopicDaily when the window's bounds are
 * UTC midnights; a bound inside a day cannot be answered by daily rows, so that window reads the statements.
 */
export async function topicTimelines(db: SqlClient, topicIds: readonly number[], window: TimeWindow): Promise<Bucket[][]> {
  const rows = isDayAligned(window)
    ? await db.$queryRaw<(Bucket & { topicId: number })[]>`
      SELECT r."topicId", ${bucketOf(window.granularity, Prisma.sql`r."day"`)} AS "start", SUM(r."statementCount")::int AS "statementCount",
             (SUM(r."sentimentSum") / SUM(r."statementCount"))::float8 AS "averageSentiment",
             (SUM(r."goldsteinSum") / SUM(r."statementCount"))::float8 AS "averageGoldstein"
      FROM "TopicDaily" r WHERE r."topicId" = ANY(${[...topicIds]}::int[]) ${withinWindow(Prisma.sql`r."day"`, window)}
      GROUP BY 1, 2 HAVING SUM(r."statementCount") > 0 ORDER BY 2`
    : await db.$queryRaw<(Bucket & { topicId: number })[]>`
      SELECT scope."id" AS "topicId", ${bucketOf(window.granularity, Prisma.sql`s."publishedAt"`)} AS "start", COUNT(*)::int AS "statementCount",
             AVG(s."sentimentScore")::float8 AS "averageSentiment", AVG(s."goldstein")::float8 AS "averageGoldstein"
      FROM "Topic" scope JOIN "Statement" s ON EXISTS (
        SELECT 1 FROM "StatementTopic" sst WHERE sst."statementId" = s."id" AND sst."topicId" IN (
          WITH RECURSIVE subtree("id") AS (
            SELECT scope."id" UNION SELECT t."id" FROM "Topic" t JOIN subtree ON t."parentId" = subtree."id"
          ) SELECT "id" FROM subtree))
      WHERE scope."id" = ANY(${[...topicIds]}::int[]) ${withinWindow(Prisma.sql`s."publishedAt"`, window)}
      GROUP BY 1, 2 ORDER BY 2`;
  return groupByTopic(topicIds, rows);
}
