// GRAPHQL_SQL_TRACE=1: every response tells how many SQL statements it cost.
import type { ApolloServerPlugin } from "@apollo/server";
import type { EntenteContext } from "../entente-context.js";

/** Adds `extensions.sql { queries, durationMs }` to responses: the SQL statements this request cost. */
export function sqlTracePlugin(): ApolloServerPlugin<EntenteContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            sql: { queries: contextValue.sqlTrace.queries, durationMs: Math.round(contextValue.sqlTrace.durationMs * 100) / 100 },
          };
        },
      };
    },
  };
}
