// Apollo Server with Entente's plugins: SQL tracing in extensions, masking of unexpected errors.
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import type { GraphQLContext } from "../graphql/context.js";
import type { SqlTrace } from "../db/sql-trace.js";
import type { Logger } from "./logger.js";

export interface EntenteContext extends GraphQLContext {
  sqlTrace: SqlTrace;
}

/** Adds `extensions.sql { queries, durationMs }` to responses: the SQL statements this request cost. */
function sqlTracePlugin(): ApolloServerPlugin<EntenteContext> {
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

const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Errors we did not raise on purpose are logged and replaced by a generic message: no SQL, paths or stacks leak. */
export function maskError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    logger.error({ err: original, path: formatted.path }, "unexpected error in GraphQL request");
    return {
      message: "Internal server error",
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

export function createApolloServer(options: {
  schema: GraphQLSchema;
  httpServer: Server;
  logger: Logger;
  sqlTrace: boolean;
  introspection: boolean;
}): ApolloServer<EntenteContext> {
  return new ApolloServer<EntenteContext>({
    schema: options.schema,
    introspection: options.introspection,
    formatError: maskError(options.logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      // Apollo's landing page loads from a CDN; Entente serves its own GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      ...(options.sqlTrace ? [sqlTracePlugin()] : []),
    ],
  });
}
