// Estimates how many objects a query may return by multiplying connection page sizes through the
// nesting (GitHub's rule), so that one request cannot ask for millions of rows.
import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "./relay/paging-args.js";

/** At most this many connection nodes in one request (100 states × 100 statements × 10 more is over). */
export const MAX_REQUESTED_NODES = 50_000;

function argumentValue(value: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!value) return null;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const variable = variables[value.name.value];
    return typeof variable === "number" ? variable : null;
  }
  return null;
}

export function requestedNodes(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  let total = 0;
  const walk = (
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLNamedType | null | undefined,
    multiplier: number,
    seen: Set<string>,
  ) => {
    if (!selectionSet || !parent) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        walk(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value),
          multiplier,
          new Set([...seen, fragment.name.value]),
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(
          selection.selectionSet,
          selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent,
          multiplier,
          seen,
        );
      } else if (isObjectType(parent) || isInterfaceType(parent)) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const type = getNamedType(field.type);
        let factor = 1;
        if (type.name.endsWith("Connection")) {
          const args = Object.fromEntries((selection.arguments ?? []).map((arg) => [arg.name.value, arg.value]));
          factor = argumentValue(args.first, variables) ?? argumentValue(args.last, variables) ?? DEFAULT_PAGE_SIZE;
          total += multiplier * factor;
        }
        walk(selection.selectionSet, type, multiplier * factor, seen);
      }
    }
  };
  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  walk(operation.selectionSet, root, 1, new Set());
  return total;
}

export function queryTooLargeError(nodes: number): GraphQLError {
  return new GraphQLError(
    `This query may return up to ${nodes.toLocaleString("en")} objects; the limit is ${MAX_REQUESTED_NODES.toLocaleString("en")}. Ask for smaller pages (first/last) in nested connections.`,
    { extensions: { code: "QUERY_TOO_LARGE", requestedNodes: nodes, maxNodes: MAX_REQUESTED_NODES, http: { status: 400 } } },
  );
}
