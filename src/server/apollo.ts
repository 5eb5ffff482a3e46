// Apollo Server with Entente's plugins: SQL tracing in extensions, masking of unexpected errors.
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import type { GraphQLContext } from "../graphql/context.js";
import type { SqlTrace } from "../db/sql-trace.js";
import type { Logger } from "./logger.js";
import { MAX_REQUESTED_NODES, queryTooLargeError, requestedNodes } from "../graphql/query-cost.js";

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

/** Refuses queries whose nested page sizes multiply past MAX_REQUESTED_NODES, before any SQL runs. */
function queryCostPlugin(schema: GraphQLSchema): ApolloServerPlugin<EntenteContext> {
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

const REQUEST_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "QUERY_TOO_LARGE"]);

/**
 * GraphQL over HTTP: a client that asked for plain `application/json` SHOULD get 200 for request errors
 * (parse, validation, variables); `application/graphql-response+json` clients keep the 400.
 */
function jsonRequestErrorStatusPlugin(): ApolloServerPlugin<EntenteContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== "single" || response.http.status !== 400) return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (!errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code)))) return;
          if ((request.http?.headers.get("accept") ?? "").includes("application/graphql-response+json")) return;
          response.http.status = 200;
          response.http.headers.set("content-type", "application/json; charset=utf-8");
        },
      };
    },
  };
}

/** Public reads are cacheable for a minute; requests with credentials only privately; mutations never. */
function cacheScopePlugin(): ApolloServerPlugin<EntenteContext> {
  return {
    async requestDidStart({ request }) {
      const withCredentials = Boolean(request.http?.headers.get("authorization"));
      return {
        async executionDidStart({ operation, overallCachePolicy }) {
          if (operation.operation !== "query") overallCachePolicy.restrict({ maxAge: 0 });
          else if (withCredentials) overallCachePolicy.restrict({ scope: "PRIVATE" });
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
  "QUERY_TOO_LARGE",
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
      // Cache-Control on GET/POST responses: ingestion makes data change slowly, so a minute is safe.
      queryCostPlugin(options.schema),
      ApolloServerPluginCacheControl({ defaultMaxAge: 60 }),
      cacheScopePlugin(),
      jsonRequestErrorStatusPlugin(),
      ...(options.sqlTrace ? [sqlTracePlugin()] : []),
    ],
  });
}
