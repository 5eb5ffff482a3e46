// Keeps the analytics rollups (StateDyad, StateDyadDay, StateDyadDaily, StateDyadTopic, TopicState, TopicDaily,
// TargetStateTotal; see
// prisma/schema.prisma) equal to aggregates of the statements. Every write that changes statements runs, in its
// own transaction, `subtractStatements` before the change and `addStatements` after it for the statements it
// touches: the rollups receive the difference as INSERT … ON CONFLICT DO UPDATE adding to the stored sums, so
// concurrent writers never lose each other's updates (the row lock serialises them; rows are written in key
// order so that two writers take their locks in the same order).
// Speakers (people) are not part of any rollup: merging people changes no rollup.
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";

/** A Prisma client or an interactive transaction. */
export type SqlClient = Pick<PrismaClient, "$executeRaw" | "$queryRaw">;

const ROLLUP_TABLES = [
  "StateDyad",
  "StateDyadDay",
  "StateDyadDaily",
  "StateDyadTopic",
  "TopicState",
  "TopicDaily",
  "TargetStateTotal",
] as const;

/** `SET` list adding the excluded (delta) row to the stored one for each measure. */
function addMeasures(table: string, measures: readonly string[]): Prisma.Sql {
  return Prisma.raw(measures.map((m) => `"${m}" = "${table}"."${m}" + EXCLUDED."${m}"`).join(", "));
}

const DYAD_MEASURES = ["statementCount", "sentimentSum", "goldsteinSum", "negativeCount", "neutralCount", "positiveCount"];

/** The six dyad measures of the rows in `d`, times `sign`. */
function dyadAggregates(sign: 1 | -1): Prisma.Sql {
  const k = Prisma.raw(String(sign));
  return Prisma.sql`${k} * COUNT(*)::int, ${k} * SUM(d."sentimentScore"), ${k} * SUM(d."goldstein"),
    ${k} * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'NEGATIVE'))::int,
    ${k} * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'NEUTRAL'))::int,
    ${k} * (COUNT(*) FILTER (WHERE d."sentimentLabel" = 'POSITIVE'))::int`;
}

/**
 * One statement (one round trip) applying `sign` (+1 or -1) times the contribution of the statements selected by
 * `where` (a condition on `s`, the Statement table) to every rollup.
 */
