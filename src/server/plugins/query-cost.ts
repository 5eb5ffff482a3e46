// Refuses oversized queries before they run (see src/graphql/query-cost.ts for the estimate).
import type { GraphQLSchema } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { EntenteContext } from "../entente-context.js";
import { MAX_REQUESTED_NODES, queryTooLargeError, requestedNodes } from "../../graphql/query-cost.js";

/** Refuses queries whose nested page sizes multiply past MAX_REQUESTED_NODES, before any SQL runs. */
export function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin<EntenteContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((definition) =>
              definition.kind === "FragmentDefinition" ? [[definition.name.value, definition]] : [],
            ),
          );
          const nodes = requestedNodes(schema, operation, fragments, request.variables ?? {});
          if (nodes > MAX_REQUESTED_NODES) throw queryTooLargeError(nodes);
        },
      };
    },
  };
}
