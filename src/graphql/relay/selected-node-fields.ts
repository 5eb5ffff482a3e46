// Which fields a query asks of a connection's items (`nodes { … }` and `edges { node { … } }`), or of the object a
// field returns, so that a list or a point lookup can read its rows' to-one relations in its own SQL statement when,
// and only when, the query shows them, and only the columns it shows.
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

/** Calls `visit` with each field selected on the items of the connection being resolved. */
function itemFields(info: GraphQLResolveInfo, visit: (field: FieldNode) => void): void {
  const addItemFields = (item: FieldNode) => fieldsOf(item.selectionSet, info.fragments, visit);
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
}

// The same field of a list's parents shares its field nodes (graphql-js collects the fields of a list's items once),
// so one request walks each connection's selection once, however many parents it has.
const cache = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();
const subfieldCache = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

/**
 * Names of the fields selected on the items of the connection being resolved. Over-approximate (a field under
 * `@skip(if: true)` counts): a relation read for nothing costs a join, never a wrong answer.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = cache.get(info.fieldNodes);
  if (names) return names;
  const found = new Set<string>();
  itemFields(info, (field) => found.add(field.name.value));
  names = found;
  cache.set(info.fieldNodes, names);
  return names;
}

/**
 * Names of the fields selected inside the items' field `name` (`speaker { name role }` → name, role), under all
 * its aliases; over-approximate as selectedNodeFields is. Lets a list read only the columns of a to-one relation
 * that the query shows.
 */
export function selectedNodeSubfields(info: GraphQLResolveInfo, name: string): ReadonlySet<string> {
  let byName = subfieldCache.get(info.fieldNodes);
  if (!byName) subfieldCache.set(info.fieldNodes, (byName = new Map()));
  let names = byName.get(name);
  if (names) return names;
  const found = new Set<string>();
  itemFields(info, (field) => {
    if (field.name.value === name) fieldsOf(field.selectionSet, info.fragments, (subfield) => found.add(subfield.name.value));
  });
  names = found;
  byName.set(name, names);
  return names;
}

/** The fields a query selects on some objects (a connection's items, a point lookup's object): names, not aliases. */
export interface Selection {
  fields: ReadonlySet<string>;
  /** The fields selected inside the objects' field `name`. */
  subfields(name: string): ReadonlySet<string>;
}

/** What the query selects on the items of the connection being resolved. */
export function nodeSelection(info: GraphQLResolveInfo): Selection {
  return { fields: selectedNodeFields(info), subfields: (name) => selectedNodeSubfields(info, name) };
}

const objectCache = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();
const objectSubfieldCache = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

/** What the query selects on the object the field being resolved returns (`statement(id:) { text speaker { name } }`). */
export function objectSelection(info: GraphQLResolveInfo): Selection {
  const visitFields = (visit: (field: FieldNode) => void) => {
    for (const node of info.fieldNodes) fieldsOf(node.selectionSet, info.fragments, visit);
  };
  let fields = objectCache.get(info.fieldNodes);
  if (!fields) {
    const found = new Set<string>();
    visitFields((field) => found.add(field.name.value));
    objectCache.set(info.fieldNodes, (fields = found));
  }
  let byName = objectSubfieldCache.get(info.fieldNodes);
  if (!byName) objectSubfieldCache.set(info.fieldNodes, (byName = new Map()));
  const subfieldsOf = byName;
  return {
    fields,
    subfields: (name) => {
      let names = subfieldsOf.get(name);
      if (names) return names;
      const found = new Set<string>();
      visitFields((field) => {
        if (field.name.value === name) fieldsOf(field.selectionSet, info.fragments, (subfield) => found.add(subfield.name.value));
      });
      subfieldsOf.set(name, (names = found));
      return names;
    },
  };
}
