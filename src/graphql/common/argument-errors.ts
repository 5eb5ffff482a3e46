// Argument checks shared by the resolvers: malformed input becomes BAD_USER_INPUT naming the argument at fault.
import { GraphQLError } from "graphql";
import { expectGlobalId, type NodeTypeName } from "../relay/global-id.js";

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argumentName ? { argumentName } : {}) } });
}

/** An ISO 3166-1 code in upper case, or null when the text cannot be an alpha-2 or alpha-3 code. */
export function normaliseStateCode(code: string): string | null {
  const upper = code.trim().toUpperCase();
  return /^[A-Z]{2,3}$/.test(upper) ? upper : null;
}

/** Normalises state codes (alpha-2 or alpha-3, any case); rejects anything that cannot be a code. */
export function normaliseStateCodes(codes: string[], argumentName: string): string[] {
  return codes.map((code) => {
    const upper = normaliseStateCode(code);
    if (upper === null) {
      throw badUserInput(`"${code}" in ${argumentName} is not an ISO 3166-1 alpha-2 or alpha-3 code.`, argumentName);
    }
    return upper;
  });
}

export function globalIdsToKeys(ids: string[], type: NodeTypeName, argumentName: string): number[] {
  return ids.map((id) => expectGlobalId(id, type, argumentName));
}
