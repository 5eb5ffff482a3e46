// Aggregates over statements, computed in SQL (never by loading rows into JavaScript),
// batched over many directed pairs or topics per query.
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import type { RelationStats } from "./analytics.types.js";
import { TimeGranularity } from "./analytics.types.js";
import { badUserInput } from "../common/sql-conditions.js";

export interface Pair {
  sourceId: number;
  targetId: number;
}

export const pairKey = (pair: Pair): string => `${pair.sourceId}:${pair.targetId}`;

/** Statements of the directed pairs: s = statement, t = its target row. */
function dyadFrom(pairs: readonly Pair[]): Prisma.Sql {
  return Prisma.sql`"Statement" s JOIN "StatementTarget" t ON t."statementId" = s."id"
    WHERE (s."speakerStateId", t."stateId") IN (SELECT * FROM unnest(${pairs.map((p) => p.sourceId)}::int[], ${pairs.map((p) => p.targetId)}::int[]))`;
}

export const STATS_COLUMNS = Prisma.sql`COUNT(*)::int AS "statementCount",
  AVG(s."sentimentScore")::float8 AS "averageSentiment",
  (COUNT(*) FILTER (WHERE s."sentimentLabel" = 'NEGATIVE'))::int AS "negative",
  (COUNT(*) FILTER (WHERE s."sentimentLabel" = 'NEUTRAL'))::int AS "neutral",
  (COUNT(*) FILTER (WHERE s."sentimentLabel" = 'POSITIVE'))::int AS "positive",
  AVG(s."goldstein")::float8 AS "averageGoldstein"`;

export const EMPTY_STATS: RelationStats = {
  statementCount: 0,
  averageSentiment: null,
  negative: 0,
  neutral: 0,
  positive: 0,
  averageGoldstein: null,
};

export async function relationStats(prisma: PrismaClient, pairs: readonly Pair[]): Promise<Map<string, RelationStats>> {
  const rows = await prisma.$queryRaw<(RelationStats & { sourceId: number; targetId: number })[]>`
    SELECT s."speakerStateId" AS "sourceId", t."stateId" AS "targetId", ${STATS_COLUMNS}
    FROM ${dyadFrom(pairs)} GROUP BY 1, 2`;
  return new Map(rows.map(({ sourceId, targetId, ...stats }) => [pairKey({ sourceId, targetId }), stats]));
}

export async function relationTopics(
  prisma: PrismaClient,
  pairs: readonly Pair[],
): Promise<Map<string, { topicId: number; statementCount: number; averageSentiment: number }[]>> {
  const joined = await prisma.$queryRaw<
    { sourceId: number; targetId: number; topicId: number; statementCount: number; averageSentiment: number }[]
  >`
    SELECT s."speakerStateId" AS "sourceId", t."stateId" AS "targetId", st."topicId",
           COUNT(*)::int AS "statementCount", AVG(s."sentimentScore")::float8 AS "averageSentiment"
    FROM "Statement" s
    JOIN "StatementTarget" t ON t."statementId" = s."id"
    JOIN "StatementTopic" st ON st."statementId" = s."id"
    WHERE (s."speakerStateId", t."stateId") IN (SELECT * FROM unnest(${pairs.map((p) => p.sourceId)}::int[], ${pairs.map((p) => p.targetId)}::int[]))
    GROUP BY 1, 2, 3
    ORDER BY "statementCount" DESC, st."topicId"`;
  const result = new Map<string, { topicId: number; statementCount: number; averageSentiment: number }[]>();
  for (const { sourceId, targetId, ...row } of joined) {
    const key = pairKey({ sourceId, targetId });
    if (!result.has(key)) result.set(key, []);
    result.get(key)!.push(row);
  }
  return result;
}

const TRUNC: Record<TimeGranularity, string> = { DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" };

export function bucketExpression(granularity: TimeGranularity): Prisma.Sql {
  return Prisma.sql`date_trunc(${TRUNC[granularity]}, s."publishedAt")`;
}

export interface TimeWindow {
  granularity: TimeGranularity;
  from?: Date | null;
  to?: Date | null;
}

/** Validates timeline arguments into a window; `from` must come before `to`. */
export function timeWindow(args: TimeWindow): TimeWindow {
  if (args.from && args.to && args.from >= args.to) throw badUserInput("`from` must be before `to`.", "from");
  return { granularity: args.granularity, from: args.from ?? null, to: args.to ?? null };
}

export function windowConditions(window: TimeWindow): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (window.from) parts.push(Prisma.sql`s."publishedAt" >= ${window.from}::timestamp`);
  if (window.to) parts.push(Prisma.sql`s."publishedAt" < ${window.to}::timestamp`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

export type { Bucket as BucketRow } from "./fill-timeline.js";
import type { Bucket as BucketRow } from "./fill-timeline.js";

export async function relationTimelines(
  prisma: PrismaClient,
  pairs: readonly Pair[],
  window: TimeWindow,
): Promise<Map<string, BucketRow[]>> {
  const rows = await prisma.$queryRaw<(BucketRow & { sourceId: number; targetId: number })[]>`
    SELECT s."speakerStateId" AS "sourceId", t."stateId" AS "targetId", ${bucketExpression(window.granularity)} AS "start",
           COUNT(*)::int AS "statementCount", AVG(s."sentimentScore")::float8 AS "averageSentiment", AVG(s."goldstein")::float8 AS "averageGoldstein"
    FROM ${dyadFrom(pairs)} ${windowConditions(window)}
    GROUP BY 1, 2, 3 ORDER BY 3`;
  const result = new Map<string, BucketRow[]>();
  for (const { sourceId, targetId, ...bucket } of rows) {
    const key = pairKey({ sourceId, targetId });
    if (!result.has(key)) result.set(key, []);
    result.get(key)!.push(bucket);
  }
  return result;
}
