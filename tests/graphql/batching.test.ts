// No N+1: the number of SQL statements depends on the shape of the query, not on how many rows come back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { insertSyntheticStatements } from "../helpers/fixtures.js";
import { runQuery } from "../helpers/graphql-client.js";
import { fromGlobalId } from "../../src/graphql/relay/global-id.js";

// The bench's nested shape, its items through edges and a fragment: speakers and articles come with the statements.
const WITH_RELATIONS = `{
  states(first: 5, filter: { hasStatements: true }, orderBy: { field: CODE }) {
    nodes { code statements(first: 20) { edges { node { id ...Shown } } } } } }
  fragment Shown on Statement {
    speaker { id name aliases role organisation sanctioned sanctionNote }
    article { id url title source publishedAt language extractorVersion } }`;

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

  it("reads the speakers and articles of a nested page in the page's own SQL statement, as their loaders read them", async () => {
    const before = await runQuery(db, WITH_RELATIONS);
    const shown = fromGlobalId(before.data.states.nodes[0].statements.edges[0].node.id)!.id;
    await db.prisma.statement.update({ where: { id: shown }, data: { speakerId: null } });
    const [somebody] = await db.prisma.person.findMany({ orderBy: { id: "asc" }, take: 1 });
    await db.prisma.person.update({ where: { id: somebody!.id }, data: { aliases: ["Alias One"], sanctionNote: "Listed" } });
    const result = await runQuery(db, WITH_RELATIONS);
    expect(result.errors).toBeUndefined();
    expect(result.sql.queries).toBe(2); // the states, then all their pages with speakers and articles
    const nodes = result.data.states.nodes.flatMap((state: any) => state.statements.edges.map((edge: any) => edge.node));
    expect(nodes).toHaveLength(100);
    expect(nodes.some((node: any) => node.speaker === null)).toBe(true);
    for (const node of nodes) {
      const stored = await db.prisma.statement.findUniqueOrThrow({
        where: { id: fromGlobalId(node.id)!.id },
        include: { speaker: true, article: true },
      });
      const { speaker, article } = stored;
      expect(node.speaker).toEqual(
        speaker && {
          id: expect.any(String),
          name: speaker.name,
          aliases: speaker.aliases,
          role: speaker.role,
          organisation: speaker.organisation,
          sanctioned: speaker.sanctioned,
          sanctionNote: speaker.sanctionNote,
        },
      );
      expect(node.article).toEqual({
        id: expect.any(String),
        url: article.url,
        title: article.title,
        source: article.source,
        publishedAt: article.publishedAt.toISOString(),
        language: article.language,
        extractorVersion: article.extractorVersion,
      });
    }
  });
});
