// The statement columns each field of the Statement type reads, so that a list reads only the columns its query
// shows: the nested bench shape shows a statement's text, speaker and article, and read all 18 columns of each
// of its 200 statements (two timestamps among them) for that.
import type { StatementColumn } from "../../db/queries/statements/statement-rows.js";
import { columnsOfFields as columnsOf, type FieldColumns } from "../common/field-columns.js";

/** Every field of Statement with the columns its resolver reads from the row (the id is always read). */
const FIELD_COLUMNS: FieldColumns<StatementColumn> = {
  __typename: [],
  id: [],
  text: ["text"],
  kind: ["kind"],
  type: ["type"],
  cameoCode: ["cameoCode"],
  goldstein: ["goldstein"],
  publishedAt: ["publishedAt"],
  startOffset: ["startOffset"],
  endOffset: ["endOffset"],
  sentenceIndex: ["sentenceIndex"],
  extractorVersion: ["extractorVersion"],
  confidence: ["confidence"],
  reviewed: ["reviewed"],
  sentiment: ["sentimentScore", "sentimentLabel"],
  snippet: [], // a column of its own, read whenever the list is searched
  article: ["articleId"],
  speaker: ["speakerId"],
  speakerState: ["speakerStateId"],
  targets: [],
  topics: [],
  topicAssignments: [],
};

/**
 * The columns that the Statement fields named in `fields` read, or undefined (every column) when one of them is
 * not listed above: a field added to Statement reads whole rows until it is listed.
 */
export function columnsOfFields(fields: Iterable<string>): StatementColumn[] | undefined {
  return columnsOf(FIELD_COLUMNS, fields);
}

/** The fields listed in FIELD_COLUMNS (for the test that compares each against whole rows). */
export const LISTED_STATEMENT_FIELDS: readonly string[] = Object.keys(FIELD_COLUMNS);
