import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { insertFixtures } from "../helpers/fixtures.js";
import { querySuccess, runQuery } from "../helpers/graphql-client.js";

describe.each(testTargets)("sentiment and cooperation analytics on %s", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await insertFixtures(db.prisma);
  });
  afterAll(() => db?.close());

  it("aggregates a directed pair: counts, tone, Goldstein, topics, timeline, statements", async () => {
    const data = await querySuccess(
      db,
      `{ relation(source: "JP", target: "CHN") {
      source { code } target { code } statementCount averageSentiment averageGoldstein
      sentimentCounts { negative neutral positive }
      topics { topic { slug } statementCount averageSentiment }
      timeline(granularity: MONTH) { start statementCount averageSentiment }
      dense: timeline(granularity: MONTH, from: "2025-02-01T00:00:00Z", to: "2025-04-01T00:00:00Z") { statementCount averageSentiment }
      statements(orderBy: { field: SENTIMENT, direction: DESC }) { totalCount nodes { type } }
    } }`,
    );
    const r = data.relation;
    expect(r.source.code).toBe("JP");
    expect(r.target.code).toBe("CN");
    expect(r.statementCount).toBe(2);
    expect(r.averageSentiment).toBeCloseTo(0.3, 6);
    expect(r.averageGoldstein).toBeCloseTo(4, 6);
    expect(r.sentimentCounts).toEqual({ negative: 1, neutral: 0, positive: 1 });
    expect(r.topics.map((t: any) => t.topic.slug).sort()).toEqual(["energy", "trade", "trade-disputes"]);
    expect(r.timeline).toEqual([
      { start: "2025-03-01T00:00:00.000Z", statementCount: 2, averageSentiment: expect.closeTo(0.3, 6) },
    ]);
    expect(r.dense).toEqual([
      { statementCount: 0, averageSentiment: null },
      { statementCount: 2, averageSentiment: expect.closeTo(0.3, 6) },
    ]);
    expect(r.statements.nodes.map((n: any) => n.type)).toEqual(["AGREES", "APPEALS"]);
  });

  it("lists a state's relations both ways with aggregates, and an unknown code is a clear error", async () => {
    const data = await querySuccess(
      db,
      `{ state(code: "KP") {
      outgoing: relations { nodes { target { code } statementCount averageSentiment } }
      incoming: relations(direction: INCOMING, orderBy: { field: AVERAGE_SENTIMENT, direction: ASC }) { totalCount nodes { source { code } statementCount averageSentiment } }
    } }`,
    );
    expect(data.state.outgoing.nodes).toEqual([
      // Equal counts: the counterpart's id breaks the tie, in the same direction (RU was seeded after KR).
      { target: { code: "RU" }, statementCount: 1, averageSentiment: 0.8 },
      { target: { code: "KR" }, statementCount: 1, averageSentiment: -0.7 },
    ]);
    expect(data.state.incoming.nodes.map((n: any) => n.source.code)).toEqual(["JP", "KR"]);
    expect(data.state.incoming.totalCount).toBe(2);
    const filtered = await querySuccess(
      db,
      `{ state(code: "JP") { relations(filter: { topics: ["economy"] }) { nodes { target { code } statementCount averageSentiment } } } }`,
    );
    // Japan spoke about China twice (energy/trade and trade restrictions), both under "economy"; its statements on KP/KR/US are not.
    expect(filtered.state.relations.nodes).toEqual([
      { target: { code: "CN" }, statementCount: 2, averageSentiment: expect.closeTo(0.3, 6) },
    ]);
    const bad = await runQuery(db, `{ relation(source: "XX", target: "JP") { statementCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers which states speak on a topic and how, and a person's summary", async () => {
    const data = await querySuccess(
      db,
      `{
      topic(slug: "security-and-defence") { states { state { code } statementCount averageSentiment } timeline(granularity: YEAR) { statementCount } }
      people(filter: { search: "kim jong un" }) { nodes { name summary { statementCount averageSentiment topTargets { state { code } statementCount } } } }
    }`,
    );
    const speakers = data.topic.states.map((s: any) => [s.state.code, s.statementCount]);
    expect(speakers).toHaveLength(3);
    expect(speakers).toEqual(
      expect.arrayContaining([
        ["JP", 1],
        ["KP", 1],
        ["KR", 1],
      ]),
    );
    expect(data.topic.timeline).toEqual([{ statementCount: 3 }]);
    expect(data.people.nodes).toEqual([
      {
        name: "Kim Jong-un",
        summary: { statementCount: 1, averageSentiment: 0.8, topTargets: [{ state: { code: "RU" }, statementCount: 1 }] },
      },
    ]);
  });

  it("filters statements by speaker state, targets any/all, topic subtree, tone, type and text search with snippets", async () => {
    const q = async (filter: string, extra = "") =>
      (await querySuccess(db, `{ statements(filter: ${filter} ${extra}) { totalCount nodes { text snippet } } }`)).statements;
    expect((await q(`{ speakerStates: ["JP"] }`)).totalCount).toBe(4);
    expect((await q(`{ targetStates: ["RU", "US"] }`)).totalCount).toBe(4);
    expect((await q(`{ targetStatesAll: ["RU", "KP"] }`)).totalCount).toBe(1);
    expect((await q(`{ topics: ["sanctions"] }`)).totalCount).toBe(1); // via its subtopic un-security-council
    expect((await q(`{ sentiment: { min: 0.5 } }`)).totalCount).toBe(3);
    expect((await q(`{ sentimentLabels: [NEGATIVE], types: [WARNS, CONDEMNS] }`)).totalCount).toBe(2);
    expect((await q(`{ publishedAt: { from: "2025-02-01T00:00:00Z", to: "2025-03-01T00:00:00Z" } }`)).totalCount).toBe(2);
    const search = await q(`{ search: "missile launch" }`, `, orderBy: { field: RELEVANCE }`);
    expect(search.totalCount).toBe(1);
    expect(search.nodes[0].snippet).toMatch(/<mark>missile<\/mark> <mark>launch<\/mark>/);
    const noSearch = await runQuery(db, `{ statements(orderBy: { field: RELEVANCE }) { totalCount } }`);
    expect(noSearch.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters articles, people and states", async () => {
    const data = await querySuccess(
      db,
      `{
      articles(filter: { search: "trade energy", states: ["CN"] }) { nodes { title snippet } }
      byTopic: articles(filter: { topics: ["strategic-weapons"] }) { totalCount }
      people(filter: { states: ["KP"], role: "minister" }) { nodes { name } }
      states(filter: { search: "dprk" }) { nodes { code } }
      asia: states(filter: { regions: ["Asia"], hasStatements: true }) { totalCount }
    }`,
    );
    expect(data.articles.nodes).toHaveLength(1);
    expect(data.articles.nodes[0].snippet).toContain("<mark>");
    expect(data.byTopic.totalCount).toBe(2);
    expect(data.people.nodes).toEqual([{ name: "Choe Son Hui" }]);
    expect(data.states.nodes).toEqual([{ code: "KP" }]);
    expect(data.asia.totalCount).toBe(4); // JP, KR, KP, CN (RU is in Europe)
  });
});

describe("dense timelines", () => {
  it("fills every bucket between from and to, with null averages in empty ones", async () => {
    const { fillTimeline, bucketStart } = await import("../../src/graphql/analytics/fill-timeline.js");
    const { TimeGranularity } = await import("../../src/graphql/analytics/analytics.types.js");
    expect(bucketStart(new Date("2025-03-06T15:00:00Z"), TimeGranularity.WEEK)).toEqual(new Date("2025-03-03T00:00:00Z"));
    const march = { start: new Date("2025-03-01T00:00:00Z"), statementCount: 2, averageSentiment: 0.3, averageGoldstein: 4 };
    const filled = fillTimeline([march], {
      granularity: TimeGranularity.MONTH,
      from: new Date("2025-01-15T00:00:00Z"),
      to: new Date("2025-05-01T00:00:00Z"),
    });
    expect(filled.map((b) => [b.start.toISOString().slice(0, 7), b.statementCount, b.averageSentiment])).toEqual([
      ["2025-01", 0, null],
      ["2025-02", 0, null],
      ["2025-03", 2, 0.3],
      ["2025-04", 0, null],
    ]);
    expect(() =>
      fillTimeline([], {
        granularity: TimeGranularity.DAY,
        from: new Date("2000-01-01T00:00:00Z"),
        to: new Date("2030-01-01T00:00:00Z"),
      }),
    ).toThrow(/coarser granularity/);
  });
});
