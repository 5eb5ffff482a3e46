// The pairs of each statement's targets (StatementTargetPair, read by filter.targetStatesAll) are kept by triggers
// on StatementTarget: whatever writes the targets, the table must equal the pairs recomputed from them, with the
// statement's publication time and speaker state copied, through inserts of one or several targets, deletes,
// a target row moved to another state, a statement's publication time changed and a statement deleted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { ingestDemoCorpus } from "../../src/ingestion/demo-corpus.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";

/** Pairs stored but not recomputed from the targets, and recomputed but not stored (copies included). */
const DIFFERENCE = `WITH stored AS (SELECT "statementId", "stateId", "otherStateId", "publishedAt", "speakerStateId"
    FROM "StatementTargetPair"),
  recomputed AS (SELECT a."statementId", a."stateId", b."stateId" AS "otherStateId", s."publishedAt", s."speakerStateId"
    FROM "StatementTarget" a JOIN "StatementTarget" b ON b."statementId" = a."statementId" AND b."stateId" > a."stateId"
    JOIN "Statement" s ON s."id" = a."statementId")
  SELECT (SELECT COUNT(*) FROM stored)::int AS "pairs",
    (SELECT COUNT(*) FROM (SELECT * FROM stored EXCEPT SELECT * FROM recomputed) x)::int AS "extra",
    (SELECT COUNT(*) FROM (SELECT * FROM recomputed EXCEPT SELECT * FROM stored) x)::int AS "missing"`;

describe.each(testTargets)("target pairs on %s", (target) => {
  let db: Database;
  let statementId: number;
  let states: number[];
  const run = (sql: string) => db.prisma.$executeRawUnsafe(sql);
  const pairsOf = async (id: number) =>
    (
      await db.prisma.$queryRawUnsafe<{ stateId: number; otherStateId: number }[]>(
        `SELECT "stateId", "otherStateId" FROM "StatementTargetPair" WHERE "statementId" = ${id} ORDER BY 1, 2`,
      )
    ).map((p) => [p.stateId, p.otherStateId]);
  const expectConsistent = async () => {
    const [row] = await db.prisma.$queryRawUnsafe<[{ pairs: number; extra: number; missing: number }]>(DIFFERENCE);
    expect({ extra: row.extra, missing: row.missing }).toEqual({ extra: 0, missing: 0 });
    return row.pairs;
  };

  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await ingestDemoCorpus(db.prisma);
    const [statement] = await db.prisma.$queryRawUnsafe<[{ id: number }]>(
      `SELECT "statementId" AS "id" FROM "StatementTargetPair" ORDER BY 1 LIMIT 1`,
    );
    statementId = statement.id;
    const rows = await db.prisma.$queryRawUnsafe<{ id: number }[]>(
      `SELECT "id" FROM "State" WHERE "code" IN ('US', 'CN', 'RU', 'JP') ORDER BY "id"`,
    );
    states = rows.map((r) => r.id);
  }, 120_000);
  afterAll(() => db?.close());

  it("match the targets of the seeded corpus, written by ingestion", async () => {
    expect(await expectConsistent()).toBeGreaterThan(0);
  });

  it("follow targets deleted, inserted together and one by one, and moved to another state", async () => {
    const [a, b, c, d] = states as [number, number, number, number];
    await run(`DELETE FROM "StatementTarget" WHERE "statementId" = ${statementId}`);
    expect(await pairsOf(statementId)).toEqual([]);
    await run(`INSERT INTO "StatementTarget" ("statementId", "stateId") VALUES (${statementId}, ${c}), (${statementId}, ${a})`);
    expect(await pairsOf(statementId)).toEqual([[a, c]]);
    await run(`INSERT INTO "StatementTarget" ("statementId", "stateId") VALUES (${statementId}, ${b})`);
    expect(await pairsOf(statementId)).toEqual([
      [a, b],
      [a, c],
      [b, c],
    ]);
    await run(`DELETE FROM "StatementTarget" WHERE "statementId" = ${statementId} AND "stateId" = ${a}`);
    expect(await pairsOf(statementId)).toEqual([[b, c]]);
    await run(`UPDATE "StatementTarget" SET "stateId" = ${d} WHERE "statementId" = ${statementId} AND "stateId" = ${c}`);
    expect(await pairsOf(statementId)).toEqual([[b, d]]);
    await expectConsistent();
  });

  it("carry the statement's publication time and speaker state when they change", async () => {
    await run(`UPDATE "Statement" SET "publishedAt" = '2001-02-03T04:05:06Z',
      "speakerStateId" = (SELECT "id" FROM "State" WHERE "code" = 'FR') WHERE "id" = ${statementId}`);
    const [copy] = await db.prisma.$queryRawUnsafe<[{ publishedAt: Date; code: string }]>(
      `SELECT p."publishedAt", st."code" FROM "StatementTargetPair" p JOIN "State" st ON st."id" = p."speakerStateId"
       WHERE p."statementId" = ${statementId}`,
    );
    expect({ publishedAt: copy.publishedAt.toISOString(), code: copy.code }).toEqual({
      publishedAt: "2001-02-03T04:05:06.000Z",
      code: "FR",
    });
    await expectConsistent();
  });

  it("go with their statement", async () => {
    await run(`DELETE FROM "Statement" WHERE "id" = ${statementId}`);
    expect(await pairsOf(statementId)).toEqual([]);
    await expectConsistent();
  });
});
