// totalCount of root statement lists filtered by target states or topics is read from the join tables' rows
// (statement-count.ts) instead of the statement table: on random data where statements carry several targets and
// several topics of one subtree (so that one statement has many rows in a range), each count must equal the number
// of statements a plain recomputation in JavaScript finds, alone and combined with filters the range does not imply.
// Counts about one state (alone or with speaker states) come from the analytics rollups, rebuilt after the bulk
// insert as after any load that bypasses the write paths.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { querySuccess } from "../helpers/graphql-client.js";
import { Random } from "../../src/fuzz/random.js";
import { rebuildAnalyticsRollups } from "../../src/db/queries/analytics/rollup-maintenance.js";

const CODES = ["US", "CN", "RU", "GB"] as const;
const TOPICS = ["security-and-defence", "military-cooperation", "joint-exercises", "arms-transfers", "sanctions"] as const;
const TYPES = ["CRITICISES", "COMMENTS", "PRAISES"] as const;
const STATEMENTS = 400;

interface Generated {
  id: number;
  speakerState: string | null;
  type: (typeof TYPES)[number];
  targets: Set<string>;
  topics: Set<string>;
}

const parents = new Map(
  (JSON.parse(readFileSync("prisma/seed-data/topics.json", "utf8")) as { slug: string; parent: string | null }[]).map(
    (t) => [t.slug, t.parent] as const,
  ),
);

/** Whether `slug` is `ancestor` or lies under it (a topic filter lists the statements of its whole subtree). */
function under(slug: string, ancestor: string): boolean {
  for (let s: string | null | undefined = slug; s; s = parents.get(s)) if (s === ancestor) return true;
  return false;
}

async function insertRandomStatements(db: Database): Promise<Generated[]> {
  const random = new Random(20261201);
  const next = () => random.next();
  const pickOf = <T>(values: readonly T[]) => values[Math.floor(values.length * next())]!;
  const states = new Map((await db.prisma.state.findMany({ where: { code: { in: [...CODES] } } })).map((s) => [s.code, s.id]));
  const topics = new Map((await db.prisma.topic.findMany({ where: { slug: { in: [...TOPICS] } } })).map((t) => [t.slug, t.id]));
  const article = await db.prisma.article.create({
    data: {
      url: "https://counts.example/1",
      title: "Random statements",
      source: "Test Wire",
      publishedAt: new Date("2025-01-01T00:00:00Z"),
      body: "Body.",
      contentHash: "counts",
    },
  });
  const planned = Array.from({ length: STATEMENTS }, (_, index) => ({
    index,
    speakerState: next() < 0.2 ? null : pickOf(CODES),
    type: pickOf(TYPES),
    targets: new Set(Array.from({ length: Math.floor(next() * 4) }, () => pickOf(CODES))),
    topics: new Set(Array.from({ length: Math.floor(next() * 4) }, () => pickOf(TOPICS))),
  }));
  const inserted = await db.prisma.$queryRaw<{ id: number; index: number }[]>`
    INSERT INTO "Statement" ("articleId", "text", "kind", "speakerStateId", "sentimentScore", "sentimentLabel", "type",
      "cameoCode", "goldstein", "publishedAt", "startOffset", "endOffset", "sentenceIndex", "extractorVersion", "confidence", "updatedAt")
    SELECT ${article.id}, 'Random statement ' || p.i, 'REPORTED_SPEECH', p.speaker, 0, 'NEUTRAL', p.type::"StatementType",
      '01', 0, timestamp '2025-01-01' + p.i * interval '1 minute', p.i, p.i + 10, p.i, 'test', 0.9, now()
    FROM unnest(${planned.map((p) => p.index)}::int[], ${planned.map((p) => (p.speakerState ? states.get(p.speakerState)! : null))}::int[],
      ${planned.map((p) => p.type)}::text[]) AS p(i, speaker, type)
    RETURNING "id", "startOffset" AS "index"`;
  const generated = inserted.map(({ id, index }) => ({ ...planned[index]!, id }));
  const targets = generated.flatMap((g) => [...g.targets].map((code) => [g.id, states.get(code)!] as const));
  await db.prisma.$executeRaw`INSERT INTO "StatementTarget" ("statementId", "stateId")
    SELECT * FROM unnest(${targets.map((l) => l[0])}::int[], ${targets.map((l) => l[1])}::int[])`;
  const tags = generated.flatMap((g) => [...g.topics].map((slug) => [g.id, topics.get(slug)!] as const));
  await db.prisma.$executeRaw`INSERT INTO "StatementTopic" ("statementId", "topicId", "evidence")
    SELECT s, t, 'test' FROM unnest(${tags.map((l) => l[0])}::int[], ${tags.map((l) => l[1])}::int[]) AS x(s, t)`;
  await rebuildAnalyticsRollups(db.prisma);
  return generated;
}

interface Filter {
  targetStates?: string[];
  targetStatesAll?: string[];
  speakerStates?: string[];
  topics?: string[];
  types?: string[];
}

function matches(s: Generated, f: Filter): boolean {
  return (
    (!f.targetStates || f.targetStates.some((code) => s.targets.has(code))) &&
    (f.targetStatesAll ?? []).every((code) => s.targets.has(code)) &&
    (!f.speakerStates || f.speakerStates.includes(s.speakerState ?? "")) &&
    (!f.topics || [...s.topics].some((slug) => f.topics!.some((wanted) => under(slug, wanted)))) &&
    (!f.types || f.types.includes(s.type))
  );
}

describe.each(testTargets)("totalCount of target-state and topic lists on %s", (target) => {
  let db: Database;
  let statements: Generated[];

  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    statements = await insertRandomStatements(db);
  }, 120_000);
  afterAll(() => db?.close());

  const filters: Filter[] = [
    { targetStates: ["US"] },
    { targetStatesAll: ["GB"] },
    { targetStates: ["CN"], speakerStates: ["US", "GB"] },
    { targetStatesAll: ["RU"], speakerStates: ["RU"] },
    { targetStates: ["GB"], targetStatesAll: ["GB"], speakerStates: ["CN", "CN"] },
    { targetStates: ["US", "CN", "RU"] },
    { targetStates: ["CN", "GB"], speakerStates: ["US", "RU"] },
    { targetStates: ["US", "CN"], types: ["CRITICISES"] },
    { targetStatesAll: ["US", "CN"] },
    { targetStatesAll: ["US", "CN", "RU"], speakerStates: ["GB"] },
    { targetStatesAll: ["RU"], topics: ["sanctions"] },
    { topics: ["security-and-defence"] },
    { topics: ["joint-exercises", "sanctions"] },
    { topics: ["military-cooperation"], types: ["PRAISES", "COMMENTS"] },
  ];

  it.each(filters)("counts each matching statement once: %j", async (filter) => {
    const expected = statements.filter((s) => matches(s, filter)).length;
    expect(expected, "the random data should exercise the filter").toBeGreaterThan(0);
    const data = await querySuccess(db, `query($f: StatementFilter) { statements(filter: $f, first: 1) { totalCount } }`, {
      f: filter,
    });
    expect(data.statements.totalCount).toBe(expected);
  });
});
