// Bulk synthetic data for plan tests: tens of thousands of statements in a few set-based INSERT … SELECT
// generate_series statements (seconds, not minutes), skewed like news: a few states, speakers and topics
// account for most statements. Deterministic (setseed), so plans and timings are comparable between runs.
import type { PrismaClient } from "../../src/generated/prisma/client.js";

export interface BulkVolume {
  statements: number;
  /** Statements per article (default 10). */
  perArticle?: number;
  /** Number of people (default statements / 40, at least 50). */
  people?: number;
  /** Number of states that speak and are spoken about (default 60). */
  activeStates?: number;
}

// Zipf-like pick of an index in [0, n): small indexes are much more frequent.
const skewed = (n: number | string) => `floor(${n} * power(random(), 3))::int`;

/** Inserts articles, people, statements, targets, topics and mentions; then VACUUM ANALYZE. Needs seeded states/topics. */
export async function insertBulkStatements(prisma: PrismaClient, volume: BulkVolume): Promise<void> {
  const statements = volume.statements;
  const articles = Math.max(1, Math.ceil(statements / (volume.perArticle ?? 10)));
  const people = volume.people ?? Math.max(50, Math.floor(statements / 40));
  const active = volume.activeStates ?? 60;
  const run = (sql: string) => prisma.$executeRawUnsafe(sql);

  await run(`SELECT setseed(0.42)`);
  await run(`CREATE TEMP TABLE bulk_states AS
    SELECT row_number() OVER (ORDER BY id) - 1 AS idx, id FROM (SELECT id FROM "State" ORDER BY id LIMIT ${active}) s`);
  await run(`CREATE TEMP TABLE bulk_topics AS SELECT row_number() OVER (ORDER BY id) - 1 AS idx, id FROM "Topic"`);
  await run(`INSERT INTO "Article" ("url", "title", "source", "publishedAt", "language", "body", "contentHash", "updatedAt")
    SELECT 'https://bulk.example/' || g, 'Bulk article ' || g, 'Bulk Wire ' || (g % 12),
      timestamp '2024-01-01' + (g * interval '1 minute') * (525600.0 / ${articles}), 'en',
      repeat('Officials met and discussed cooperation, sanctions and security. ', 40) || g, md5('bulk' || g), now()
    FROM generate_series(1, ${articles}) g`);
  await run(`INSERT INTO "Person" ("name", "normalizedName", "aliases", "role", "stateId", "sanctioned", "updatedAt")
    SELECT 'Bulk Person ' || g, 'bulk person ' || g, ARRAY[]::text[], CASE WHEN g % 3 = 0 THEN 'Foreign Minister' ELSE 'Spokesperson' END,
      (SELECT id FROM bulk_states WHERE idx = g % ${active}), g % 97 = 0, now()
    FROM generate_series(1, ${people}) g`);
  await run(`CREATE TEMP TABLE bulk_people AS SELECT row_number() OVER (ORDER BY id) - 1 AS idx, id, "stateId" FROM "Person"
    WHERE "normalizedName" LIKE 'bulk person %'`);
  await run(`CREATE TEMP TABLE bulk_articles AS SELECT row_number() OVER (ORDER BY id) - 1 AS idx, id, "publishedAt" FROM "Article"
    WHERE "url" LIKE 'https://bulk.example/%'`);
  await run(`CREATE TEMP TABLE bulk_plan AS
    SELECT g, ${skewed(people)} AS person, ${skewed(active)} AS other, random() * 2 - 1 AS score, floor(random() * 13)::int AS type
    FROM generate_series(0, ${statements - 1}) g`);
  const types = `(ARRAY['COMMENTS','EXPRESSES_CONCERN','CRITICISES','CONDEMNS','WARNS','THREATENS','DEMANDS','APPEALS','REJECTS','DENIES','INTENDS_TO_COOPERATE','AGREES','PRAISES'])[p.type + 1]`;
  const words = `(ARRAY['sanctions','missile','trade','summit','ceasefire','border','energy','nuclear','talks','aid'])`;
  await run(`INSERT INTO "Statement" ("articleId", "text", "kind", "speakerId", "speakerStateId", "sentimentScore", "sentimentLabel",
      "type", "cameoCode", "goldstein", "publishedAt", "startOffset", "endOffset", "sentenceIndex", "extractorVersion", "confidence", "updatedAt")
    SELECT a.id, 'Statement ' || p.g || ' on ' || ${words}[p.g % 10 + 1] || ' and ' || ${words}[(p.g / 10) % 10 + 1] || ' by bulk speaker.',
      (ARRAY['DIRECT_QUOTE','PARTIAL_QUOTE','REPORTED_SPEECH'])[p.g % 3 + 1]::"StatementKind", pe.id, pe."stateId", p.score,
      (CASE WHEN p.score < -0.05 THEN 'NEGATIVE' WHEN p.score > 0.05 THEN 'POSITIVE' ELSE 'NEUTRAL' END)::"SentimentLabel",
      ${types}::"StatementType", '01', p.type - 6, a."publishedAt", p.g, p.g + 40, p.g % 10, 'bulk', 0.9, now()
    FROM bulk_plan p
    JOIN bulk_articles a ON a.idx = p.g / ${volume.perArticle ?? 10}
    JOIN bulk_people pe ON pe.idx = p.person`);
  // One or two targets per statement, never the speaker's own state.
  await run(`INSERT INTO "StatementTarget" ("statementId", "stateId")
    SELECT DISTINCT s.id, t.id FROM "Statement" s
    JOIN bulk_plan p ON p.g = s."startOffset"
    CROSS JOIN LATERAL (VALUES (p.other), ((p.other + 1 + p.g % 7) % ${active})) v(idx)
    JOIN bulk_states t ON t.idx = v.idx
    WHERE s."extractorVersion" = 'bulk' AND (s.id % 3 = 0 OR v.idx = p.other) AND t.id IS DISTINCT FROM s."speakerStateId"`);
  await run(`INSERT INTO "StatementTopic" ("statementId", "topicId", "evidence")
    SELECT DISTINCT s.id, t.id, 'bulk' FROM "Statement" s
    CROSS JOIN LATERAL (VALUES (s.id % 7), (s.id % 11 + 7)) v(idx)
    JOIN bulk_topics t ON t.idx = v.idx % (SELECT count(*) FROM bulk_topics)
    WHERE s."extractorVersion" = 'bulk'`);
  await run(`INSERT INTO "ArticleStateMention" ("articleId", "stateId", "count")
    SELECT s."articleId", s."speakerStateId", count(*) FROM "Statement" s
    WHERE s."extractorVersion" = 'bulk' AND s."speakerStateId" IS NOT NULL GROUP BY 1, 2`);
  await run(`INSERT INTO "ArticlePersonMention" ("articleId", "personId", "count")
    SELECT s."articleId", s."speakerId", count(*) FROM "Statement" s
    WHERE s."extractorVersion" = 'bulk' AND s."speakerId" IS NOT NULL GROUP BY 1, 2`);
  for (const table of ["bulk_states", "bulk_topics", "bulk_people", "bulk_articles", "bulk_plan"])
    await run(`DROP TABLE ${table}`);
  // What autovacuum does to a settled table: statistics, and the visibility map that makes index-only scans cheap.
  await run(`VACUUM ANALYZE`);
}
