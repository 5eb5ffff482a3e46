// Synthetic news data for benchmarks and plan tests, written with set-based SQL (INSERT … SELECT generate_series)
// into a migrated and seeded database, PostgreSQL or PGlite. Skewed like news: a few states, speakers, types and
// topics account for most statements (Zipf-like ranks). Deterministic for a seed: every random value is a hash of
// the row number and the seed (hashint8extended), so two runs on an empty database write the same rows.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { STATEMENT_TYPES } from "../extraction/statement-types.js";
import { rebuildAnalyticsRollups } from "../db/queries/analytics/rollup-maintenance.js";
import { ACTIVE_STATE_CODES, BENCH_WORDS, NEWS_SOURCES } from "./generator-vocabulary.js";
import { withBulkLoad } from "./bulk-load.js";

/** The client of the bulk-load transaction. */
type Db = Prisma.TransactionClient;

export interface GenerateOptions {
  /** Number of statements (default 200,000; at most 2,000,000). */
  statements?: number;
  /** Seed of the pseudo-random values (default 1). */
  seed?: number;
  /** Called after each step with how many statements are written so far. */
  onProgress?: (done: number, total: number, step: string) => void;
}

export interface GeneratedVolume {
  statements: number;
  articles: number;
  people: number;
  states: number;
  targets: number;
  topics: number;
}

export const DEFAULT_STATEMENTS = 200_000;
export const MAX_STATEMENTS = 2_000_000;
const BATCH = 50_000;
/** Publication times spread over two years ending here (fixed, so data does not depend on the clock). */
const PERIOD_END = "2026-11-01T00:00:00Z";
const PERIOD_DAYS = 730;

/** SQL for a uniform number in [0, 1) from a row number and a salt (one salt per column). */
function uniform(row: string, seed: number, salt: number): string {
  return `((hashint8extended((${row})::bigint, ${seed * 1000 + salt}) & 9007199254740991)::float8 / 9007199254740992)`;
}

/** SQL for a Zipf-like rank in 1..n: P(rank r) = ln((r+1)/r) / ln(n+1), so rank 1 is about 1/r more frequent. */
function zipfRank(n: number, u: string): string {
  return `least(${n}, floor(power(${n + 1}::float8, ${u}))::int)`;
}

const sqlText = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;

/** Words picked by row and salt, skewed so that some words are common and others rare (search selectivity). */
function words(row: string, seed: number, firstSalt: number, count: number): string {
  const picks = Array.from(
    { length: count },
    (_, k) =>
      `(${sqlText(BENCH_WORDS)})[1 + floor(power(${uniform(row, seed, firstSalt + k)}, 1.6) * ${BENCH_WORDS.length})::int]`,
  );
  return `concat_ws(' ', ${picks.join(", ")})`;
}

interface Lookups {
  stateIds: number[];
  topicIds: number[];
  types: string[];
}

async function loadLookups(prisma: Db): Promise<Lookups> {
  const states = await prisma.state.findMany({
    where: { code: { in: [...ACTIVE_STATE_CODES] } },
    select: { id: true, code: true },
  });
  const byCode = new Map(states.map((s) => [s.code, s.id]));
  const stateIds = ACTIVE_STATE_CODES.flatMap((code) => (byCode.has(code) ? [byCode.get(code)!] : []));
  const topicIds = (await prisma.topic.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id);
  if (stateIds.length < 10 || topicIds.length === 0) throw new Error("The database has no states or topics: seed it first.");
  // Every value of the enum as the database knows it (so a value added by a later migration is generated too).
  const [{ types }] = await prisma.$queryRawUnsafe<[{ types: string[] }]>(
    `SELECT enum_range(NULL::"StatementType")::text[] AS "types"`,
  );
  return { stateIds, topicIds, types };
}

