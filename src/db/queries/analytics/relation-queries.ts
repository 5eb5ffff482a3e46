// Aggregates of directed state pairs (what a source state says about a target state), read from the rollups
// StateDyad, StateDyadDay and StateDyadTopic: thousands of rows at most, whatever the number of statements.
// Batched over many pairs per query. Averages are sums / counts.
import { Prisma } from "../../../generated/prisma/client.js";
import type { SqlClient } from "./rollup-maintenance.js";
import { bucketOf, isDayAligned, withinWindow, type TimeWindow } from "./time-window.js";

export interface Pair {
  sourceId: number;
  targetId: number;
}

/** A map key for a pair (state ids are integers: no overflow, unlike a folded number). */
export const pairKey = (pair: Pair): string => `${pair.sourceId}:${pair.targetId}`;

export interface RelationStats {
  statementCount: number;
  averageSentiment: number | null;
  negative: number;
  neutral: number;
  positive: number;
  averageGoldstein: number | null;
}

export const EMPTY_STATS: RelationStats = {
  statementCount: 0,
  averageSentiment: null,
  negative: 0,
  neutral: 0,
  positive: 0,
  averageGoldstein: null,
};

export interface TopicTally {
  topicId: number;
  statementCount: number;
  averageSentiment: number;
}

export interface Bucket {
  start: Date;
  statementCount: number;
  averageSentiment: number | null;
  averageGoldstein: number | null;
}

/** The pairs as a table p("sourceId", "targetId"). */
function pairsTable(pairs: readonly Pair[]): Prisma.Sql {
  return Prisma.sql`unnest(${pairs.map((p) => p.sourceId)}::int[], ${pairs.map((p) => p.targetId)}::int[]) AS p("sourceId", "targetId")`;
}

function groupByPair<T extends Pair>(rows: T[]): Map<string, Omit<T, "sourceId" | "targetId">[]> {
  const result = new Map<string, Omit<T, "sourceId" | "targetId">[]>();
  for (const { sourceId, targetId, ...row } of rows) {
    const key = pairKey({ sourceId, targetId });
    if (!result.has(key)) result.set(key, []);
    result.get(key)!.push(row);
  }
  return result;
}

/** Measures of a dyad rollup row (or sums of rows, with `sum`) under the names RelationStats uses. */
export function dyadMeasures(alias: string, sum: boolean): Prisma.Sql {
  const m = (column: string) => Prisma.raw(sum ? `SUM(${alias}."${column}")` : `${alias}."${column}"`);
  return Prisma.sql`${m("statementCount")}::int AS "statementCount",
    (${m("sentimentSum")} / NULLIF(${m("statementCount")}, 0))::float8 AS "averageSentiment",
    ${m("negativeCount")}::int AS "negative", ${m("neutralCount")}::int AS "neutral", ${m("positiveCount")}::int AS "positive",
    (${m("goldsteinSum")} / NULLIF(${m("statementCount")}, 0))::float8 AS "averageGoldstein"`;
}

export async function relationStats(db: SqlClient, pairs: readonly Pair[]): Promise<Map<string, RelationStats>> {
  const rows = await db.$queryRaw<(RelationStats & Pair)[]>`
    SELECT r."sourceStateId" AS "sourceId", r."targetStateId" AS "targetId", ${dyadMeasures("r", false)}
    FROM ${pairsTable(pairs)} JOIN "StateDyad" r ON r."sourceStateId" = p."sourceId" AND r."targetStateId" = p."targetId"
    WHERE r."statementCount" > 0`;
  return new Map(rows.map(({ sourceId, targetId, ...stats }) => [pairKey({ sourceId, targetId }), stats]));
}

/** Topics of each pair's statements (as tagged, not their ancestors), most frequent first. */
export async function relationTopics(db: SqlClient, pairs: readonly Pair[]): Promise<Map<string, TopicTally[]>> {
  const rows = await db.$queryRaw<(TopicTally & Pair)[]>`
    SELECT r."sourceStateId" AS "sourceId", r."targetStateId" AS "targetId", r."topicId", r."statementCount",
           (r."sentimentSum" / r."statementCount")::float8 AS "averageSentiment"
    FROM ${pairsTable(pairs)} JOIN "StateDyadTopic" r ON r."sourceStateId" = p."sourceId" AND r."targetStateId" = p."targetId"
    WHERE r."statementCount" > 0
    ORDER BY r."statementCount" DESC, r."topicId"`;
  return groupByPair(rows);
}

/**
 * Each pair's statements per time bucket, oldest first. From StateDyadDay when the window's bounds are UTC
 * midnights; a bound inside a day cannot be answered by daily rows, so that window reads the pair's statements.
 */
export async function relationTimelines(
  db: SqlClient,
  pairs: readonly Pair[],
  window: TimeWindow,
): Promise<Map<string, Bucket[]>> {
  const rows = isDayAligned(window)
    ? await db.$queryRaw<(Bucket & Pair)[]>`
      SELECT r."sourceStateId" AS "sourceId", r."targetStateId" AS "targetId", ${bucketOf(window.granularity, Prisma.sql`r."day"`)} AS "start",
             SUM(r."statementCount")::int AS "statementCount", (SUM(r."sentimentSum") / SUM(r."statementCount"))::float8 AS "averageSentiment",
             (SUM(r."goldsteinSum") / SUM(r."statementCount"))::float8 AS "averageGoldstein"
      FROM ${pairsTable(pairs)} JOIN "StateDyadDay" r ON r."sourceStateId" = p."sourceId" AND r."targetStateId" = p."targetId"
      WHERE TRUE ${withinWindow(Prisma.sql`r."day"`, window)}
      GROUP BY 1, 2, 3 HAVING SUM(r."statementCount") > 0 ORDER BY 3`
    : await db.$queryRaw<(Bucket & Pair)[]>`
      SELECT s."speakerStateId" AS "sourceId", t."stateId" AS "targetId", ${bucketOf(window.granularity, Prisma.sql`s."publishedAt"`)} AS "start",
             COUNT(*)::int AS "statementCount", AVG(s."sentimentScore")::float8 AS "averageSentiment", AVG(s."goldstein")::float8 AS "averageGoldstein"
      FROM ${pairsTable(pairs)} JOIN "Statement" s ON s."speakerStateId" = p."sourceId"
      JOIN "StatementTarget" t ON t."statementId" = s."id" AND t."stateId" = p."targetId"
      WHERE TRUE ${withinWindow(Prisma.sql`s."publishedAt"`, window)}
      GROUP BY 1, 2, 3 ORDER BY 3`;
  return groupByPair(rows);
}