function applyDelta(where: Prisma.Sql, sign: 1 | -1): Prisma.Sql {
  const k = Prisma.raw(String(sign));
  const dyad = addMeasures("StateDyad", DYAD_MEASURES);
  const dyadDay = addMeasures("StateDyadDay", DYAD_MEASURES);
  const dyadDaily = addMeasures("StateDyadDaily", DYAD_MEASURES);
  const dyadTopic = addMeasures("StateDyadTopic", ["statementCount", "sentimentSum"]);
  const topicState = addMeasures("TopicState", ["statementCount", "sentimentSum"]);
  const topicDaily = addMeasures("TopicDaily", ["statementCount", "sentimentSum", "goldsteinSum"]);
  const targetTotal = addMeasures("TargetStateTotal", ["statementCount"]);
  return Prisma.sql`
    WITH RECURSIVE ancestors("topicId", "ancestorId") AS (
      SELECT "id", "id" FROM "Topic"
      UNION
      SELECT a."topicId", t."parentId" FROM ancestors a JOIN "Topic" t ON t."id" = a."ancestorId" WHERE t."parentId" IS NOT NULL
    ),
    src AS MATERIALIZED (
      SELECT s."id", s."speakerStateId", (s."publishedAt")::date AS "day", s."type", s."sentimentScore", s."sentimentLabel", s."goldstein"
      FROM "Statement" s WHERE ${where}
    ),
    dyads AS MATERIALIZED (
      SELECT src.*, t."stateId" AS "targetStateId" FROM src JOIN "StatementTarget" t ON t."statementId" = src."id"
      WHERE src."speakerStateId" IS NOT NULL
    ),
    subtree AS MATERIALIZED (
      SELECT DISTINCT src.*, a."ancestorId" AS "topicId"
      FROM src JOIN "StatementTopic" st ON st."statementId" = src."id" JOIN ancestors a ON a."topicId" = st."topicId"
    ),
    w1 AS (
      INSERT INTO "StateDyad" ("sourceStateId", "targetStateId", ${Prisma.raw(DYAD_MEASURES.map((m) => `"${m}"`).join(", "))})
      SELECT d."speakerStateId", d."targetStateId", ${dyadAggregates(sign)} FROM dyads d GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("sourceStateId", "targetStateId") DO UPDATE SET ${dyad}
    ),
    w1d AS (
      INSERT INTO "StateDyadDay" ("sourceStateId", "targetStateId", "day", ${Prisma.raw(DYAD_MEASURES.map((m) => `"${m}"`).join(", "))})
      SELECT d."speakerStateId", d."targetStateId", d."day", ${dyadAggregates(sign)} FROM dyads d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT ("sourceStateId", "targetStateId", "day") DO UPDATE SET ${dyadDay}
    ),
    w2 AS (
      INSERT INTO "StateDyadDaily" ("sourceStateId", "targetStateId", "day", "type", ${Prisma.raw(DYAD_MEASURES.map((m) => `"${m}"`).join(", "))})
      SELECT d."speakerStateId", d."targetStateId", d."day", d."type", ${dyadAggregates(sign)} FROM dyads d GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT ("sourceStateId", "targetStateId", "day", "type") DO UPDATE SET ${dyadDaily}
    ),
    w3 AS (
      INSERT INTO "StateDyadTopic" ("sourceStateId", "targetStateId", "topicId", "statementCount", "sentimentSum")
      SELECT d."speakerStateId", d."targetStateId", st."topicId", ${k} * COUNT(*)::int, ${k} * SUM(d."sentimentScore")
      FROM dyads d JOIN "StatementTopic" st ON st."statementId" = d."id" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT ("sourceStateId", "targetStateId", "topicId") DO UPDATE SET ${dyadTopic}
    ),
    w4 AS (
      INSERT INTO "TopicState" ("topicId", "stateId", "statementCount", "sentimentSum")
      SELECT d."topicId", d."speakerStateId", ${k} * COUNT(*)::int, ${k} * SUM(d."sentimentScore")
      FROM subtree d WHERE d."speakerStateId" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("topicId", "stateId") DO UPDATE SET ${topicState}
    ),
    w5 AS (
      INSERT INTO "TopicDaily" ("topicId", "day", "statementCount", "sentimentSum", "goldsteinSum")
      SELECT d."topicId", d."day", ${k} * COUNT(*)::int, ${k} * SUM(d."sentimentScore"), ${k} * SUM(d."goldstein")
      FROM subtree d GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT ("topicId", "day") DO UPDATE SET ${topicDaily}
    ),
    w6 AS (
      INSERT INTO "TargetStateTotal" ("stateId", "statementCount")
      SELECT t."stateId", ${k} * COUNT(*)::int FROM src JOIN "StatementTarget" t ON t."statementId" = src."id" GROUP BY 1 ORDER BY 1
      ON CONFLICT ("stateId") DO UPDATE SET ${targetTotal}
    )
    SELECT 1`;
}

/** Which statements a write touches. */
export type StatementSelection = { statementIds: readonly number[] } | { articleId: number } | { articleIds: readonly number[] };

function selectionCondition(selection: StatementSelection): Prisma.Sql {
  if ("articleId" in selection) return Prisma.sql`s."articleId" = ${selection.articleId}`;
  if ("articleIds" in selection) return Prisma.sql`s."articleId" = ANY(${[...selection.articleIds]}::int[])`;
  return Prisma.sql`s."id" = ANY(${[...selection.statementIds]}::int[])`;
}

/**
 * Runs a delta in the caller's transaction without JIT compilation: PostgreSQL JIT-compiles the statement once its
 * estimated cost passes jit_above_cost (a batch of about 20 articles), and compiling its CTEs took far longer than
 * running them (a batch of 64 articles under load: 2.65 s with JIT, 23 ms without).
 */
async function applyInTransaction(db: SqlClient, selection: StatementSelection, sign: 1 | -1): Promise<void> {
  await db.$executeRaw`SET LOCAL jit = off`;
  await db.$queryRaw(applyDelta(selectionCondition(selection), sign));
}

/** Removes the statements' current contribution; call inside the write's transaction, before changing them. */
export async function subtractStatements(db: SqlClient, selection: StatementSelection): Promise<void> {
  await applyInTransaction(db, selection, -1);
}

/** Adds the statements' current contribution; call inside the write's transaction, after changing them. */
export async function addStatements(db: SqlClient, selection: StatementSelection): Promise<void> {
  await applyInTransaction(db, selection, 1);
}

/**
 * Recomputes every rollup from the statements: after bulk loads that bypass the write paths (benchmark data,
 * test fixtures) and after the topic tree changed (subtree rollups follow the tree).
 */
export async function rebuildAnalyticsRollups(db: SqlClient): Promise<void> {
  await db.$executeRaw`TRUNCATE ${Prisma.raw(ROLLUP_TABLES.map((t) => `"${t}"`).join(", "))}`;
  await db.$queryRaw(applyDelta(Prisma.sql`TRUE`, 1));
}
