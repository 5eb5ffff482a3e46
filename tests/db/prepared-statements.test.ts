// Lookups by primary key run as named prepared statements on PostgreSQL (src/db/prepared-statements.ts), so that a
// backend neither parses nor plans them again on every request; PGlite's adapter sends them unnamed. Either way
// they return the rows and fail as unnamed statements do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.js";
import type { Database } from "../../src/db/database.js";
import { preparedConstantText, preparedStatementName } from "../../src/db/prepared-statements.js";
import { queryRows } from "../../src/db/raw-rows.js";
import { idIn, rowsById } from "../../src/db/queries/rows-by-id.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";

/** Reads, from inside the backend that runs it, which prepared statements that backend holds (a text per target). */
const ownPrepared = (kind: string) =>
  Prisma.sql`SELECT COALESCE(array_agg(name::text), '{}') AS "names" FROM pg_prepared_statements WHERE ${1}::int = 1 /* ${Prisma.raw(kind)} */`;

describe("statements of constants only", () => {
  const sqlOf = (query: Prisma.Sql) => ({ strings: query.strings, values: query.values });

  it("are written out and prepared from their second use", () => {
    const query = Prisma.sql`SELECT s."id" FROM "Statement" s WHERE s."speakerStateId" = ${233} AND s."type" = ${"COMMENTS"}::"StatementType"
      AND s."goldstein" >= ${0} ORDER BY s."id" DESC LIMIT ${51} /* constants test */`;
    expect(preparedConstantText(sqlOf(query))).toBeNull(); // first use: sent as it is
    const text = preparedConstantText(sqlOf(query));
    expect(text).toBe(
      `SELECT s."id" FROM "Statement" s WHERE s."speakerStateId" = 233 AND s."type" = 'COMMENTS'::"StatementType"
      AND s."goldstein" >= 0 ORDER BY s."id" DESC LIMIT 51 /* constants test */`,
    );
    expect(preparedStatementName({ sql: text! })).toMatch(/^entente_[0-9a-f]{32}$/);
    expect(preparedConstantText(sqlOf(query))).toBe(text);
  });

  it("leave every other value bound: text, negative or fractional numbers, dates, lists, values elsewhere", () => {
    const bound = [
      Prisma.sql`SELECT 1 WHERE "code" = ${"us"}::"StatementType"`,
      Prisma.sql`SELECT 1 WHERE "name" = ${"COMMENTS"}`,
      Prisma.sql`SELECT 1 WHERE "x" = ${"A'B"}::"StatementType"`,
      Prisma.sql`SELECT 1 WHERE "x" = ${-1}`,
      Prisma.sql`SELECT 1 WHERE "x" = ${1.5}`,
      Prisma.sql`SELECT 1 WHERE "x" = ${Number.MAX_SAFE_INTEGER + 2}`,
      Prisma.sql`SELECT 1 WHERE "x" >= ${new Date(0)}::timestamp`,
      Prisma.sql`SELECT 1 WHERE "x" = ANY(${[1, 2]}::int[])`,
      Prisma.sql`SELECT ${1} AS "one"`,
      Prisma.sql`SELECT 1 WHERE "x" = ${1} + ${2}`,
      Prisma.sql`SELECT 1 WHERE "x" = ${1} LIMIT ${null}`,
    ];
    for (const query of bound) {
      expect(preparedConstantText(sqlOf(query))).toBeNull();
      expect(preparedConstantText(sqlOf(query))).toBeNull();
    }
  });
});

describe.each(testTargets)("prepared lookups on %s", (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("prepares only the statements that ask for it, and only on PostgreSQL", async () => {
    const query = ownPrepared(kind);
    await queryRows(db.prisma, query);
    expect(preparedStatementName({ sql: query.text })).toBeUndefined();
    const [prepared] = await queryRows<{ names: string[] }>(db.prisma, query, { prepare: true });
    const name = preparedStatementName({ sql: query.text });
    expect(name).toMatch(/^entente_[0-9a-f]{32}$/);
    // A named statement exists in its backend while it runs; PGlite's adapter never names one.
    if (kind === "postgres") expect(prepared!.names).toContain(name);
    else expect(prepared!.names).toEqual([]);
  });

  it("runs a statement of constants prepared from its second use, with the same rows", async () => {
    const query = Prisma.sql`SELECT COALESCE(array_agg(name::text ORDER BY name), '{}') AS "names" FROM pg_prepared_statements
      WHERE 1 = ${1} LIMIT ${5} /* ${Prisma.raw(kind)} */`;
    const [first] = await queryRows<{ names: string[] }>(db.prisma, query);
    const [second] = await queryRows<{ names: string[] }>(db.prisma, query);
    const name = preparedStatementName({ sql: preparedConstantText({ strings: query.strings, values: query.values })! });
    expect(name).toMatch(/^entente_/);
    expect(first!.names).not.toContain(name);
    if (kind === "postgres") expect(second!.names).toContain(name);
    else expect(second).toEqual(first);
    const codes = Prisma.sql`SELECT t."code" FROM "State" t WHERE t."id" >= ${1} ORDER BY t."code" LIMIT ${3}`;
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await queryRows<{ code: string }>(db.prisma, codes));
    expect(runs[0]).toHaveLength(3);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it("returns the rows an unnamed statement returns, for one id and for several", async () => {
    const states = await db.prisma.state.findMany({ select: { id: true, code: true }, orderBy: { id: "asc" }, take: 3 });
    const ids = states.map((state) => state.id);
    for (const asked of [[ids[0]!], ids]) {
      const rows = await rowsById<{ id: number; code: string }>(db.prisma, "State", ["id", "code"], asked);
      const unnamed = await queryRows<{ id: number; code: string }>(
        db.prisma,
        Prisma.sql`SELECT t."id", t."code" FROM "State" t WHERE ${idIn("t", asked)}`,
      );
      const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
      expect(rows.sort(byId)).toEqual(unnamed.sort(byId));
      expect(rows).toEqual(states.filter((state) => asked.includes(state.id)));
    }
  });

  it("fails as an unnamed statement fails, every time (a failed parse leaves no name behind)", async () => {
    const [state] = await db.prisma.state.findMany({ select: { id: true }, take: 1 });
    const broken = Prisma.sql`SELECT 1 / (t."id" * ${0}::int) AS "x" FROM "State" t WHERE ${idIn("t", [state!.id])}`;
    const unnamed = await queryRows(db.prisma, broken).catch((error: unknown) => error);
    for (let attempt = 0; attempt < 2; attempt++) {
      const prepared = await queryRows(db.prisma, broken, { prepare: true }).catch((error: unknown) => error);
      expect(prepared).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      expect((prepared as Prisma.PrismaClientKnownRequestError).meta).toEqual(
        (unnamed as Prisma.PrismaClientKnownRequestError).meta,
      );
    }
    const unknownTable = Prisma.sql`SELECT t."id" FROM "NoSuchTable" t WHERE ${idIn("t", [1])}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await queryRows(db.prisma, unknownTable, { prepare: true }).catch((e: unknown) => e);
      expect(String((error as Error).message)).toMatch(/NoSuchTable/);
    }
  });
});
