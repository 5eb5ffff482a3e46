// The benchmark generator loads with row triggers off and secondary indexes dropped (src/bench/bulk-load.ts). This
// test checks that what the skipped per-row work would have produced is there anyway: the join tables' copies of
// the statement's columns, every index with its original definition, triggers working again for later writes,
// and analytics rollups equal to a recomputation from the statements with SQL written independently here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { generateBenchData } from "../../src/bench/generate-data.js";

const INDEXES = `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname`;

/** Dyad measures over the rows `d` (speaker state, target state, sentiment, label, Goldstein). */
const DYAD_MEASURES = `COUNT(*)::int, round(SUM(d."sentimentScore")::numeric, 6), round(SUM(d."goldstein")::numeric, 6),
  COUNT(*) FILTER (WHERE d."sentimentLabel" = 'NEGATIVE')::int, COUNT(*) FILTER (WHERE d."sentimentLabel" = 'NEUTRAL')::int,
  COUNT(*) FILTER (WHERE d."sentimentLabel" = 'POSITIVE')::int`;
const STORED_DYAD = `"statementCount", round("sentimentSum"::numeric, 6), round("goldsteinSum"::numeric, 6), "negativeCount",
  "neutralCount", "positiveCount"`;
const DYADS = `(SELECT s.*, s."publishedAt"::date AS "day", t."stateId" AS "targetStateId"
  FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s."id" WHERE s."speakerStateId" IS NOT NULL) d`;
/** Each statement once per topic it is tagged with, directly or through a descendant topic. */
const SUBTREE = `(WITH RECURSIVE below("topicId", "tagId") AS (
    SELECT "id", "id" FROM "Topic" UNION SELECT b."topicId", c."id" FROM below b JOIN "Topic" c ON c."parentId" = b."tagId")
  SELECT tp."id" AS "topicId", s.*, s."publishedAt"::date AS "day" FROM "Topic" tp JOIN "Statement" s ON EXISTS (
    SELECT 1 FROM "StatementTopic" st JOIN below b ON b."tagId" = st."topicId" WHERE st."statementId" = s."id" AND b."topicId" = tp."id")) d`;

/** Each rollup table, and the target pairs, as stored and as recomputed from the statements. */
const ROLLUPS: Record<string, { stored: string; recomputed: string }> = {
  StatementTargetPair: {
    stored: `SELECT "statementId", "stateId", "otherStateId", "publishedAt", "speakerStateId" FROM "StatementTargetPair"`,
    recomputed: `SELECT a."statementId", a."stateId", b."stateId", s."publishedAt", s."speakerStateId" FROM "StatementTarget" a
      JOIN "StatementTarget" b ON b."statementId" = a."statementId" AND b."stateId" > a."stateId" JOIN "Statement" s ON s."id" = a."statementId"`,
  },
  StateDyad: {
    stored: `SELECT "sourceStateId", "targetStateId", ${STORED_DYAD} FROM "StateDyad"`,
    recomputed: `SELECT d."speakerStateId", d."targetStateId", ${DYAD_MEASURES} FROM ${DYADS} GROUP BY 1, 2`,
  },
  StateDyadDay: {
    stored: `SELECT "sourceStateId", "targetStateId", "day", ${STORED_DYAD} FROM "StateDyadDay"`,
    recomputed: `SELECT d."speakerStateId", d."targetStateId", d."day", ${DYAD_MEASURES} FROM ${DYADS} GROUP BY 1, 2, 3`,
  },
  StateDyadDaily: {
    stored: `SELECT "sourceStateId", "targetStateId", "day", "type", ${STORED_DYAD} FROM "StateDyadDaily"`,
    recomputed: `SELECT d."speakerStateId", d."targetStateId", d."day", d."type", ${DYAD_MEASURES} FROM ${DYADS} GROUP BY 1, 2, 3, 4`,
  },
  StateDyadTopic: {
    stored: `SELECT "sourceStateId", "targetStateId", "topicId", "statementCount", round("sentimentSum"::numeric, 6) FROM "StateDyadTopic"`,
    recomputed: `SELECT d."speakerStateId", d."targetStateId", st."topicId", COUNT(*)::int, round(SUM(d."sentimentScore")::numeric, 6)
      FROM ${DYADS} JOIN "StatementTopic" st ON st."statementId" = d."id" GROUP BY 1, 2, 3`,
  },
  TopicState: {
    stored: `SELECT "topicId", "stateId", "statementCount", round("sentimentSum"::numeric, 6) FROM "TopicState"`,
    recomputed: `SELECT d."topicId", d."speakerStateId", COUNT(*)::int, round(SUM(d."sentimentScore")::numeric, 6)
      FROM ${SUBTREE} WHERE d."speakerStateId" IS NOT NULL GROUP BY 1, 2`,
  },
  TopicDaily: {
    stored: `SELECT "topicId", "day", "statementCount", round("sentimentSum"::numeric, 6), round("goldsteinSum"::numeric, 6) FROM "TopicDaily"`,
    recomputed: `SELECT d."topicId", d."day", COUNT(*)::int, round(SUM(d."sentimentScore")::numeric, 6), round(SUM(d."goldstein")::numeric, 6)
      FROM ${SUBTREE} GROUP BY 1, 2`,
  },
};

