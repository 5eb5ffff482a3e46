// A statement's to-one relations (its speaker, its article without the body) read in the same SQL statement as the
// statements: a page that shows who said each statement and where costs one round trip, not three (page, people
// by id, articles by id), and Node parses one result instead of three.
import { Prisma } from "../../../generated/prisma/client.js";
import type { KeysetSource } from "../keyset/keyset-pages.js";
import { SUMMARY_COLUMNS, type ArticleSummary } from "../articles/article-rows.js";
import { PERSON_VIEW_COLUMNS, type PersonView } from "../people/person-rows.js";
import type { StatementView } from "./statement-rows.js";

/** Which to-one relations to read with the statements. */
export interface StatementRelations {
  speaker: boolean;
  article: boolean;
}

export const NO_RELATIONS: StatementRelations = { speaker: false, article: false };

/** A statement with the relations read along with it; a relation not read is undefined (the speaker null: none). */
export interface StatementWithIncluded extends StatementView {
  includedSpeaker?: PersonView | null;
  includedArticle?: ArticleSummary;
}

// Aliases of the related rows; no statement source uses them for its own tables.
const SPEAKER = "rp";
const ARTICLE = "ra";

/**
 * `columns` of the row on `alias` as one JSON object: one text value per row that JSON.parse turns into the object,
 * instead of a column each through the driver's parsers. Measured on the nested bench page (210 statements with
 * speaker and article): plain prefixed columns cost PostgreSQL 15 about 0.8 ms less (its json_build_object looks
 * up each argument's output function on every row) and Node about 0.8 ms more CPU per request; Node is the side
 * the API is short of. Timestamps travel as epoch milliseconds (finished into Dates below); list columns read NULL
 * as an empty list, as Prisma reads them.
 */
function jsonObject(alias: string, columns: readonly string[], timestamps: readonly string[], lists: readonly string[]) {
  const entries = columns.map((column) => {
    const value = `${alias}."${column}"`;
    if (timestamps.includes(column)) return `'${column}', (extract(epoch FROM ${value}) * 1000)::float8`;
    if (lists.includes(column)) return `'${column}', COALESCE(${value}, '{}')`;
    return `'${column}', ${value}`;
  });
  return `json_build_object(${entries.join(", ")})`;
}

const SPEAKER_JSON = `CASE WHEN ${SPEAKER}."id" IS NULL THEN NULL ELSE ${jsonObject(SPEAKER, PERSON_VIEW_COLUMNS, [], ["aliases"])} END`;
const ARTICLE_JSON = jsonObject(ARTICLE, SUMMARY_COLUMNS, ["publishedAt"], []);

/** The select-list columns and joins that read `relations` of the statement aliased `s`, or null for none. */
export function relationColumns(relations: StatementRelations): { columns: Prisma.Sql; joins: Prisma.Sql } | null {
  const columns: string[] = [];
  const joins: string[] = [];
  if (relations.speaker) {
    columns.push(`${SPEAKER_JSON} AS "includedSpeaker"`);
    joins.push(` LEFT JOIN "Person" ${SPEAKER} ON ${SPEAKER}."id" = s."speakerId"`);
  }
  if (relations.article) {
    columns.push(`${ARTICLE_JSON} AS "includedArticle"`);
    joins.push(` JOIN "Article" ${ARTICLE} ON ${ARTICLE}."id" = s."articleId"`);
  }
  return columns.length ? { columns: Prisma.raw(columns.join(", ")), joins: Prisma.raw(joins.join("")) } : null;
}

/** Turns the relations' JSON values into what the loaders hold (Dates for timestamps), in place. */
export function finishRelations(rows: readonly Record<string, unknown>[]): void {
  for (const row of rows) {
    const article = row.includedArticle as { publishedAt: unknown } | undefined;
    if (article && typeof article.publishedAt === "number") article.publishedAt = new Date(article.publishedAt);
  }
}

/** `source` (a statement list whose statement is aliased `s`) reading `relations` with each page's statements. */
export function withRelations(source: KeysetSource, relations: StatementRelations): KeysetSource {
  const read = relationColumns(relations);
  if (!read) return source;
  return {
    ...source,
    select: Prisma.sql`${source.select}, ${read.columns}`,
    joins: source.joins ? Prisma.sql`${source.joins}${read.joins}` : read.joins,
    finish: finishRelations,
  };
}