async function insertPeople(prisma: Db, count: number, seed: number, l: Lookups): Promise<number> {
  const [{ base }] = await prisma.$queryRawUnsafe<[{ base: number }]>(`SELECT COALESCE(MAX(id), 0)::int AS base FROM "Person"`);
  const u = (salt: number) => uniform("i", seed, salt);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Person" ("name", "normalizedName", "aliases", "role", "stateId", "sanctioned", "sanctionNote", "updatedAt")
    SELECT 'Bench Person ' || i, 'bench person ' || i || ' s${seed}', ARRAY['B. Person ' || i],
           (ARRAY['Foreign Minister','Defence Minister','President','Prime Minister','Spokesperson','Ambassador'])[1 + floor(${u(1)} * 6)::int],
           (ARRAY[${l.stateIds.join(",")}])[${zipfRank(l.stateIds.length, u(2))}],
           ${u(3)} < 0.02, CASE WHEN ${u(3)} < 0.02 THEN 'Synthetic sanction note' END, now()
    FROM generate_series(1, ${count}) i`);
  return base;
}

async function insertArticles(prisma: Db, count: number, seed: number): Promise<number> {
  const [{ base }] = await prisma.$queryRawUnsafe<[{ base: number }]>(`SELECT COALESCE(MAX(id), 0)::int AS base FROM "Article"`);
  const u = (salt: number) => uniform("i", seed, salt);
  // Later days carry more news (power < 1 pushes the times towards the end of the period).
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Article" ("url", "title", "source", "publishedAt", "language", "body", "contentHash", "extractorVersion", "updatedAt")
    SELECT 'https://bench.entente.test/s${seed}/articles/' || i, initcap(${words("i", seed, 20, 7)}),
           (${sqlText(NEWS_SOURCES)})[1 + floor(${u(10)} * ${NEWS_SOURCES.length})::int],
           timestamp '${PERIOD_END}' - (1 - power(${u(11)}, 0.8)) * interval '${PERIOD_DAYS} days',
           'en', repeat(${words("i", seed, 40, 30)} || '. ', 6), md5('bench:${seed}:' || i), 'bench', now()
    FROM generate_series(1, ${count}) i`);
  return base;
}

interface StatementBatch {
  from: number;
  to: number;
  articles: { base: number; count: number };
  people: { base: number; count: number };
}

