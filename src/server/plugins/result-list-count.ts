// Counts the list items of a response (the actual cost) by the operation's selections rather than by walking every
// object: only the response keys whose field has an object type are visited, so a 50,000-bucket timeline of scalars
// is counted by its length alone. Same answer as countListItems, which it falls back to where it cannot tell.
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isLeafType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { countListItems } from "./query-cost.js";

/** Response keys with an object type under one selection, each with the plan of its own selection; null: walk it. */
type Plan = Map<string, Plan | null>;

interface PlanContext {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
}

/** The selections of every field node under `selectionSet` on `parent`, fragments flattened, by response key. */
function collect(
  context: PlanContext,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  into: Map<string, { parent: GraphQLCompositeType; sets: SelectionSetNode[] } | null>,
  seen: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (!selection.selectionSet) continue; // a leaf: its value holds no list items
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : null;
      const type = fields?.[selection.name.value] ? getNamedType(fields[selection.name.value]!.type) : undefined;
      if (!type || isLeafType(type) || into.get(key) === null) {
        into.set(key, null); // introspection or something unexpected: count it the generic way
        continue;
      }
      const entry = into.get(key) ?? { parent: type, sets: [] };
      // Two fields under one response key on different types: merge their selections on the abstract one.
      if (entry.parent !== type) entry.parent = isAbstractType(entry.parent) ? entry.parent : type;
      entry.sets.push(selection.selectionSet);
      into.set(key, entry);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : context.fragments.get(selection.name.value);
    if (!fragment) continue;
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      if (seen.has(selection.name.value)) continue;
      seen.add(selection.name.value);
    }
    const condition = fragment.typeCondition ? context.schema.getType(fragment.typeCondition.name.value) : parent;
    collect(context, isCompositeType(condition) ? condition : parent, fragment.selectionSet, into, seen);
  }
}

function plan(context: PlanContext, parent: GraphQLCompositeType, sets: SelectionSetNode[]): Plan {
  const fields = new Map<string, { parent: GraphQLCompositeType; sets: SelectionSetNode[] } | null>();
  for (const set of sets) collect(context, parent, set, fields, new Set());
  const result: Plan = new Map();
  for (const [key, field] of fields) result.set(key, field ? plan(context, field.parent, field.sets) : null);
  return result;
}

function countByPlan(value: unknown, selection: Plan): number {
  if (typeof value !== "object" || value === null) return 0;
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    let count = typeof first === "object" && first !== null ? value.length : 0;
    if (selection.size === 0) return count; // objects of scalars only: nothing inside them to count
    for (let index = 0; index < value.length; index++) count += countByPlan(value[index], selection);
    return count;
  }
  const record = value as Record<string, unknown>;
  let count = 0;
  for (const [key, inner] of selection) {
    const child = record[key];
    if (typeof child !== "object" || child === null) continue;
    const items = inner ? countByPlan(child, inner) : countListItems(child);
    count += key === "edges" && Array.isArray(child) && Array.isArray(record.nodes) ? items - child.length : items;
  }
  return count;
}

const plans = new WeakMap<OperationDefinitionNode, Plan | null>();

/** List items in `data`, the result of `operation`; the plan is built once per parsed operation. */
export function countResultListItems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: unknown,
): number {
  let selection = plans.get(operation);
  if (selection === undefined) {
    const root = schema.getRootType(operation.operation);
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const context = { schema, fragments };
    selection = root ? plan(context, root, [operation.selectionSet]) : null;
    plans.set(operation, selection);
  }
  return selection ? countByPlan(data, selection) : countListItems(data);
}
