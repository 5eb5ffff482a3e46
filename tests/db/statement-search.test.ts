// Full-text search over statements: the stored search vector follows the text, and a list ranked by relevance
// is the best of the newest RELEVANCE_CANDIDATES matches, paged by cursor in rank order, while its count counts
// every match.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { RELEVANCE_CANDIDATES, WEEKS_READ_BY_WEEK } from "../../src/db/queries/statements/newest-matches.js";
import { fromGlobalId } from "../../src/graphql/relay/global-id.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { querySuccess } from "../helpers/graphql-client.js";

const MATCHES = RELEVANCE_CANDIDATES + 40;
/** Matches of "truce", one every 59 hours back from 2025-01-01: the newest 500 span about 175 weeks. */
const SPREAD = RELEVANCE_CANDIDATES + 100;

const RANKED = `query($first: Int, $after: String, $last: Int, $before: String) {
  statements(first: $first, after: $after, last: $last, before: $before, filter: { search: "ceasefire" },
    orderBy: { field: RELEVANCE }) {
    totalCount edges { cursor node { id snippet } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

/** Statement i (1…MATCHES) is published i minutes into 2025 and says "ceasefire" 1 + i % 5 times. */
async function insertStatements(db: Database): Promise<void> {
  await db.prisma
    .$executeRawUnsafe(`INSERT INTO "Article" ("url", "title", "source", "publishedAt", "language", "body", "contentHash", "updatedAt")
    VALUES ('https://search.example/1', 'Search test', 'Test Wire', timestamp '2025-01-01', 'en', 'Body.', md5('search'), now())`);
  const insert = (series: string, text: string) =>
    db.prisma.$executeRawUnsafe(`INSERT INTO "Statement" ("articleId", "text", "kind", "sentimentScore", "sentimentLabel", "type",
        "cameoCode", "goldstein", "publishedAt", "startOffset", "endOffset", "sentenceIndex", "extractorVersion", "confidence", "updatedAt")
      SELECT (SELECT id FROM "Article" WHERE "url" = 'https://search.example/1'), ${text}, 'REPORTED_SPEECH', 0, 'NEUTRAL',
        'COMMENTS', '01', 0, timestamp '2025-01-01' + g * interval '1 minute', g, g + 10, g, 'test', 0.9, now()
      FROM ${series} g`);
  await insert(
    `generate_series(1, ${MATCHES})`,
    `'Officials discussed the ceasefire' || repeat(' ceasefire', g % 5) || ' number ' || g`,
  );
  await insert(`generate_series(${MATCHES + 1}, ${MATCHES + 20})`, `'Officials discussed the border number ' || g`);
}

/** SPREAD statements saying "truce" 1 + g % 4 times, published 59 hours apart, the newest at 2025-01-01. */
async function insertSpreadStatements(db: Database): Promise<void> {
  await db.prisma.$executeRawUnsafe(`INSERT INTO "Statement" ("articleId", "text", "kind", "sentimentScore", "sentimentLabel",
      "type", "cameoCode", "goldstein", "publishedAt", "startOffset", "endOffset", "sentenceIndex", "extractorVersion",
      "confidence", "updatedAt")
    SELECT (SELECT id FROM "Article" WHERE "url" = 'https://search.example/1'), 'Envoys agreed a truce' || repeat(' truce', g % 4),
      'REPORTED_SPEECH', 0, 'NEUTRAL', 'COMMENTS', '01', 0, timestamp '2025-01-01' - g * interval '59 hours', g, g + 10, g,
      'test', 0.9, now()
    FROM generate_series(0, ${SPREAD - 1}) g`);
}

describe.each(testTargets)("statement search on %s", (target) => {
  let db: Database;
  let published: Map<number, number>;

  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await insertStatements(db);
    await insertSpreadStatements(db);
    const rows = await db.prisma.statement.findMany({ select: { id: true, publishedAt: true } });
    published = new Map(rows.map((row) => [row.id, row.publishedAt.getTime()]));
  }, 120_000);
  afterAll(() => db?.close());

  it("ranks the newest matches best first, pages them by cursor without overlap, and counts every match", async () => {
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = (await querySuccess(db, RANKED, { first: 100, after })).statements;
      expect(page.totalCount).toBe(MATCHES);
      seen.push(...page.edges.map((edge: any) => fromGlobalId(edge.node.id)!.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(RELEVANCE_CANDIDATES / 100));
    expect(new Set(seen).size).toBe(RELEVANCE_CANDIDATES);
    const newest = [...published.entries()]
      .filter(([, time]) => time <= Date.UTC(2025, 0, 1, 0, MATCHES))
      .sort((a, b) => b[1] - a[1])
      .slice(0, RELEVANCE_CANDIDATES)
      .map(([id]) => id);
    expect(new Set(seen)).toEqual(new Set(newest));
    // Best first: statements that repeat the word more often come earlier (ts_rank grows with its frequency).
    const [row] = await db.prisma.$queryRaw<{ repeats: number[] }[]>`
      SELECT array_agg(length("text") - length(replace("text", 'ceasefire', '')) ORDER BY ord) AS repeats
      FROM unnest(${seen}::int[]) WITH ORDINALITY AS u(id, ord) JOIN "Statement" s ON s."id" = u."id"`;
    expect(row!.repeats).toEqual([...row!.repeats].sort((a, b) => b - a));
  });

  it("ranks the newest matches when they span more weeks than are read one by one", async () => {
    const query = `{ statements(first: 100, filter: { search: "truce" }, orderBy: { field: RELEVANCE }) {
      totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: any = (await querySuccess(db, query.replace("first: 100", `first: 100, after: ${JSON.stringify(after)}`)))
        .statements;
      expect(page.totalCount).toBe(SPREAD);
      seen.push(...page.edges.map((edge: any) => fromGlobalId(edge.node.id)!.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    // Recomputed without any index: the newest RELEVANCE_CANDIDATES statements saying "truce".
    const newest = await db.prisma.$queryRaw<{ id: number }[]>`
      SELECT s."id" FROM "Statement" s WHERE s."text" LIKE '%truce%' ORDER BY s."publishedAt" DESC, s."id" DESC LIMIT ${RELEVANCE_CANDIDATES}`;
    expect(newest.length).toBe(RELEVANCE_CANDIDATES);
    expect(new Set(seen)).toEqual(new Set(newest.map((row) => row.id)));
    expect(seen.length).toBe(RELEVANCE_CANDIDATES);
    const [row] = await db.prisma.$queryRaw<{ repeats: number[]; weeks: number }[]>`
      SELECT array_agg(length(s."text") - length(replace(s."text", 'truce', '')) ORDER BY u.ord) AS "repeats",
        extract(epoch FROM max(s."publishedAt") - min(s."publishedAt"))::float8 / 604800 AS "weeks"
      FROM unnest(${seen}::int[]) WITH ORDINALITY AS u(id, ord) JOIN "Statement" s ON s."id" = u."id"`;
    expect(row!.repeats).toEqual([...row!.repeats].sort((a, b) => b - a));
    expect(row!.weeks).toBeGreaterThan(2 * WEEKS_READ_BY_WEEK); // the older matches came from the plain index
  });

  it("lists a search newest first, from the weekly index on the first page and by cursor after it", async () => {
    for (const [word, first] of [
      ["ceasefire", 25], // newest matches in the newest week, a word most statements say
      ["truce", 40], // a match every 59 hours, spread over years
      ["ceasefire border", 5], // matches nothing
    ] as const) {
      const query = `query($after: String) { statements(first: ${first}, after: $after, filter: { search: "${word}" }) {
        edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      const seen: number[] = [];
      let after: string | null = null;
      do {
        const page: any = (await querySuccess(db, query, { after })).statements;
        seen.push(...page.edges.map((edge: any) => fromGlobalId(edge.node.id)!.id));
        after = page.pageInfo.hasNextPage && seen.length < 3 * first ? page.pageInfo.endCursor : null;
      } while (after);
      // Recomputed without any index: the same statements, newest first.
      const words = word.split(" ").map((w) => `%${w}%`);
      const newest = await db.prisma.$queryRaw<{ id: number }[]>`
        SELECT s."id" FROM "Statement" s WHERE s."text" LIKE ALL(${words}::text[])
        ORDER BY s."publishedAt" DESC, s."id" DESC LIMIT ${seen.length}`;
      expect(seen).toEqual(newest.map((row) => row.id));
      // The newest page of the oldest-first list, read backward from its end, is the same newest page.
      const last: any = (
        await querySuccess(
          db,
          `{ statements(last: ${first}, filter: { search: "${word}" }, orderBy: { field: PUBLISHED_AT, direction: ASC }) {
            nodes { id } } }`,
        )
      ).statements;
      expect(last.nodes.map((node: any) => fromGlobalId(node.id)!.id).reverse()).toEqual(seen.slice(0, first));
    }
  });

  it("pages backward from a cursor to the same rows as forward", async () => {
    const first: any = (await querySuccess(db, RANKED, { first: 30 })).statements;
    const back: any = (await querySuccess(db, RANKED, { last: 10, before: first.edges[25].cursor })).statements;
    expect(back.edges.map((edge: any) => edge.node.id)).toEqual(first.edges.slice(15, 25).map((edge: any) => edge.node.id));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(first.edges[0].node.snippet).toMatch(/<mark>ceasefire<\/mark>/);
  });

  it("keeps the stored search vector in step with the text", async () => {
    const { id } = await db.prisma.statement.findFirstOrThrow({ where: { text: { contains: "border" } } }); // no match
    const find = async (word: string) =>
      (await querySuccess(db, `{ statements(filter: { search: "${word}" }) { totalCount } }`)).statements.totalCount;
    expect(await find("armistice")).toBe(0);
    await db.prisma.statement.update({ where: { id }, data: { text: "Officials proposed an armistice." } });
    expect(await find("armistice")).toBe(1);
  });
});
