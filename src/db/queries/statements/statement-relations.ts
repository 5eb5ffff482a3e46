// A statement's to-one relations (its speaker, its article without the body) read in the same SQL statement as the
// statements: a page that shows who said each statement and where costs one round trip, not three (page, people
// by id, articles by id), and Node parses one result instead of three.
import { Prisma } from "../../../generated/prisma/client.js";
import type { KeysetSource } from "../keyset/keyset-pages.js";
import { SUMMARY_COLUMNS, type ArticleSummary, type ArticleSummaryColumn } from "../articles/article-rows.js";
import { PERSON_VIEW_COLUMNS, type PersonView } from "../people/person-rows.js";
import type { StatementView } from "./statement-rows.js";

/**
 * How a to-one relation is read with the statements: not at all (false), whole (true: every column the request's
 * loaders hold), or only the listed columns and the id (what the query shows of it).
 */
export type RelationRead<Column extends string> = boolean | readonly Column[];

/** Which to-one relations to read with the statements. */
export interface StatementRelations {
  speaker: RelationRead<keyof PersonView>;
  article: RelationRead<ArticleSummaryColumn>;
}

export const NO_RELATIONS: StatementRelations = { speaker: false, article: false };

/**
 * A statement with the relations read along with it; a relation not read is undefined (the speaker null: none).
 * Whole relations (`included…`) may be handed to the request's loaders; partial ones (`partial…`, only the
 * columns the query shows) answer this statement's fields only.
 */
export interface StatementWithIncluded extends StatementView {
  includedSpeaker?: PersonView | null;
  includedArticle?: ArticleSummary;
  partialSpeaker?: Partial<PersonView> & Pick<PersonView, "id">;
  partialArticle?: Partial<ArticleSummary> & Pick<ArticleSummary, "id">;
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

/**
 * Only `columns` (and the id) of the row on `alias`, as plain columns named `prefix` + column, gathered into one
 * object per row by `finish` (null when the row is absent). For the two or three columns a list usually shows
 * (a speaker's name, an article's title), plain columns cost both sides less than a JSON object: the nested bench
 * page (210 statements, speaker name and article title), replayed 200 times on bench_200k through node-postgres,
 * took 1.5 ms with plain columns, 2.1 ms as a two-key JSON object and 3.5 ms with every column as JSON.
 */
function partialRelation(alias: string, prefix: string, columns: readonly string[], lists: readonly string[], key: string) {
  const read = ["id", ...columns.filter((column) => column !== "id")];
  const names = read.map((column) => `${prefix}${column}`);
  const select = read.map((column, index) => {
    const value = lists.includes(column) ? `COALESCE(${alias}."${column}", '{}')` : `${alias}."${column}"`;
    return `${value} AS "${names[index]}"`;
  });
  const finish = (row: Record<string, unknown>) => {
    if (row[names[0]!] === null) {
      row[key] = null;
      return;
    }
    const related: Record<string, unknown> = {};
    for (let index = 0; index < read.length; index++) related[read[index]!] = row[names[index]!];
    row[key] = related;
  };
  return { select: select.join(", "), finish };
}

type RowFinish = (row: Record<string, unknown>) => void;

/** Turns a whole article's JSON values into what the loaders hold (Dates for timestamps), in place. */
const finishWholeArticle: RowFinish = (row) => {
  const article = row.includedArticle as { publishedAt: unknown } | undefined;
  if (article && typeof article.publishedAt === "number") article.publishedAt = new Date(article.publishedAt);
};

/**
 * The select-list columns and joins that read `relations` of the statement aliased `s`, and what completes each
 * row once read; null for no relations.
 */
export function relationColumns(
  relations: StatementRelations,
): { columns: Prisma.Sql; joins: Prisma.Sql; finish: (rows: readonly Record<string, unknown>[]) => void } | null {
  const columns: string[] = [];
  const joins: string[] = [];
  const finishes: RowFinish[] = [];
  if (relations.speaker === true) columns.push(`${SPEAKER_JSON} AS "includedSpeaker"`);
  else if (relations.speaker) {
    const partial = partialRelation(SPEAKER, "__speaker.", relations.speaker, ["aliases"], "partialSpeaker");
    columns.push(partial.select);
    finishes.push(partial.finish);
  }
  if (relations.speaker) joins.push(` LEFT JOIN "Person" ${SPEAKER} ON ${SPEAKER}."id" = s."speakerId"`);
  if (relations.article === true) {
    columns.push(`${ARTICLE_JSON} AS "includedArticle"`);
    finishes.push(finishWholeArticle);
  } else if (relations.article) {
    const partial = partialRelation(ARTICLE, "__article.", relations.article, [], "partialArticle");
    columns.push(partial.select);
    finishes.push(partial.finish);
  }
  if (relations.article) joins.push(` JOIN "Article" ${ARTICLE} ON ${ARTICLE}."id" = s."articleId"`);
  if (!columns.length) return null;
  const finish = (rows: readonly Record<string, unknown>[]) => {
    for (const row of rows) for (const complete of finishes) complete(row);
  };
  return { columns: Prisma.raw(columns.join(", ")), joins: Prisma.raw(joins.join("")), finish };
}

/** `source` (a statement list whose statement is aliased `s`) reading `relations` with each page's statements. */
export function withRelations(source: KeysetSource, relations: StatementRelations): KeysetSource {
  const read = relationColumns(relations);
  if (!read) return source;
  return {
    ...source,
    select: Prisma.sql`${source.select}, ${read.columns}`,
    joins: source.joins ? Prisma.sql`${source.joins}${read.joins}` : read.joins,
    finish: read.finish,
  };
}
