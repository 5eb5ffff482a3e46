// The rows an ingest writes, one statement per table for any number of articles (issue 13): a bulk load's round
// trips and Prisma's per-query work were most of its time (about 12 statements per article before). Rows travel as
// one JSON array per table (jsonb_to_recordset), which carries text arrays and nulls that parallel unnest arrays
// cannot; each row has its position `i`, and rows are inserted in that order, so ids follow the input order as
// they did when articles were written one at a time.
import { Prisma } from "../../../generated/prisma/client.js";

/** An interactive transaction (or a client): what these writes need. */
export type RowWriter = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/** Rows numbered in input order, as JSON for jsonb_to_recordset. */
function numbered(rows: readonly object[]): string {
  return JSON.stringify(rows.map((row, i) => ({ ...row, i })));
}

/**
 * The ids of rows inserted with `ORDER BY i … RETURNING id`, in input order: the sequence hands out ids in the
 * order rows are inserted, so sorting them restores that order whatever order RETURNING lists them in.
 */
async function insertedIds(db: RowWriter, query: Prisma.Sql): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>(query);
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

export interface NewArticleRow {
  url: string;
  title: string;
  source: string;
  publishedAt: Date;
  language: string;
  body: string;
  contentHash: string;
  extractorVersion: string;
}

/** Inserts new articles; returns their ids in input order. */
export async function insertArticles(db: RowWriter, rows: readonly NewArticleRow[]): Promise<number[]> {
  if (!rows.length) return [];
  return insertedIds(
    db,
    Prisma.sql`
      INSERT INTO "Article" ("url", "title", "source", "publishedAt", "language", "body", "contentHash", "extractorVersion", "updatedAt")
      SELECT v."url", v."title", v."source", v."publishedAt", v."language", v."body", v."contentHash", v."extractorVersion", now()
      FROM jsonb_to_recordset(${numbered(rows)}::jsonb) AS v(i int, "url" text, "title" text, "source" text,
        "publishedAt" timestamp(3), "language" text, "body" text, "contentHash" text, "extractorVersion" text)
      ORDER BY v.i
      RETURNING "id"`,
  );
}

export interface PersonRow {
  name: string;
  normalizedName: string;
  aliases: string[];
  aliasKeys: string[];
  role: string | null;
  organisation: string | null;
  stateId: number | null;
  sanctioned: boolean;
  sanctionNote: string | null;
}

/** Inserts new people (their alias keys computed); returns their ids in input order. */
export async function insertPeople(db: RowWriter, rows: readonly PersonRow[]): Promise<number[]> {
  if (!rows.length) return [];
  return insertedIds(
    db,
    Prisma.sql`
      INSERT INTO "Person" ("name", "normalizedName", "aliases", "aliasKeys", "aliasKeysStale", "role", "organisation",
        "stateId", "sanctioned", "sanctionNote", "updatedAt")
      SELECT v."name", v."normalizedName", v."aliases", v."aliasKeys", false, v."role", v."organisation",
        v."stateId", v."sanctioned", v."sanctionNote", now()
      FROM jsonb_to_recordset(${numbered(rows)}::jsonb) AS v(i int, "name" text, "normalizedName" text, "aliases" text[],
        "aliasKeys" text[], "role" text, "organisation" text, "stateId" int, "sanctioned" boolean, "sanctionNote" text)
      ORDER BY v.i
      RETURNING "id"`,
  );
}

/** A stored person's values after an ingest filled in what it lacked. */
export interface PersonUpdate extends Omit<PersonRow, "name" | "normalizedName"> {
  id: number;
  /** The aliases (and so their keys) changed: the keys written are current. */
  aliasesChanged: boolean;
}

/**
 * Writes stored people's new values. Alias keys (and their staleness mark) are written only with new aliases, as
 * a single-row update would; the other columns get their final values, unchanged ones their current value.
 */
export async function updatePeople(db: RowWriter, rows: readonly PersonUpdate[]): Promise<void> {
  if (!rows.length) return;
  await db.$executeRaw`
    UPDATE "Person" p SET
      "aliases" = v."aliases",
      "aliasKeys" = CASE WHEN v."aliasesChanged" THEN v."aliasKeys" ELSE p."aliasKeys" END,
      "aliasKeysStale" = CASE WHEN v."aliasesChanged" THEN false ELSE p."aliasKeysStale" END,
      "role" = v."role", "organisation" = v."organisation", "stateId" = v."stateId",
      "sanctioned" = v."sanctioned", "sanctionNote" = v."sanctionNote", "updatedAt" = now()
    FROM jsonb_to_recordset(${numbered([...rows].sort((a, b) => a.id - b.id))}::jsonb) AS v(i int, "id" int,
      "aliases" text[], "aliasKeys" text[], "aliasesChanged" boolean, "role" text, "organisation" text, "stateId" int,
      "sanctioned" boolean, "sanctionNote" text)
    WHERE p."id" = v."id"`;
}

