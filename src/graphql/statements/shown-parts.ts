// What a query shows of its statements, as the data layer reads it: the statement columns its fields read, and the
// speaker and article read in the same SQL statement (whole, or only the columns shown) when it shows them.
import type { StatementParts } from "../../db/queries/statements/statement-rows.js";
import { NO_RELATIONS, type RelationRead } from "../../db/queries/statements/statement-relations.js";
import type { Selection } from "../relay/selected-node-fields.js";
import { articleColumnsOfFields } from "../articles/article-columns.js";
import { personColumnsOfFields } from "../people/person-columns.js";
import { columnsOfFields } from "./statement-columns.js";

/**
 * How a relation the statements show as `field` is read: not (false) when no field shows it, only the columns its
 * fields read, or whole (true) when one of them is not in `columnsOf`'s table.
 */
function relationRead<Column extends string>(
  selection: Selection,
  field: string,
  columnsOf: (fields: Iterable<string>) => Column[] | undefined,
): RelationRead<Column> {
  if (!selection.fields.has(field)) return false;
  return columnsOf(selection.subfields(field)) ?? true;
}

/** The parts of the statements that `selection` shows (whole rows, no relations, without a selection). */
export function shownParts(selection: Selection | undefined): StatementParts {
  if (!selection) return { columns: undefined, relations: NO_RELATIONS };
  const relations = {
    speaker: relationRead(selection, "speaker", personColumnsOfFields),
    article: relationRead(selection, "article", articleColumnsOfFields),
  };
  return { columns: columnsOfFields(selection.fields), relations };
}
