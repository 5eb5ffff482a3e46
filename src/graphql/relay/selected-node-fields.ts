// Which fields a query asks of a connection's items (`nodes { … }` and `edges { node { … } }`), so that a list can
// read its items' to-one relations in its own SQL statement when, and only when, the query shows them.
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/** The fields of one selection set by name (not alias), through fragments; `@skip`/`@include` are not evaluated. */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visit: (field: FieldNode) => void,
  seen = new Set<string>(),
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) visit(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, fragments, visit, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, visit, seen);
    }
  }
}

// The same field of a list's parents shares its field nodes (graphql-js collects the fields of a list's items once),
// so one request walks each connection's selection once, however many parents it has.
const cache = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

/**
 * Names of the fields selected on the items of the connection being resolved. Over-approximate (a field under
 * `@skip(if: true)` counts): a relation read for nothing costs a join, never a wrong answer.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = cache.get(info.fieldNodes);
  if (names) return names;
  const found = new Set<string>();
  const addItemFields = (item: FieldNode) => fieldsOf(item.selectionSet, info.fragments, (field) => found.add(field.name.value));
  for (const connection of info.fieldNodes) {
    fieldsOf(connection.selectionSet, info.fragments, (field) => {
      if (field.name.value === "nodes") addItemFields(field);
      else if (field.name.value === "edges") {
        fieldsOf(field.selectionSet, info.fragments, (edgeField) => {
          if (edgeField.name.value === "node") addItemFields(edgeField);
        });
      }
    });
  }
  names = found;
  cache.set(info.fieldNodes, names);
  return names;
}
