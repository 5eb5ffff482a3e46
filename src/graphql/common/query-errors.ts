// Maps data-layer errors to GraphQL errors: a bad argument becomes BAD_USER_INPUT naming it; anything else is
// left as is (and masked as INTERNAL_SERVER_ERROR by the server).
import { GraphQLError } from "graphql";
import { InvalidQueryArgumentError } from "../../db/queries/query-errors.js";

export function toGraphQLError(error: unknown): unknown {
  if (error instanceof InvalidQueryArgumentError) {
    return new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT", argumentName: error.argumentName } });
  }
  return error;
}
