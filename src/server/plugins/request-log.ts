// One structured log line per GraphQL request: operation, duration, SQL statements, error codes.
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "../logger.js";
import type { EntenteContext } from "../entente-context.js";

export function requestLogPlugin(logger: Logger): ApolloServerPlugin<EntenteContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue, operation }) {
          const errors = response.body.kind === "single" ? (response.body.singleResult.errors ?? []) : [];
          logger.info(
            {
              operation: operation?.operation ?? null,
              operationName: request.operationName ?? operation?.name?.value ?? null,
              ms: Math.round(performance.now() - started),
              sqlQueries: contextValue.sqlTrace.queries,
              status: response.http.status ?? 200,
              ...(errors.length ? { errorCodes: [...new Set(errors.map((error) => error.extensions?.code ?? "UNKNOWN"))] } : {}),
            },
            "graphql request",
          );
        },
      };
    },
  };
}
