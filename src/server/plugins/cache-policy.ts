// Cache-Control on GraphQL responses, decided once per operation instead of once per field.
// Apollo's cache control plugin hooks every field resolver to take the minimum of per-field @cacheControl hints.
// Entente's schema has no hints, so that walk always ends with the same answer (the default max-age for a query
// that resolves a root field) while costing a hook and a closure per resolved field: a few milliseconds of CPU
// for a page of a few hundred nested items. This plugin gives the same headers from the operation alone, and
// refuses to start on a schema that declares hints (they would need Apollo's per-field plugin back).
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  isInterfaceType,
  isObjectType,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { EntenteContext } from "../entente-context.js";

/** How long public query results may be cached: ingestion makes data change slowly, so a minute is safe. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

function hasCacheHint(node: ASTNode | null | undefined): boolean {
  const directives = node && "directives" in node ? node.directives : undefined;
  return directives?.some((directive) => directive.name.value === "cacheControl") ?? false;
}

/** Whether any type or field of the schema carries a @cacheControl hint. */
export function schemaHasCacheHints(schema: GraphQLSchema): boolean {
  return Object.values(schema.getTypeMap()).some((type) => {
    if (hasCacheHint(type.astNode) || type.extensionASTNodes.some(hasCacheHint)) return true;
    if (!isObjectType(type) && !isInterfaceType(type)) return false;
    return Object.values(type.getFields()).some((field) => hasCacheHint(field.astNode));
  });
}

function included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * Whether executing this selection resolves at least one root field of the schema: only those make a response
 * cacheable in Apollo's model (`__typename` and introspection are answered without a resolver).
 */
export function resolvesRootField(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
  seen = new Set<string>(),
): boolean {
  return selectionSet.selections.some((selection) => {
    if (!included(selection, variables)) return false;
    if (selection.kind === Kind.FIELD) return !selection.name.value.startsWith("__");
    if (selection.kind === Kind.INLINE_FRAGMENT) return resolvesRootField(selection.selectionSet, document, variables, seen);
    const name = selection.name.value;
    if (seen.has(name)) return false;
    seen.add(name);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && resolvesRootField(fragment.selectionSet, document, variables, seen);
  });
}

/**
 * Public queries are cacheable for a minute; requests with credentials only privately; mutations, errors and
 * operations that resolve nothing never (`no-store`). A Cache-Control header set earlier in the request is kept.
 */
export function cachePolicyPlugin(): ApolloServerPlugin<EntenteContext> {
  return {
    async serverWillStart({ schema }) {
      if (schemaHasCacheHints(schema)) {
        throw new Error(
          "The schema declares @cacheControl hints, which cache-policy.ts ignores: use Apollo's ApolloServerPluginCacheControl instead.",
        );
      }
    },
    async requestDidStart({ request }) {
      const withCredentials = Boolean(request.http?.headers.get("authorization"));
      return {
        async executionDidStart({ operation: resolved, document, overallCachePolicy }) {
          // Apollo starts execution even when no operation matched (it then answers OPERATION_RESOLUTION_FAILURE).
          const operation = resolved as OperationDefinitionNode | undefined;
          if (!operation) return;
          if (operation.operation !== "query") overallCachePolicy.restrict({ maxAge: 0 });
          else if (resolvesRootField(operation.selectionSet, document, request.variables ?? {})) {
            overallCachePolicy.restrict({ maxAge: PUBLIC_MAX_AGE_SECONDS, ...(withCredentials ? { scope: "PRIVATE" } : {}) });
          }
        },
        async willSendResponse({ response, overallCachePolicy }) {
          if (response.http.headers.has("cache-control")) return;
          const policy = overallCachePolicy.policyIfCacheable();
          const cacheable = policy && response.body.kind === "single" && !response.body.singleResult.errors;
          response.http.headers.set(
            "cache-control",
            cacheable ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : "no-store",
          );
        },
      };
    },
  };
}
