// The Person columns each field of the Person type reads, so that a statement list showing `speaker { name }`
// reads the speaker's name with its statements, not every column of the person (statement-relations.ts).
import type { PersonView } from "../../db/queries/people/person-rows.js";
import { columnsOfFields, type FieldColumns } from "../common/field-columns.js";

/** Every field of Person with the columns its resolver reads from the row (the id is always read). */
const FIELD_COLUMNS: FieldColumns<keyof PersonView> = {
  __typename: [],
  id: [],
  name: ["name"],
  aliases: ["aliases"],
  role: ["role"],
  organisation: ["organisation"],
  sanctioned: ["sanctioned"],
  sanctionNote: ["sanctionNote"],
  state: ["stateId"],
  statements: [],
  summary: [],
};

/** The columns the Person fields named in `fields` read, or undefined (every column) when one is not listed above. */
export function personColumnsOfFields(fields: Iterable<string>): (keyof PersonView)[] | undefined {
  return columnsOfFields(FIELD_COLUMNS, fields);
}

/** The fields listed in FIELD_COLUMNS (for the test that compares each against whole rows). */
export const LISTED_PERSON_FIELDS: readonly string[] = Object.keys(FIELD_COLUMNS);
