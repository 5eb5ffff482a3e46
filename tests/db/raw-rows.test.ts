// Rows read straight from the driver adapter (queryRows) must be the rows Prisma's $queryRaw returns, value for
// value and type for type, and a failing statement must fail as $queryRaw fails (P2010 carrying the driver's cause).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.js";
import type { Database } from "../../src/db/database.js";
import { queryRows } from "../../src/db/raw-rows.js";
import { withSqlTrace } from "../../src/db/sql-trace.js";
import { openTestDatabase, testTargets } from "../helpers/test-database.js";

const EVERY_TYPE = Prisma.sql`SELECT 7::int AS "int", 9007199254740993::bigint AS "big", 1.25::numeric AS "num",
  0.5::float8 AS "double", true AS "yes", 'ab'::char(2) AS "code", 'text' AS "text", NULL::text AS "nothing",
  timestamp '2025-03-04 05:06:07.089' AS "at", timestamptz '2025-03-04 05:06:07+02' AS "atZone", date '2025-03-04' AS "day",
  time '12:34:56' AS "clock", '{"a": [1, 2]}'::jsonb AS "json", ARRAY[1, 2]::int[] AS "ints", ARRAY[3]::bigint[] AS "bigs",
  ARRAY['x', NULL]::text[] AS "texts", ARRAY[timestamp '2025-01-01'] AS "ats", ${[4, 5]}::int[] AS "param",
  ${new Date("2025-06-01T00:00:00Z")}::timestamp AS "paramAt", ${"s"} AS "paramText", ${2.5}::float8 AS "paramNumber"`;

describe.each(testTargets)("queryRows on %s", (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("returns the rows $queryRaw returns, with the same types", async () => {
    const viaPrisma = await db.prisma.$queryRaw<Record<string, unknown>[]>(EVERY_TYPE);
    const direct = await queryRows<Record<string, unknown>>(db.prisma, EVERY_TYPE);
    expect(direct).toStrictEqual(viaPrisma);
    expect(direct[0]!.at).toEqual(new Date("2025-03-04T05:06:07.089Z"));
    expect(direct[0]!.big).toBe(9007199254740993n);
  });

  it("counts its statements in the SQL trace", async () => {
    const { trace } = await withSqlTrace(() => queryRows(db.prisma, Prisma.sql`SELECT 1 AS "one"`));
    expect(trace.queries).toBe(1);
  });

  it("fails as $queryRaw fails", async () => {
    const broken = Prisma.sql`SELECT 1 / ${0}::int AS "x"`;
    const viaPrisma = await db.prisma.$queryRaw(broken).catch((error: unknown) => error);
    const direct = await queryRows(db.prisma, broken).catch((error: unknown) => error);
    expect(direct).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((direct as Prisma.PrismaClientKnownRequestError).code).toBe((viaPrisma as Prisma.PrismaClientKnownRequestError).code);
    expect((direct as Prisma.PrismaClientKnownRequestError).meta).toEqual(
      (viaPrisma as Prisma.PrismaClientKnownRequestError).meta,
    );
  });
});