async function insertStatements(prisma: Db, batch: StatementBatch, seed: number, l: Lookups): Promise<void> {
  const u = (salt: number) => uniform("i", seed, salt);
  const goldstein = l.types.map((type) => STATEMENT_TYPES[type as keyof typeof STATEMENT_TYPES]?.goldstein ?? 0);
  const cameo = l.types.map((type) => STATEMENT_TYPES[type as keyof typeof STATEMENT_TYPES]?.cameoCode ?? "01");
  const typeRank = zipfRank(l.types.length, u(62));
  // Tone follows the type's Goldstein score, with noise; the label follows the score as extraction labels it.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Statement" ("articleId", "text", "kind", "speakerId", "speakerStateId", "sentimentScore", "sentimentLabel",
      "type", "cameoCode", "goldstein", "publishedAt", "startOffset", "endOffset", "sentenceIndex", "extractorVersion",
      "confidence", "updatedAt")
    SELECT g."articleId", g."text", g."kind"::"StatementKind", p."id", COALESCE(p."stateId", g."stateId"), g."score",
           (CASE WHEN g."score" < -0.05 THEN 'NEGATIVE' WHEN g."score" > 0.05 THEN 'POSITIVE' ELSE 'NEUTRAL' END)::"SentimentLabel",
           g."type"::"StatementType", g."cameoCode", g."goldstein", a."publishedAt", g."sentence" * 120,
           g."sentence" * 120 + length(g."text"), g."sentence", 'bench', g."confidence", now()
    FROM (
      SELECT i, ${batch.articles.base} + 1 + floor(${u(50)} * ${batch.articles.count})::int AS "articleId",
             ${words("i", seed, 70, 12)} || '.' AS "text",
             (ARRAY['DIRECT_QUOTE','PARTIAL_QUOTE','REPORTED_SPEECH'])[1 + floor(${u(51)} * 3)::int] AS "kind",
             CASE WHEN ${u(52)} < 0.7 THEN ${batch.people.base} + ${zipfRank(batch.people.count, u(53))} END AS "personId",
             CASE WHEN ${u(54)} < 0.95 THEN (ARRAY[${l.stateIds.join(",")}])[${zipfRank(l.stateIds.length, u(55))}] END AS "stateId",
             greatest(-1, least(1, (ARRAY[${goldstein.join(",")}]::float8[])[${typeRank}] / 8 + (${u(56)} + ${u(57)} - 1) * 0.6)) AS "score",
             (${sqlText(l.types)})[${typeRank}] AS "type",
             (${sqlText(cameo)})[${typeRank}] AS "cameoCode",
             (ARRAY[${goldstein.join(",")}]::float8[])[${typeRank}] AS "goldstein",
             floor(${u(58)} * 30)::int AS "sentence",
             0.5 + ${u(59)} / 2 AS "confidence"
      FROM generate_series(${batch.from}, ${batch.to}) i
    ) g
    JOIN "Article" a ON a."id" = g."articleId"
    LEFT JOIN "Person" p ON p."id" = g."personId"
    ORDER BY g.i`);
}

/**
 * One to three targets per statement (rarely the speaker's own state), their pairs, and zero to two topics, with the
 * statement's publishedAt and speaker state copied as the join tables' triggers would (they are off during the bulk load).
 */
async function insertTargetsAndTopics(prisma: Db, ids: { base: number; from: number; to: number }, seed: number, l: Lookups) {
  const row = `(s."id" - ${ids.base})`;
  const n = l.stateIds.length;
  const pick = (j: string) => `${zipfRank(n, uniform(`${row} * 4 + ${j}`, seed, 80))}`;
  await prisma.$executeRawUnsafe(`
    INSERT INTO "StatementTarget" ("statementId", "publishedAt", "speakerStateId", "stateId")
    SELECT DISTINCT s."id", s."publishedAt", s."speakerStateId",
           CASE WHEN (ARRAY[${l.stateIds.join(",")}])[${pick("j")}] IS DISTINCT FROM s."speakerStateId"
                THEN (ARRAY[${l.stateIds.join(",")}])[${pick("j")}]
                ELSE (ARRAY[${l.stateIds.join(",")}])[1 + ${pick("j")} % ${n}] END
    FROM "Statement" s CROSS JOIN generate_series(1, 3) j
    WHERE s."id" BETWEEN ${ids.from} AND ${ids.to}
      AND j <= 1 + (${uniform(row, seed, 81)} < 0.3)::int + (${uniform(row, seed, 82)} < 0.08)::int
    ON CONFLICT DO NOTHING`);
  // The pairs of each statement's targets, as the StatementTarget triggers would write them.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "StatementTargetPair" ("statementId", "stateId", "otherStateId", "publishedAt", "speakerStateId")
    SELECT a."statementId", a."stateId", b."stateId", a."publishedAt", a."speakerStateId"
    FROM "StatementTarget" a JOIN "StatementTarget" b ON b."statementId" = a."statementId" AND b."stateId" > a."stateId"
    WHERE a."statementId" BETWEEN ${ids.from} AND ${ids.to}`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "StatementTopic" ("statementId", "publishedAt", "topicId", "evidence", "confidence")
    SELECT DISTINCT s."id", s."publishedAt", (ARRAY[${l.topicIds.join(",")}])[${zipfRank(l.topicIds.length, uniform(`${row} * 4 + j`, seed, 90))}],
           NULL::text, 0.8::float8
    FROM "Statement" s CROSS JOIN generate_series(1, 2) j
    WHERE s."id" BETWEEN ${ids.from} AND ${ids.to}
      AND j <= (${uniform(row, seed, 91)} >= 0.25)::int + (${uniform(row, seed, 92)} < 0.25)::int
    ON CONFLICT DO NOTHING`);
}

/** Which states and people each generated article mentions: its statements' speakers and targets. */
async function insertMentions(prisma: Db, articleBase: number): Promise<void> {
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ArticleStateMention" ("articleId", "stateId", "count")
    SELECT "articleId", "stateId", COUNT(*)::int FROM (
      SELECT s."articleId", s."speakerStateId" AS "stateId" FROM "Statement" s WHERE s."articleId" > ${articleBase} AND s."speakerStateId" IS NOT NULL
      UNION ALL
      SELECT s."articleId", t."stateId" FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s."id" WHERE s."articleId" > ${articleBase}
    ) m GROUP BY 1, 2`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ArticlePersonMention" ("articleId", "personId", "count")
    SELECT s."articleId", s."speakerId", COUNT(*)::int FROM "Statement" s
    WHERE s."articleId" > ${articleBase} AND s."speakerId" IS NOT NULL GROUP BY 1, 2`);
}

/** The tables the generator writes: loaded with row triggers off and secondary indexes rebuilt afterwards. */
const BULK_TABLES = [
  "Person",
  "Article",
  "Statement",
  "StatementTarget",
  "StatementTargetPair",
  "StatementTopic",
  "ArticleStateMention",
  "ArticlePersonMention",
] as const;

/**
 * Writes `statements` statements with their articles (one per ten statements), people (one per forty, at most
 * 5,000), targets, topics and mentions; rebuilds the analytics rollups from them; VACUUMs and ANALYZEs. One bulk
 * transaction (src/bench/bulk-load.ts): row triggers off, secondary indexes (GIN full-text ones included) built
 * once at the end, so 2,000,000 statements take minutes, not hours.
 */
export async function generateBenchData(prisma: PrismaClient, options: GenerateOptions = {}): Promise<GeneratedVolume> {
  const total = options.statements ?? DEFAULT_STATEMENTS;
  if (!Number.isInteger(total) || total < 1 || total > MAX_STATEMENTS)
    throw new Error(`statements must be a whole number from 1 to ${MAX_STATEMENTS}; got ${total}.`);
  const progress = options.onProgress ?? (() => {});
  const volume = await withBulkLoad(prisma, BULK_TABLES, (tx) => writeBenchData(tx, total, options.seed ?? 1, progress));
  progress(total, total, "VACUUM ANALYZE");
  // Outside the transaction (VACUUM cannot run in one): statistics for the planner and the visibility map that
  // index-only scans need, as autovacuum would leave them on a live database.
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
  return volume;
}

async function writeBenchData(
  prisma: Db,
  total: number,
  seed: number,
  progress: NonNullable<GenerateOptions["onProgress"]>,
): Promise<GeneratedVolume> {
  const lookups = await loadLookups(prisma);
  const articles = Math.max(1, Math.ceil(total / 10));
  const people = Math.max(20, Math.min(5_000, Math.floor(total / 40)));

  progress(0, total, "people and articles");
  const peopleBase = await insertPeople(prisma, people, seed, lookups);
  const articleBase = await insertArticles(prisma, articles, seed);
  const [{ base: statementBase }] = await prisma.$queryRawUnsafe<[{ base: number }]>(
    `SELECT COALESCE(MAX(id), 0)::int AS base FROM "Statement"`,
  );
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    const batch = { from, to, articles: { base: articleBase, count: articles }, people: { base: peopleBase, count: people } };
    await insertStatements(prisma, batch, seed, lookups);
    const [{ first, last }] = await prisma.$queryRawUnsafe<[{ first: number; last: number }]>(
      `SELECT MIN(id)::int AS first, MAX(id)::int AS last FROM "Statement" WHERE id > ${statementBase + from - 1}`,
    );
    await insertTargetsAndTopics(prisma, { base: statementBase, from: first, to: last }, seed, lookups);
    progress(to, total, "statements");
  }
  // Statistics first: without them the planner takes the fresh tables for empty ones (nested loops over millions).
  await prisma.$executeRawUnsafe(
    `ANALYZE "Article", "Person", "Statement", "StatementTarget", "StatementTargetPair", "StatementTopic"`,
  );
  progress(total, total, "mentions");
  await insertMentions(prisma, articleBase);
  progress(total, total, "analytics rollups");
  await rebuildAnalyticsRollups(prisma);
  progress(total, total, "indexes");
  const [counts] = await prisma.$queryRawUnsafe<[{ targets: number; topics: number }]>(
    `SELECT (SELECT COUNT(*) FROM "StatementTarget")::int AS targets, (SELECT COUNT(*) FROM "StatementTopic")::int AS topics`,
  );
  return { statements: total, articles, people, states: lookups.stateIds.length, ...counts };
}
