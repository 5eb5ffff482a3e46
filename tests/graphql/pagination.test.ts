import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { insertFixtures } from "../helpers/fixtures.js";
import { querySuccess, runQuery } from "../helpers/graphql-client.js";

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  states(first: $first, after: $after, last: $last, before: $before, orderBy: { field: CODE }) {
    edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

describe.each(testTargets)("cursor paging on %s", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await insertFixtures(db.prisma);
  });
  afterAll(() => db?.close());

  it("pages forward and backward with keyset cursors and no overlap", async () => {
    const all = await querySuccess(db, `{ states(first: 100, orderBy: { field: CODE }) { nodes { code } } }`);
    const codes = all.states.nodes.map((n: any) => n.code);
    const p1 = await querySuccess(db, PAGE, { first: 3 });
    expect(p1.states.edges.map((e: any) => e.node.code)).toEqual(codes.slice(0, 3));
    expect(p1.states.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await querySuccess(db, PAGE, { first: 3, after: p1.states.pageInfo.endCursor });
    expect(p2.states.edges.map((e: any) => e.node.code)).toEqual(codes.slice(3, 6));
    expect(p2.states.pageInfo.hasPreviousPage).toBe(true);
    const back = await querySuccess(db, PAGE, { last: 2, before: p2.states.pageInfo.startCursor });
    expect(back.states.edges.map((e: any) => e.node.code)).toEqual(codes.slice(1, 3));
    expect(back.states.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const tail = await querySuccess(db, PAGE, { last: 2 });
    expect(tail.states.pageInfo.hasPreviousPage).toBe(true);
    expect(tail.states.edges).toHaveLength(2);
  });

  it("pages statements by date with ties broken by id, and the last page says so", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = await querySuccess(
        db,
        `query($after: String) { statements(first: 3, after: $after) { nodes { id publishedAt } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...page.statements.nodes.map((n: any) => n.id));
      if (!page.statements.pageInfo.hasNextPage) break;
      after = page.statements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });

  it("gives the same statement cursors whether or not the page shows publishedAt (root and nested lists)", async () => {
    // A page that shows publishedAt reads its cursors from that column; one that does not selects the sort value.
    const root = (fields: string) => `{ statements(first: 5) { edges { cursor node { ${fields} } } } }`;
    const nested = (fields: string) =>
      `{ states(first: 100) { nodes { statementsAbout(first: 5) { edges { cursor node { ${fields} } } } } } }`;
    const cursorsOf = (data: any): string[] =>
      (data.statements ? [data.statements] : data.states.nodes.map((state: any) => state.statementsAbout)).flatMap((page: any) =>
        page.edges.map((edge: any) => edge.cursor as string),
      );
    for (const query of [root, nested]) {
      const shown = await querySuccess(db, query("id publishedAt"));
      const hidden = await querySuccess(db, query("id"));
      expect(cursorsOf(hidden)).toEqual(cursorsOf(shown));
      expect(cursorsOf(shown).length).toBeGreaterThan(0);
    }
  });

  it("rejects page sizes outside 1..100 and foreign cursors with BAD_USER_INPUT", async () => {
    for (const args of ["first: 0", "first: 101", "last: -1", "first: 2, last: 2"]) {
      const result = await runQuery(db, `{ states(${args}) { totalCount } }`);
      expect(result.errors?.[0]?.extensions?.code, args).toBe("BAD_USER_INPUT");
    }
    const nested = await runQuery(db, `{ state(code: "JP") { statements(first: 500) { totalCount } } }`);
    expect(nested.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const cursor = await runQuery(db, `{ states(after: "not-a-cursor") { totalCount } }`);
    expect(cursor.errors?.[0]?.message).toMatch(/not a cursor/);
    const wrongKind = await runQuery(
      db,
      `{ statements(after: "${Buffer.from(JSON.stringify([1, "JP", 3])).toString("base64url")}") { totalCount } }`,
    );
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("counts totalCount only when asked for", async () => {
    const without = await runQuery(db, `{ states(first: 5) { nodes { code } } }`);
    const withCount = await runQuery(db, `{ states(first: 5) { totalCount nodes { code } } }`);
    expect(withCount.sql.queries).toBe(without.sql.queries + 1);
  });
});