describe.each(testTargets)("bench generator bulk load on %s", (target) => {
  let db: Database;
  let indexesBefore: unknown[];
  const sql = <T>(query: string) => db.prisma.$queryRawUnsafe<T>(query);

  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    indexesBefore = await sql<unknown[]>(INDEXES);
    await generateBenchData(db.prisma, { statements: 2_500, seed: 7 });
  }, 240_000);
  afterAll(() => db?.close());

  it("copies each statement's publishedAt and speaker state onto its targets and topics", async () => {
    const [row] = await sql<[{ targets: number; topics: number; wrongTargets: number; wrongTopics: number }]>(`
      SELECT (SELECT COUNT(*) FROM "StatementTarget")::int AS "targets", (SELECT COUNT(*) FROM "StatementTopic")::int AS "topics",
        (SELECT COUNT(*) FROM "StatementTarget" t JOIN "Statement" s ON s."id" = t."statementId"
         WHERE t."publishedAt" IS DISTINCT FROM s."publishedAt" OR t."speakerStateId" IS DISTINCT FROM s."speakerStateId")::int AS "wrongTargets",
        (SELECT COUNT(*) FROM "StatementTopic" t JOIN "Statement" s ON s."id" = t."statementId"
         WHERE t."publishedAt" IS DISTINCT FROM s."publishedAt")::int AS "wrongTopics"`);
    expect(row.targets).toBeGreaterThan(2_500);
    expect(row.topics).toBeGreaterThan(1_000);
    expect({ wrongTargets: row.wrongTargets, wrongTopics: row.wrongTopics }).toEqual({ wrongTargets: 0, wrongTopics: 0 });
  });

  it("leaves every index as the migrations define it and the triggers on for later writes", async () => {
    expect(await sql<unknown[]>(INDEXES)).toEqual(indexesBefore);
    const [{ disabled }] = await sql<[{ disabled: number }]>(
      `SELECT COUNT(*)::int AS "disabled" FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'`,
    );
    expect(disabled).toBe(0);
    // A link written after the load gets its copies from the trigger.
    const [statement] = await sql<[{ id: number; stateId: number }]>(`
      SELECT s."id", (SELECT st."id" FROM "State" st WHERE NOT EXISTS
        (SELECT 1 FROM "StatementTarget" t WHERE t."statementId" = s."id" AND t."stateId" = st."id") ORDER BY st."id" LIMIT 1) AS "stateId"
      FROM "Statement" s WHERE s."speakerStateId" IS NOT NULL ORDER BY s."id" LIMIT 1`);
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "StatementTarget" ("statementId", "stateId") VALUES (${statement.id}, ${statement.stateId})`,
    );
    const [copied] = await sql<[{ same: boolean }]>(`
      SELECT t."publishedAt" = s."publishedAt" AND t."speakerStateId" = s."speakerStateId" AS "same"
      FROM "StatementTarget" t JOIN "Statement" s ON s."id" = t."statementId"
      WHERE t."statementId" = ${statement.id} AND t."stateId" = ${statement.stateId}`);
    expect(copied.same).toBe(true);
    await db.prisma.$executeRawUnsafe(
      `DELETE FROM "StatementTarget" WHERE "statementId" = ${statement.id} AND "stateId" = ${statement.stateId}`,
    );
  });

  it.each(Object.keys(ROLLUPS))("%s equals its recomputation from the statements", async (table) => {
    const { stored, recomputed } = ROLLUPS[table]!;
    const [row] = await sql<[{ rows: number; missing: number; extra: number }]>(`
      SELECT (SELECT COUNT(*) FROM (${stored}) x)::int AS "rows",
        (SELECT COUNT(*) FROM (${recomputed} EXCEPT ${stored}) x)::int AS "missing",
        (SELECT COUNT(*) FROM (${stored} EXCEPT ${recomputed}) x)::int AS "extra"`);
    expect(row.rows).toBeGreaterThan(0);
    expect({ missing: row.missing, extra: row.extra }).toEqual({ missing: 0, extra: 0 });
  });
});
