// Prices a GraphQL operation before it runs: the number of list items it may return, multiplied through the
// nesting (GitHub's rule), with every kind of list priced: connections by `first`/`last`, `nodes(ids:)` by its ids,
// timelines by the buckets their range and granularity span, other object lists by a fixed estimate; a full-text
// search adds the rows it reads whatever its page size.
// Linear in the document's size: each named fragment is priced once and reused (a cost is linear in its
// multiplier), so nested fragment spreads cannot make the walk exponential. Introspection is priced too, by the
// schema's own sizes (introspection-sizes.ts): 30 aliases of `__schema` were free and took 74 ms of CPU.
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "./relay/paging-args.js";
import { introspectionListSize } from "./introspection-sizes.js";

/** At most this many list items in one request (100 states × 100 statements × 10 more is over). */
export const MAX_REQUESTED_NODES = 50_000;

/** Items a plain object list is assumed to hold when its size is not known before running (targets, topics…). */
const PLAIN_LIST_ESTIMATE = 10;
/** Buckets a sparse timeline (no `from`/`to`) is assumed to return: about ten years of data. */
const SPARSE_TIMELINE_BUCKETS: Record<string, number> = { DAY: 3_660, WEEK: 522, MONTH: 120, YEAR: 10 };
const BUCKET_SECONDS: Record<string, number> = { DAY: 86_400, WEEK: 604_800, MONTH: 2_629_746, YEAR: 31_556_952 };

/**
 * Rows a full-text search reads besides its page: a relevance order ranks the 500 newest matches
 * (RELEVANCE_CANDIDATES in the data layer), and `totalCount` counts every match from the text index.
 */
export const FULL_TEXT_SEARCH_COST = 500;
/** Input types whose `search` field is a full-text search (a state's `search` matches names and codes only). */
const FULL_TEXT_FILTERS = new Set(["StatementFilter", "ArticleFilter"]);

type Variables = Record<string, unknown>;

function resolveValue(value: ValueNode | undefined, variables: Variables): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
      return Number(value.value);
    case Kind.STRING:
    case Kind.ENUM:
      return value.value;
    case Kind.LIST:
      return value.values.map((item) => resolveValue(item, variables));
    case Kind.OBJECT:
      return Object.fromEntries(value.fields.map((field) => [field.name.value, resolveValue(field.value, variables)]));
    default:
      return undefined;
  }
}

function argumentsOf(field: FieldNode, variables: Variables): Record<string, unknown> {
  return Object.fromEntries((field.arguments ?? []).map((arg) => [arg.name.value, resolveValue(arg.value, variables)]));
}

function timelineBuckets(args: Record<string, unknown>): number {
  const granularity = typeof args.granularity === "string" ? args.granularity : "MONTH";
  const from = typeof args.from === "string" ? Date.parse(args.from) : NaN;
  const to = typeof args.to === "string" ? Date.parse(args.to) : NaN;
  if (Number.isNaN(from) || Number.isNaN(to)) return SPARSE_TIMELINE_BUCKETS[granularity] ?? SPARSE_TIMELINE_BUCKETS.DAY!;
  const seconds = BUCKET_SECONDS[granularity] ?? BUCKET_SECONDS.DAY!;
  return Math.max(1, Math.ceil(Math.max(0, to - from) / 1000 / seconds) + 1);
}

/** How many items a list-returning field asks for; 0 for fields that return one object or a scalar. */
function listSize(
  schema: GraphQLSchema,
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Variables,
): number {
  // A connection's `edges` and `nodes` hold the items its `first`/`last` already priced.
  if (parent.name.endsWith("Connection")) return 0;
  const introspected = introspectionListSize(schema, parent.name, field.name);
  if (introspected !== undefined) return introspected;
  const named = getNamedType(field.type);
  if (named.name.endsWith("Connection")) {
    const args = argumentsOf(node, variables);
    const size = typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : DEFAULT_PAGE_SIZE;
    return Math.max(0, size);
  }
  if (!isListType(getNullableType(field.type)) || !(isObjectType(named) || isInterfaceType(named))) return 0;
  const args = argumentsOf(node, variables);
  if (Array.isArray(args.ids)) return args.ids.length;
  if (field.name === "timeline") return timelineBuckets(args);
  return PLAIN_LIST_ESTIMATE;
}

