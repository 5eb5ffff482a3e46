// State codes in filters become state ids before any list query, through the request's state loader (one
// lookup per request, shared by every filter), so list SQL compares ids with constants.
import type { GraphQLContext } from "../context.js";
import { loaders } from "./entity-loaders.js";
import { normaliseStateCodes } from "./argument-errors.js";

/** The ids of the states with these codes (malformed codes are BAD_USER_INPUT; unknown ones are left out). */
export async function stateIdsForCodes(context: GraphQLContext, codes: string[], argumentName: string): Promise<number[]> {
  const states = await loaders.stateByCode(context).loadMany(normaliseStateCodes(codes, argumentName));
  const ids = new Set<number>();
  for (const state of states) {
    if (state instanceof Error) throw state;
    if (state) ids.add(state.id);
  }
  return [...ids];
}