export interface StatementRow {
  articleId: number;
  text: string;
  kind: string;
  speakerId: number | null;
  speakerStateId: number | null;
  sentimentScore: number;
  sentimentLabel: string;
  type: string;
  cameoCode: string;
  goldstein: number;
  publishedAt: Date;
  startOffset: number;
  endOffset: number;
  sentenceIndex: number;
  extractorVersion: string;
  confidence: number;
}

/** Inserts statements; returns their ids in input order. */
export async function insertStatements(db: RowWriter, rows: readonly StatementRow[]): Promise<number[]> {
  if (!rows.length) return [];
  return insertedIds(
    db,
    Prisma.sql`
      INSERT INTO "Statement" ("articleId", "text", "kind", "speakerId", "speakerStateId", "sentimentScore", "sentimentLabel",
        "type", "cameoCode", "goldstein", "publishedAt", "startOffset", "endOffset", "sentenceIndex", "extractorVersion",
        "confidence", "updatedAt")
      SELECT v."articleId", v."text", v."kind"::"StatementKind", v."speakerId", v."speakerStateId", v."sentimentScore",
        v."sentimentLabel"::"SentimentLabel", v."type"::"StatementType", v."cameoCode", v."goldstein", v."publishedAt",
        v."startOffset", v."endOffset", v."sentenceIndex", v."extractorVersion", v."confidence", now()
      FROM jsonb_to_recordset(${numbered(rows)}::jsonb) AS v(i int, "articleId" int, "text" text, "kind" text,
        "speakerId" int, "speakerStateId" int, "sentimentScore" double precision, "sentimentLabel" text, "type" text,
        "cameoCode" text, "goldstein" double precision, "publishedAt" timestamp(3), "startOffset" int, "endOffset" int,
        "sentenceIndex" int, "extractorVersion" text, "confidence" double precision)
      ORDER BY v.i
      RETURNING "id"`,
  );
}

/** Target states of statements (their copies of the statement's columns are filled by a trigger). */
export async function insertStatementTargets(db: RowWriter, rows: readonly { statementId: number; stateId: number }[]) {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "StatementTarget" ("statementId", "stateId")
    SELECT v."statementId", v."stateId" FROM jsonb_to_recordset(${numbered(rows)}::jsonb) AS v(i int, "statementId" int, "stateId" int)
    ORDER BY v.i`;
}

export interface StatementTopicRow {
  statementId: number;
  topicId: number;
  evidence: string | null;
  confidence: number;
}

/** Topics of statements (the copy of the statement's time is filled by a trigger). */
export async function insertStatementTopics(db: RowWriter, rows: readonly StatementTopicRow[]): Promise<void> {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "StatementTopic" ("statementId", "topicId", "evidence", "confidence")
    SELECT v."statementId", v."topicId", v."evidence", v."confidence"
    FROM jsonb_to_recordset(${numbered(rows)}::jsonb) AS v(i int, "statementId" int, "topicId" int, "evidence" text,
      "confidence" double precision)
    ORDER BY v.i`;
}

/** How often articles mention states. */
export async function insertStateMentions(db: RowWriter, rows: readonly { articleId: number; stateId: number; count: number }[]) {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "ArticleStateMention" ("articleId", "stateId", "count")
    SELECT v."articleId", v."stateId", v."count"
    FROM jsonb_to_recordset(${numbered(rows)}::jsonb) AS v(i int, "articleId" int, "stateId" int, "count" int)
    ORDER BY v.i`;
}

/** How often articles mention people. */
export async function insertPersonMentions(
  db: RowWriter,
  rows: readonly { articleId: number; personId: number; count: number }[],
) {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "ArticlePersonMention" ("articleId", "personId", "count")
    SELECT v."articleId", v."personId", v."count"
    FROM jsonb_to_recordset(${numbered(rows)}::jsonb) AS v(i int, "articleId" int, "personId" int, "count" int)
    ORDER BY v.i`;
}
