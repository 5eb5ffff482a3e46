// The analytics rollups are kept by deltas in every write path. This test writes random data (generated
// statements, ingested demo articles), changes it through every path (statement corrections, re-ingests of
// changed articles, re-extraction, people merges), then checks that every analytics answer of the API equals the
// one computed from the statements directly, with SQL independent of the rollups.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { querySuccess, runQuery } from "../helpers/graphql-client.js";
import { generateBenchData } from "../../src/bench/generate-data.js";
import { ACTIVE_STATE_CODES } from "../../src/bench/generator-vocabulary.js";
import { ArticleIngester } from "../../src/ingestion/ingest-article.js";
import { DEMO_ARTICLES_DIR } from "../../src/ingestion/demo-corpus.js";
import { listArticleFiles, readArticleFile } from "../../src/ingestion/read-article-files.js";
import { parseArticleInput, type ArticleToIngest } from "../../src/ingestion/article-input.js";
import { toGlobalId } from "../../src/graphql/relay/global-id.js";

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

/** Deep equality with a tolerance for floating-point numbers (sums in another order differ in the last bits). */
function expectClose(actual: unknown, expected: unknown, path = "$"): void {
  if (typeof expected === "number" && typeof actual === "number") {
    expect(Math.abs(actual - expected), `${path}: ${actual} vs ${expected}`).toBeLessThan(1e-9);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((item, index) => expectClose((actual as unknown[])[index], item, `${path}[${index}]`));
  } else if (expected && typeof expected === "object") {
    for (const key of Object.keys(expected)) expectClose((actual as any)?.[key], (expected as any)[key], `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

const STATS = `statementCount averageSentiment averageGoldstein sentimentCounts { negative neutral positive }`;
const BUCKET = `start statementCount averageSentiment averageGoldstein`;

async function demoArticles(count: number): Promise<ArticleToIngest[]> {
  const articles: ArticleToIngest[] = [];
  for (const file of (await listArticleFiles([DEMO_ARTICLES_DIR])).slice(0, count)) {
    for (const record of await readArticleFile(file)) {
      const parsed = parseArticleInput(record.value);
      if ("article" in parsed) articles.push(parsed.article);
    }
  }
  return articles;
}

describe.each(testTargets)("analytics rollups equal aggregates of the statements on %s", (target) => {
  let db: Database;
  const random = randomSource(20261130);
  const sql = <T>(query: string, ...values: unknown[]) => db.prisma.$queryRawUnsafe<T>(query, ...values);

  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await generateBenchData(db.prisma, { statements: 3_000, seed: 5 });
    const ingester = new ArticleIngester(db.prisma);
    const articles = await demoArticles(8);
    for (const article of articles) await ingester.ingest(article);
    await correctRandomStatements(40);
    // Changed articles (new text, a month later): their statements are replaced, reviewed ones kept and moved.
    for (const article of articles.slice(0, 4)) {
      const later = new Date(article.publishedAt.getTime() + 31 * 86_400_000);
      const outcome = await ingester.ingest({ ...article, body: `${article.body}\n\n(Updated.)`, publishedAt: later });
      expect(outcome.status).toBe("UPDATED");
    }
    const [{ id }] = await sql<[{ id: number }]>(
      `SELECT id FROM "Article" WHERE "extractorVersion" <> 'bench' ORDER BY id DESC LIMIT 1`,
    );
    await ingester.reextract(id);
    await correctRandomStatements(20);
    const people = await sql<{ id: number }[]>(`SELECT id FROM "Person" ORDER BY id LIMIT 2`);
    const merged = await runQuery(
      db,
      `mutation($i: MergePeopleInput!) { mergePeople(input: $i) { userErrors { message } } }`,
      { i: { into: toGlobalId("Person", people[0]!.id), duplicate: toGlobalId("Person", people[1]!.id) } },
      { apiKeyLabel: "test" },
    );
    expect(merged.errors).toBeUndefined();
  }, 240_000);
  afterAll(() => db?.close());

  /** Corrections through the API on random statements: targets, topics, sentiment, type, speaker state. */
  async function correctRandomStatements(count: number): Promise<void> {
    const ids = (await sql<{ id: number }[]>(`SELECT id FROM "Statement" ORDER BY id`)).map((row) => row.id);
    const topics = (await sql<{ slug: string }[]>(`SELECT slug FROM "Topic"`)).map((row) => row.slug);
    const types = (await sql<[{ types: string[] }]>(`SELECT enum_range(NULL::"StatementType")::text[] AS types`))[0].types;
    // Half the corrections hit the demo articles' statements, which later re-ingests keep as reviewed.
    const demo = (await sql<{ id: number }[]>(`SELECT s.id FROM "Statement" s WHERE s."extractorVersion" <> 'bench'`)).map(
      (row) => row.id,
    );
    for (let n = 0; n < count; n++) {
      const input: Record<string, unknown> = { id: toGlobalId("Statement", random.pick(n % 2 && demo.length ? demo : ids)) };
      if (random.next() < 0.6) input.targets = [random.pick(ACTIVE_STATE_CODES), random.pick(ACTIVE_STATE_CODES)];
      if (random.next() < 0.5) input.topics = random.next() < 0.2 ? [] : [random.pick(topics), random.pick(topics)];
      if (random.next() < 0.5) input.sentiment = Math.round((random.next() * 2 - 1) * 100) / 100;
      if (random.next() < 0.4) input.type = random.pick(types);
      if (random.next() < 0.2) input.speakerState = random.next() < 0.3 ? null : random.pick(ACTIVE_STATE_CODES);
      const result = await runQuery(
        db,
        `mutation($i: UpdateStatementInput!) { updateStatement(input: $i) { userErrors { field message } } }`,
        { i: { ...input, topics: input.topics ? [...new Set(input.topics as string[])] : undefined } },
        { apiKeyLabel: "test" },
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as any).updateStatement.userErrors).toEqual([]);
    }
  }

  /** Directed pairs to check: the busiest ones, random ones, and a pair with no statements. */
  async function pairsToCheck(): Promise<[string, string][]> {
    const busiest = await sql<{ source: string; target: string }[]>(`
      SELECT a.code AS source, b.code AS target FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s.id
      JOIN "State" a ON a.id = s."speakerStateId" JOIN "State" b ON b.id = t."stateId"
      GROUP BY 1, 2 ORDER BY COUNT(*) DESC, 1, 2 LIMIT 6`);
    const pairs: [string, string][] = busiest.map((row) => [row.source, row.target]);
    for (let n = 0; n < 6; n++) pairs.push([random.pick(ACTIVE_STATE_CODES), random.pick(ACTIVE_STATE_CODES)]);
    pairs.push(["AQ", "BV"]);
    return pairs;
  }

  it("answers relation: counts, tone, Goldstein, topics and timelines (rollup and fallback windows)", async () => {
    for (const [source, targetCode] of await pairsToCheck()) {
      const data = await querySuccess(
        db,
        `query($s: String!, $t: String!) { relation(source: $s, target: $t) { ${STATS}
          topics { topic { slug } statementCount averageSentiment }
          monthly: timeline(granularity: MONTH) { ${BUCKET} }
          weekly: timeline(granularity: WEEK, from: "2025-03-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { ${BUCKET} }
          partialDays: timeline(granularity: DAY, from: "2025-06-01T12:30:00Z", to: "2025-09-01T06:00:00Z") { ${BUCKET} } } }`,
        { s: source, t: targetCode },
      );
      const pair = `s."speakerStateId" = (SELECT id FROM "State" WHERE code = $1) AND t."stateId" = (SELECT id FROM "State" WHERE code = $2)`;
      const from = `FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s.id WHERE ${pair}`;
      const [stats] = await sql<any[]>(
        `SELECT COUNT(*)::int AS "statementCount", AVG(s."sentimentScore") AS "averageSentiment", AVG(s."goldstein") AS "averageGoldstein",
          json_build_object('negative', COUNT(*) FILTER (WHERE s."sentimentLabel" = 'NEGATIVE'),
            'neutral', COUNT(*) FILTER (WHERE s."sentimentLabel" = 'NEUTRAL'),
            'positive', COUNT(*) FILTER (WHERE s."sentimentLabel" = 'POSITIVE')) AS "sentimentCounts" ${from}`,
        source,
        targetCode,
      );
      expectClose(data.relation, stats, `${source}->${targetCode}`);
      const topics = await sql<any[]>(
        `SELECT json_build_object('slug', tp.slug) AS topic, COUNT(*)::int AS "statementCount", AVG(s."sentimentScore") AS "averageSentiment"
         ${from.replace("WHERE", `JOIN "StatementTopic" st ON st."statementId" = s.id JOIN "Topic" tp ON tp.id = st."topicId" WHERE`)}
         GROUP BY tp.id, tp.slug ORDER BY 2 DESC, tp.id`,
        source,
        targetCode,
      );
      expectClose(data.relation.topics, topics, `${source}->${targetCode} topics`);
      const buckets = (unit: string, window: string) =>
        sql<any[]>(
          `SELECT date_trunc('${unit}', s."publishedAt") AS start, COUNT(*)::int AS "statementCount",
             AVG(s."sentimentScore") AS "averageSentiment", AVG(s."goldstein") AS "averageGoldstein" ${from} ${window}
           GROUP BY 1 ORDER BY 1`,
          source,
          targetCode,
        );
      expectClose(data.relation.monthly, await buckets("month", ""), `${source}->${targetCode} monthly`);
      const weekly = await buckets("week", `AND s."publishedAt" >= '2025-03-01' AND s."publishedAt" < '2026-02-01'`);
      // Dense: every week of the window, empty ones included.
      expect(data.relation.weekly.length).toBeGreaterThanOrEqual(48);
      expectClose(
        data.relation.weekly.filter((bucket: any) => bucket.statementCount > 0),
        weekly,
        `${source}->${targetCode} weekly`,
      );
      const partial = await buckets("day", `AND s."publishedAt" >= '2025-06-01 12:30' AND s."publishedAt" < '2025-09-01 06:00'`);
      expectClose(
        data.relation.partialDays.filter((bucket: any) => bucket.statementCount > 0),
        partial,
        `${source}->${targetCode} partial days`,
      );
    }
  });

  it("answers State.relations both ways, unfiltered, filtered by type and time (rollup) and by tone (statements)", async () => {
    const filters: Record<string, string> = {
      all: "",
      typed: `filter: { types: [COMMENTS, WARNS, ACCUSES], publishedAt: { from: "2025-05-01T00:00:00Z", to: "2026-03-01T00:00:00Z" } }`,
      dated: `filter: { publishedAt: { from: "2025-02-01T00:00:00Z" } }`,
      negative: `filter: { sentimentLabels: [NEGATIVE] }`,
    };
    const conditions: Record<string, string> = {
      all: "",
      typed: `AND s.type::text IN ('COMMENTS', 'WARNS', 'ACCUSES') AND s."publishedAt" >= '2025-05-01' AND s."publishedAt" < '2026-03-01'`,
      dated: `AND s."publishedAt" >= '2025-02-01'`,
      negative: `AND s."sentimentLabel" = 'NEGATIVE'`,
    };
    for (const code of ["US", "CN", "KP", random.pick(ACTIVE_STATE_CODES)]) {
      for (const direction of ["OUTGOING", "INCOMING"] as const) {
        for (const [name, filter] of Object.entries(filters)) {
          const data = await querySuccess(
            db,
            `query($c: String!) { state(code: $c) { relations(direction: ${direction}, first: 100, ${filter}) {
              totalCount nodes { source { code } target { code } ${STATS} } } } }`,
            { c: code },
          );
          const [self, other] =
            direction === "OUTGOING" ? [`s."speakerStateId"`, `t."stateId"`] : [`t."stateId"`, `s."speakerStateId"`];
          const expected = await sql<any[]>(
            `SELECT o.code, COUNT(*)::int AS "statementCount", AVG(s."sentimentScore") AS "averageSentiment", AVG(s."goldstein") AS "averageGoldstein",
              json_build_object('negative', COUNT(*) FILTER (WHERE s."sentimentLabel" = 'NEGATIVE'),
                'neutral', COUNT(*) FILTER (WHERE s."sentimentLabel" = 'NEUTRAL'),
                'positive', COUNT(*) FILTER (WHERE s."sentimentLabel" = 'POSITIVE')) AS "sentimentCounts"
             FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s.id JOIN "State" o ON o.id = ${other}
             WHERE ${self} = (SELECT id FROM "State" WHERE code = $1) AND s."speakerStateId" <> t."stateId" ${conditions[name]}
             GROUP BY o.id, o.code ORDER BY 2 DESC, o.id DESC`,
            code,
          );
          const relations = data.state.relations;
          const counterpart = (node: any) => (direction === "OUTGOING" ? node.target.code : node.source.code);
          expect(relations.totalCount, `${code} ${direction} ${name}`).toBe(expected.length);
          expectClose(
            relations.nodes.map((node: any) => ({ code: counterpart(node), ...node })),
            expected,
            `${code} ${direction} ${name}`,
          );
        }
      }
    }
  });

  it("answers Topic.states and Topic.timeline over each topic's subtree", async () => {
    const topics = await sql<{ slug: string }[]>(`SELECT slug FROM "Topic" ORDER BY id`);
    for (const { slug } of topics) {
      const data = await querySuccess(
        db,
        `query($t: String!) { topic(slug: $t) { states(first: 100) { state { code } statementCount averageSentiment }
          yearly: timeline(granularity: YEAR) { ${BUCKET} }
          daily: timeline(granularity: DAY, from: "2025-10-01T00:00:00Z", to: "2025-11-01T00:00:00Z") { ${BUCKET} }
          partial: timeline(granularity: MONTH, from: "2025-01-15T08:00:00Z") { ${BUCKET} } } }`,
        { t: slug },
      );
      const subtree = `WITH RECURSIVE subtree(id) AS (SELECT id FROM "Topic" WHERE slug = $1
          UNION SELECT t.id FROM "Topic" t JOIN subtree ON t."parentId" = subtree.id)`;
      const inSubtree = `EXISTS (SELECT 1 FROM "StatementTopic" st WHERE st."statementId" = s.id AND st."topicId" IN (SELECT id FROM subtree))`;
      const states = await sql<any[]>(
        `${subtree} SELECT json_build_object('code', o.code) AS state, COUNT(*)::int AS "statementCount", AVG(s."sentimentScore") AS "averageSentiment"
         FROM "Statement" s JOIN "State" o ON o.id = s."speakerStateId" WHERE ${inSubtree}
         GROUP BY o.id, o.code ORDER BY 2 DESC, o.id LIMIT 100`,
        slug,
      );
      expectClose(data.topic.states, states, `${slug} states`);
      const buckets = (unit: string, window: string) =>
        sql<any[]>(
          `${subtree} SELECT date_trunc('${unit}', s."publishedAt") AS start, COUNT(*)::int AS "statementCount",
             AVG(s."sentimentScore") AS "averageSentiment", AVG(s."goldstein") AS "averageGoldstein"
           FROM "Statement" s WHERE ${inSubtree} ${window} GROUP BY 1 ORDER BY 1`,
          slug,
        );
      expectClose(data.topic.yearly, await buckets("year", ""), `${slug} yearly`);
      expectClose(
        data.topic.daily.filter((bucket: any) => bucket.statementCount > 0),
        await buckets("day", `AND s."publishedAt" >= '2025-10-01' AND s."publishedAt" < '2025-11-01'`),
        `${slug} daily`,
      );
      expectClose(data.topic.partial, await buckets("month", `AND s."publishedAt" >= '2025-01-15 08:00'`), `${slug} partial`);
    }
  });

  it("counts the statements about a state, alone and by speaker states, as the statements do", async () => {
    const [code] = (await pairsToCheck())[0]!;
    const pairs = await pairsToCheck();
    for (const [source, target] of [...pairs, [code, code] as [string, string]]) {
      const data = await querySuccess(
        db,
        `query($t: [String!], $s: [String!]) { about: statements(first: 1, filter: { targetStates: $t }) { totalCount }
          bySpeakers: statements(first: 1, filter: { targetStatesAll: $t, speakerStates: $s }) { totalCount } }`,
        { t: [target], s: [source, "FR"] },
      );
      const [expected] = await sql<[{ about: number; bySpeakers: number }]>(
        `SELECT COUNT(DISTINCT s.id)::int AS about,
           (COUNT(DISTINCT s.id) FILTER (WHERE a.code = ANY($2::text[])))::int AS "bySpeakers"
         FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s.id JOIN "State" b ON b.id = t."stateId"
         LEFT JOIN "State" a ON a.id = s."speakerStateId" WHERE b.code = $1`,
        target,
        [source, "FR"],
      );
      expect({ target, source, ...data.about, by: data.bySpeakers.totalCount }).toEqual({
        target,
        source,
        totalCount: expected.about,
        by: expected.bySpeakers,
      });
    }
  });

  it("keeps the rollups equal to a full recomputation after all the writes", async () => {
    const snapshot = async () => ({
      dyads: await sql<any[]>(`SELECT * FROM "StateDyad" WHERE "statementCount" <> 0 ORDER BY "sourceStateId", "targetStateId"`),
      days: await sql<any[]>(
        `SELECT * FROM "StateDyadDay" WHERE "statementCount" <> 0 ORDER BY "sourceStateId", "targetStateId", "day"`,
      ),
      daily: await sql<any[]>(
        `SELECT * FROM "StateDyadDaily" WHERE "statementCount" <> 0 ORDER BY "sourceStateId", "targetStateId", "day", "type"`,
      ),
      dyadTopics: await sql<any[]>(
        `SELECT * FROM "StateDyadTopic" WHERE "statementCount" <> 0 ORDER BY "sourceStateId", "targetStateId", "topicId"`,
      ),
      topicStates: await sql<any[]>(`SELECT * FROM "TopicState" WHERE "statementCount" <> 0 ORDER BY "topicId", "stateId"`),
      topicDays: await sql<any[]>(`SELECT * FROM "TopicDaily" WHERE "statementCount" <> 0 ORDER BY "topicId", "day"`),
      targetTotals: await sql<any[]>(`SELECT * FROM "TargetStateTotal" WHERE "statementCount" <> 0 ORDER BY "stateId"`),
    });
    const maintained = await snapshot();
    const { rebuildAnalyticsRollups } = await import("../../src/db/queries/analytics/rollup-maintenance.js");
    await rebuildAnalyticsRollups(db.prisma);
    expect(maintained.dyads.length).toBeGreaterThan(100);
    expect(maintained.targetTotals.length).toBeGreaterThan(20);
    expectClose(maintained, await snapshot());
  });
});
