// The article columns each field of the Article type reads, so that a statement list showing `article { title }`
// reads the title with its statements, not every column of the article (statement-relations.ts).
import type { ArticleSummaryColumn } from "../../db/queries/articles/article-rows.js";
import { columnsOfFields, type FieldColumns } from "../common/field-columns.js";

/** Every field of Article with the columns its resolver reads from the row (the id is always read). */
const FIELD_COLUMNS: FieldColumns<ArticleSummaryColumn> = {
  __typename: [],
  id: [],
  url: ["url"],
  title: ["title"],
  source: ["source"],
  publishedAt: ["publishedAt"],
  language: ["language"],
  extractorVersion: ["extractorVersion"],
  snippet: [], // only a searched article list sets it; a statement's article has none
  body: [], // read by id when asked for (never part of a summary)
  statements: [],
  states: [],
  people: [],
};

/** The columns the Article fields named in `fields` read, or undefined (every column) when one is not listed above. */
export function articleColumnsOfFields(fields: Iterable<string>): ArticleSummaryColumn[] | undefined {
  return columnsOfFields(FIELD_COLUMNS, fields);
}

/** The fields listed in FIELD_COLUMNS (for the test that compares each against whole rows). */
export const LISTED_ARTICLE_FIELDS: readonly string[] = Object.keys(FIELD_COLUMNS);
