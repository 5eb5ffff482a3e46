import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { insertFixtures } from "../helpers/fixtures.js";
import { querySuccess, runQuery } from "../helpers/graphql-client.js";

describe.each(testTargets)("nested queries on %s", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await insertFixtures(db.prisma);
  });
  afterAll(() => db?.close());

  it("serves the foundation query: a state by code, every ISO state, the taxonomy", async () => {
    const data = await querySuccess(db, `{ state(code: "KR") { name alpha3 } states { totalCount } topics { slug } }`);
    expect(data.state).toEqual({ name: "South Korea", alpha3: "KOR" });
    expect(data.states.totalCount).toBeGreaterThanOrEqual(249);
    expect(data.topics.map((t: { slug: string }) => t.slug)).toEqual(
      expect.arrayContaining(["arms-transfers", "sanctions", "military-cooperation"]),
    );
  });

  it("finds states by alpha-2 or alpha-3 code in any case and rejects malformed codes", async () => {
    const data = await querySuccess(
      db,
      `{ a: state(code: "kor") { code } b: state(code: "jp") { code } c: state(code: "ZZ") { code } }`,
    );
    expect(data).toMatchObject({ a: { code: "KR" }, b: { code: "JP" }, c: null });
    const bad = await runQuery(db, `{ state(code: "Korea!") { code } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("walks state → statements → speaker, targets, topics, article", async () => {
    const data = await querySuccess(
      db,
      `{
      state(code: "KR") {
        statements { totalCount nodes { text type sentiment { score label } speaker { name role state { code } }
          speakerState { code } targets { code } topics { slug } article { title source } } }
        statementsAbout { nodes { speakerState { code } } }
        people { nodes { name } }
      } }`,
    );
    const statements = data.state.statements;
    expect(statements.totalCount).toBe(2);
    const warning = statements.nodes.find((s: any) => s.type === "WARNS");
    expect(warning.speaker).toEqual({ name: "Cho Tae-yul", role: "Foreign Minister", state: { code: "KR" } });
    expect(warning.targets).toEqual([{ code: "RU" }]);
    expect(warning.topics.map((t: any) => t.slug).sort()).toEqual(["space-and-satellites", "un-security-council"]);
    expect(warning.sentiment).toEqual({ score: -0.5, label: "NEGATIVE" });
    expect(warning.article.source).toBe("Fixture Wire");
    expect(data.state.statementsAbout.nodes.map((s: any) => s.speakerState.code).sort()).toEqual(["JP", "KP"]);
    expect(data.state.people.nodes).toEqual([{ name: "Cho Tae-yul" }]);
  });

  it("walks article → statements, states and people; person → statements; topic → parent, children, statements", async () => {
    const data = await querySuccess(
      db,
      `{
      article(url: "https://fixtures.example/tokyo-protest") {
        title statements { nodes { text } } states { count state { code } } people { count person { name sanctioned } }
      }
      people(filter: { sanctioned: true }) { nodes { name sanctionNote statements { nodes { type } } } }
      topic(slug: "arms-transfers") { name parent { slug } children { slug } statements { totalCount nodes { speakerState { code } } } }
      sec: topic(slug: "security-and-defence") { children { slug } statements { totalCount } }
    }`,
    );
    expect(data.article.statements.nodes.map((s: any) => s.text)).toEqual([
      "Tokyo lodged a strong protest over the ballistic missile launch.",
      "Japan will deepen trilateral security cooperation with South Korea and the United States.",
    ]);
    expect(data.article.states.map((m: any) => m.state.code).sort()).toEqual(["JP", "KP", "KR", "US"]);
    expect(data.article.people).toEqual([{ count: 2, person: { name: "Hayashi Yoshimasa", sanctioned: false } }]);
    expect(data.people.nodes.map((p: any) => p.name).sort()).toEqual(["Choe Son Hui", "Kim Jong-un"]);
    expect(data.topic.parent.slug).toBe("security-and-defence");
    expect(data.topic.statements.totalCount).toBe(1);
    // A topic's statements include those of its subtopics (arms transfers, military cooperation, alliances).
    expect(data.sec.statements.totalCount).toBe(3);
    expect(data.sec.children.map((c: any) => c.slug)).toContain("arms-transfers");
  });

  it("refetches any object through node and nodes with opaque global IDs", async () => {
    const first = await querySuccess(db, `{ state(code: "JP") { id } statements(first: 1) { nodes { id text } } }`);
    const data = await querySuccess(
      db,
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on State { code } ... on Statement { text } } }`,
      {
        ids: [first.state.id, first.statements.nodes[0].id, "bm9wZQ"],
      },
    );
    expect(data.nodes[0]).toMatchObject({ __typename: "State", code: "JP" });
    expect(data.nodes[1]).toMatchObject({ __typename: "Statement", text: first.statements.nodes[0].text });
    expect(data.nodes[2]).toBeNull();
    expect(first.state.id).not.toMatch(/^\d+$/);
    expect(first.state.id).not.toContain("State");
  });
});
