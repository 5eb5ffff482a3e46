// What an introspection list holds, for pricing (query-cost.ts): the schema is known, so instead of the fixed
// estimate for plain lists each introspection list is priced at its mean size in this schema (types, directives:
// their number; a type's fields, interfaces, possible types, enum values, input fields: the total over all types
// divided by the number of types; a field's or directive's arguments likewise). Multiplied through the nesting,
// `__schema { types { fields { args } } }` is then priced at about what it returns, GraphiQL's introspection query
// stays well under the limits, and thirty aliases of the whole schema no longer pass as free.
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";

const sizes = new WeakMap<GraphQLSchema, Map<string, number>>();

function measure(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  let fields = 0;
  let fieldArgs = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  let enumValues = 0;
  let inputFields = 0;
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const own = Object.values(type.getFields());
      fields += own.length;
      for (const field of own) fieldArgs += field.args.length;
      interfaces += type.getInterfaces().length;
    }
    if (isInterfaceType(type)) possibleTypes += schema.getPossibleTypes(type).length;
    if (isEnumType(type)) enumValues += type.getValues().length;
    if (isInputObjectType(type)) inputFields += Object.keys(type.getFields()).length;
  }
  const perType = (total: number) => Math.max(1, Math.ceil(total / types.length));
  const directiveArgs = directives.reduce((total, directive) => total + directive.args.length, 0);
  return new Map([
    ["__Schema.types", types.length],
    ["__Schema.directives", directives.length],
    ["__Type.fields", perType(fields)],
    ["__Type.interfaces", perType(interfaces)],
    ["__Type.possibleTypes", perType(possibleTypes)],
    ["__Type.enumValues", perType(enumValues)],
    ["__Type.inputFields", perType(inputFields)],
    ["__Field.args", Math.max(1, Math.ceil(fieldArgs / Math.max(1, fields)))],
    ["__Directive.args", Math.max(1, Math.ceil(directiveArgs / Math.max(1, directives.length)))],
  ]);
}

/** The items the introspection list `parent.field` is priced at; undefined for any other field. */
export function introspectionListSize(schema: GraphQLSchema, parent: string, field: string): number | undefined {
  if (!parent.startsWith("__")) return undefined;
  let known = sizes.get(schema);
  if (!known) {
    known = measure(schema);
    sizes.set(schema, known);
  }
  return known.get(`${parent}.${field}`);
}
