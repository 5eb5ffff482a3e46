// Shared by the tests that check a list reads only the columns its query shows (statement-columns, relation-columns):
// every field of a type with a selection of its value, and the two statement lists those fields are asked under.
import { getNamedType, isObjectType, type GraphQLObjectType } from "graphql";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";

/**
 * Each field of `type` with a selection of its value: the field alone for a scalar, its scalar fields (no arguments)
 * for an object type, after `__typename` when `typename` is set (so that an object with no scalar field is valid).
 */
export async function fieldSelections(type: string, typename = false): Promise<{ name: string; selection: string }[]> {
  const schema = await buildGraphQLSchema();
  const object = schema.getType(type) as GraphQLObjectType;
  return Object.values(object.getFields()).map((field) => {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return { name: field.name, selection: field.name };
    const scalars = Object.values(named.getFields()).filter((f) => !isObjectType(getNamedType(f.type)) && f.args.length === 0);
    const head = typename ? "__typename " : "";
    return { name: field.name, selection: `${field.name} { ${head}${scalars.map((f) => f.name).join(" ")} }` };
  });
}

/** A list and where its items are in the answer: the root list and one nested under a state. */
export const STATEMENT_LISTS = [
  {
    name: "root",
    wrap: (items: string) => `{ list: statements(first: 30) { nodes { ${items} } } }`,
    nodes: (d: any) => d.list.nodes,
  },
  {
    name: "nested",
    wrap: (items: string) =>
      `{ states(filter: { hasStatements: true }) { nodes { statements(first: 10) { nodes { ${items} } } } } }`,
    nodes: (d: any) => d.states.nodes.flatMap((s: any) => s.statements.nodes),
  },
];
