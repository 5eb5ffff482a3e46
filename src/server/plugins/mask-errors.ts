// Error masking: expected errors keep their code and message, anything else becomes INTERNAL_SERVER_ERROR.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "../logger.js";
import { isStatementTimeout } from "../../db/driver-errors.js";

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
  "THROTTLED",
  "QUERY_TIMEOUT",
  "SERVER_BUSY",
  "CLIENT_CLOSED_REQUEST",
]);

/** Errors we did not raise on purpose are logged and replaced by a generic message: no SQL, paths or stacks leak. */
export function maskError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Apollo's own request errors without a code (e.g. "provided sha does not match query") carry a 4xx status:
    // the client's mistake, said as a bad request rather than masked as an internal error.
    const status =
      error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
    if (error instanceof GraphQLError && !error.originalError && status !== undefined && status >= 400 && status < 500) {
      return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (isStatementTimeout(original)) {
      logger.warn({ path: formatted.path }, "query cancelled by the statement timeout");
      return {
        message: "The query took too long and was cancelled; narrow its filters or ask for smaller pages.",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "QUERY_TIMEOUT" },
      };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error in GraphQL request");
    return {
      message: "Internal server error",
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