/** FULL_TEXT_SEARCH_COST when the field's filter holds a full-text search, else 0. */
function searchCost(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables): number {
  const filterArgument = field.args.find((arg) => arg.name === "filter");
  if (!filterArgument || !FULL_TEXT_FILTERS.has(getNamedType(filterArgument.type).name)) return 0;
  const filterNode = node.arguments?.find((arg) => arg.name.value === "filter");
  const filter = resolveValue(filterNode?.value, variables);
  const search = typeof filter === "object" && filter !== null ? (filter as { search?: unknown }).search : undefined;
  return typeof search === "string" && search.trim() ? FULL_TEXT_SEARCH_COST : 0;
}

/** Fills in variables the request left out with the defaults its operation declares. */
function withDefaults(operation: OperationDefinitionNode, variables: Variables): Variables {
  const merged: Variables = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (merged[name] === undefined && definition.defaultValue) merged[name] = resolveValue(definition.defaultValue, {});
  }
  return merged;
}

/**
 * The number of list items an operation may return, at most; computed in time linear in the document.
 * `onVariableRead` is told each time the price looks at a variable's value (the request's or its default).
 */
export function requestedNodes(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Variables = {},
  onVariableRead?: () => void,
): number {
  const merged = withDefaults(operation, variables);
  const values = onVariableRead
    ? new Proxy(merged, {
        get(target, name) {
          onVariableRead();
          return Reflect.get(target, name);
        },
      })
    : merged;
  const fragmentCosts = new Map<string, number>();
  const pricing = new Set<string>();

  const priceFragment = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments[name];
    // Unknown or cyclic spreads are refused by validation; here they simply cost nothing.
    if (!fragment || pricing.has(name)) return 0;
    pricing.add(name);
    const cost = price(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    pricing.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  function price(selectionSet: SelectionSetNode | undefined, parent: GraphQLNamedType | null | undefined): number {
    if (!selectionSet || !parent) return 0;
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        total += priceFragment(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += price(selection.selectionSet, type);
      } else if (isObjectType(parent) || isInterfaceType(parent)) {
        const field = fieldOf(parent, selection.name.value);
        if (!field) continue;
        const size = listSize(schema, parent, field, selection, values);
        const inner = price(selection.selectionSet, getNamedType(field.type));
        total += (size > 0 ? size + size * inner : inner) + searchCost(field, selection, values);
      }
    }
    return total;
  }

  // The introspection entry points are no field of the query type's own.
  const fieldOf = (parent: GraphQLObjectType | GraphQLInterfaceType, name: string): GraphQLField<unknown, unknown> | undefined =>
    parent.getFields()[name] ??
    (parent === schema.getQueryType() && name === "__schema"
      ? SchemaMetaFieldDef
      : parent === schema.getQueryType() && name === "__type"
        ? TypeMetaFieldDef
        : undefined);

  const root =
    operation.operation === "mutation"
      ? schema.getMutationType()
      : operation.operation === "subscription"
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return price(operation.selectionSet, root);
}

/** The fragments of a document by name. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

// Prices of operations whose price reads no variable (none declared, or only ones that are no page size, ids,
// timeline range or search, such as a point lookup's id): they depend on the document alone, and the server hands
// the same parsed document to every request with the same text (Apollo's document cache), so each is priced once.
// `nodes` null: the price reads variables, and is computed for every request.
const knownPrices = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; nodes: number | null }>();

/** `requestedNodes` of an operation of `document`, remembered for operations whose price reads no variable. */
export function operationNodes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const known = knownPrices.get(operation);
  if (known?.schema === schema) {
    return known.nodes ?? requestedNodes(schema, operation, fragmentsOf(document), variables);
  }
  // The first time, find out whether the price depends on the variables: the walk is the same whatever their
  // values unless it reads one.
  let readsVariables = false;
  const nodes = requestedNodes(schema, operation, fragmentsOf(document), variables, () => (readsVariables = true));
  knownPrices.set(operation, { schema, nodes: readsVariables ? null : nodes });
  return nodes;
}

export function queryTooLargeError(nodes: number, limit = MAX_REQUESTED_NODES): GraphQLError {
  return new GraphQLError(
    `This query may return up to ${nodes.toLocaleString("en")} objects; the limit is ${limit.toLocaleString("en")}. Ask for smaller pages (first/last) in nested connections, shorter timelines, or fewer aliases.`,
    { extensions: { code: "QUERY_TOO_LARGE", requestedNodes: nodes, maxNodes: limit, http: { status: 400 } } },
  );
}
