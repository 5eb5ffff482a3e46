// Statements about all of several states (filter.targetStatesAll) come from an intersection of the states' index
// ranges (statement-source.ts), and the counts of target-state lists from the target rows (statement-count.ts): on
// random data with many ties in publication time, every page, forward and backward and combined with other filters,
// must hold exactly the statements a plain recomputation in JavaScript finds, and totalCount their number.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { fromGlobalId } from "../../src/graphql/relay/global-id.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { querySuccess } from "../helpers/graphql-client.js";
import { Random } from "../../src/fuzz/random.js";
import { rebuildAnalyticsRollups } from "../../src/db/queries/analytics/rollup-maintenance.js";

const CODES = ["US", "CN", "RU", "GB", "FR"] as const;
const LABELS = ["NEGATIVE", "NEUTRAL", "POSITIVE"] as const;
const STATEMENTS = 700;

interface Generated {
  id: number;
  publishedAt: number;
  speakerState: string | null;
  label: (typeof LABELS)[number];
  targets: Set<string>;
}

/** Random statements: 60 distinct publication minutes (many ties), zero to six target picks, skewed toward US and CN. */
async function insertRandomStatements(db: Database): Promise<Generated[]> {
  const random = new Random(20261130);
  const next = () => random.next();
  const pick = () => CODES[Math.floor(CODES.length * next() ** 1.5)]!;
  const states = await db.prisma.state.findMany({ where: { code: { in: [...CODES] } } });
  const stateId = new Map(states.map((state) => [state.code, state.id]));
  const article = await db.prisma.article.create({
    data: {
      url: "https://all-targets.example/1",
      title: "Random statements",
      source: "Test Wire",
      publishedAt: new Date("2025-01-01T00:00:00Z"),
      body: "Body.",
      contentHash: "all-targets",
    },
  });
  const planned = Array.from({ length: STATEMENTS }, (_, index) => ({
    index,
    publishedAt: Date.UTC(2025, 0, 1) + Math.floor(next() * 60) * 60_000,
    speakerState: next() < 0.2 ? null : pick(),
    label: LABELS[Math.floor(next() * LABELS.length)]!,
    targets: new Set(Array.from({ length: Math.floor(next() * 7) }, pick)),
  }));
  const inserted = await db.prisma.$queryRaw<{ id: number; index: number }[]>`
    INSERT INTO "Statement" ("articleId", "text", "kind", "speakerStateId", "sentimentScore", "sentimentLabel", "type",
      "cameoCode", "goldstein", "publishedAt", "startOffset", "endOffset", "sentenceIndex", "extractorVersion", "confidence", "updatedAt")
    SELECT ${article.id}, 'Random statement ' || p.i, 'REPORTED_SPEECH', p.speaker, 0, p.label::"SentimentLabel", 'COMMENTS',
      '01', 0, p.published, p.i, p.i + 10, p.i, 'test', 0.9, now()
    FROM unnest(${planned.map((p) => p.index)}::int[], ${planned.map((p) => (p.speakerState ? stateId.get(p.speakerState)! : null))}::int[],
      ${planned.map((p) => p.label)}::text[], ${planned.map((p) => new Date(p.publishedAt).toISOString())}::timestamp[])
      AS p(i, speaker, label, published)
    RETURNING "id", "startOffset" AS "index"`;
  const generated = inserted.map(({ id, index }) => ({ ...planned[index]!, id }));
  const links = generated.flatMap((g) => [...g.targets].map((code) => [g.id, stateId.get(code)!] as const));
  await db.prisma.$executeRaw`INSERT INTO "StatementTarget" ("statementId", "stateId")
    SELECT * FROM unnest(${links.map((l) => l[0])}::int[], ${links.map((l) => l[1])}::int[])`;
  // A bulk load bypasses the write paths: the rollups that counts about one state read are rebuilt, as after any.
  await rebuildAnalyticsRollups(db.prisma);
  return generated;
}

const PAGE = `query($filter: StatementFilter, $first: Int, $after: String, $last: Int, $before: String) {
  statements(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

/** Every statement of the list, read page by page forward (first) or backward from the end (last). */
async function readAll(
  db: Database,
  filter: object,
  direction: "forward" | "backward",
): Promise<{ ids: number[]; count: number }> {
  const ids: number[] = [];
  let cursor: string | null = null;
  let count = 0;
  for (let pages = 0; pages < 200; pages++) {
    const variables = direction === "forward" ? { filter, first: 7, after: cursor } : { filter, last: 5, before: cursor };
    const list: any = (await querySuccess(db, PAGE, variables)).statements;
    count = list.totalCount;
    const page = list.nodes.map((node: { id: string }) => fromGlobalId(node.id)!.id);
    if (direction === "forward") ids.push(...page);
    else ids.unshift(...page);
    const more = direction === "forward" ? list.pageInfo.hasNextPage : list.pageInfo.hasPreviousPage;
    if (!more) break;
    cursor = direction === "forward" ? list.pageInfo.endCursor : list.pageInfo.startCursor;
  }
  return { ids, count };
}

describe.each(testTargets)("statements about all of several states on %s", (target) => {
  let db: Database;
  let statements: Generated[];

  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    statements = await insertRandomStatements(db);
  }, 120_000);
  afterAll(() => db?.close());

  const filters: { targetStatesAll?: string[]; targetStates?: string[]; speakerStates?: string[]; sentimentLabels?: string[] }[] =
    [
      { targetStatesAll: ["US", "CN"] },
      { targetStatesAll: ["CN", "US", "CN"] },
      { targetStatesAll: ["US", "CN", "RU"] },
      { targetStatesAll: ["US", "CN", "RU", "GB", "FR"] },
      { targetStatesAll: ["RU"] },
      { targetStatesAll: ["US", "RU"], speakerStates: ["CN"] },
      { targetStatesAll: ["US", "CN"], speakerStates: ["RU", "GB"] },
      { targetStatesAll: ["US", "CN"], sentimentLabels: ["NEGATIVE"] },
      // Any of the states: the counts read the target rows (statement-count.ts), each statement once.
      { targetStates: ["US", "CN"] },
      { targetStates: ["RU"], speakerStates: ["US", "CN"] },
      { targetStates: ["GB", "FR"], targetStatesAll: ["US"] },
      { targetStatesAll: ["US", "CN"], targetStates: ["RU", "GB"] },
      { targetStates: ["CN"], sentimentLabels: ["POSITIVE"] },
    ];

  it.each(filters)("pages exactly the matching statements newest first: %j", async (filter) => {
    const expected = statements
      .filter(
        (s) =>
          (filter.targetStatesAll ?? []).every((code) => s.targets.has(code)) &&
          (!filter.targetStates || filter.targetStates.some((code) => s.targets.has(code))) &&
          (!filter.speakerStates || filter.speakerStates.includes(s.speakerState ?? "")) &&
          (!filter.sentimentLabels || filter.sentimentLabels.includes(s.label)),
      )
      .sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id)
      .map((s) => s.id);
    expect(expected.length, "the random data should exercise the filter").toBeGreaterThan(0);
    const forward = await readAll(db, filter, "forward");
    expect(forward.ids).toEqual(expected);
    expect(forward.count).toBe(expected.length);
    expect((await readAll(db, filter, "backward")).ids).toEqual(expected);
  });
});
