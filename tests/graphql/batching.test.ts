// No N+1: the number of SQL statements depends on the shape of the query, not on how many rows come back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { insertSyntheticStatements } from "../helpers/fixtures.js";
import { runQuery } from "../helpers/graphql-client.js";

const NESTED = `query($states: Int!) {
  states(first: $states, filter: { hasStatements: true }, orderBy: { field: CODE }) {
    nodes { code name
      statements(first: 20) { nodes { text sentiment { score } speaker { name } topics { slug } article { title } } }
    } } }`;

describe.each(testTargets)("SQL round trips on %s", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    const codes = (await db.prisma.state.findMany({ orderBy: { code: "asc" }, take: 50, select: { code: true } })).map(
      (s) => s.code,
    );
    await insertSyntheticStatements(db.prisma, codes, 22);
  }, 300_000);
  afterAll(() => db?.close());

  it("costs the same for 5 states as for 50 states with 20 statements each, and at most 10 queries", async () => {
    const five = await runQuery(db, NESTED, { states: 5 });
    const fifty = await runQuery(db, NESTED, { states: 50 });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data.states.nodes).toHaveLength(50);
    for (const state of fifty.data.states.nodes) expect(state.statements.nodes).toHaveLength(20);
    expect(fifty.sql.queries).toBe(five.sql.queries);
    expect(fifty.sql.queries).toBeLessThanOrEqual(10);
  });
});
