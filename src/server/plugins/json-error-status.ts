// GraphQL over HTTP status codes for legacy `application/json` clients.
import type { ApolloServerPlugin } from "@apollo/server";
import type { EntenteContext } from "../entente-context.js";

const REQUEST_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "QUERY_TOO_LARGE"]);

/**
 * GraphQL over HTTP: a client that asked for plain `application/json` SHOULD get 200 for request errors
 * (parse, validation, variables); `application/graphql-response+json` clients keep the 400.
 */
export function jsonRequestErrorStatusPlugin(): ApolloServerPlugin<EntenteContext> {
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
