// Which row columns the fields of an object type read, so that a list reads only the columns its query shows.
// Each type keeps its own table (statement-columns.ts, person-columns.ts, article-columns.ts); a field missing
// from its table makes the list read whole rows, so a field added to a type is never answered from a missing column.

/** Every field of a type (by name) with the columns its resolver reads from the row; the id is always read. */
export type FieldColumns<Column extends string> = Readonly<Record<string, readonly Column[]>>;

/** The columns that the fields named in `fields` read, or undefined (every column) when one is not in `table`. */
export function columnsOfFields<Column extends string>(
  table: FieldColumns<Column>,
  fields: Iterable<string>,
): Column[] | undefined {
  const columns = new Set<Column>();
  for (const field of fields) {
    const read = table[field];
    if (!read) return undefined;
    for (const column of read) columns.add(column);
  }
  return [...columns];
}
