// State codes in filters become state ids before any list query, through a process-wide map of the codes
// (state-ids-by-code.ts): states are reference data, so the common case costs no SQL statement at all.
import type { GraphQLContext } from "../context.js";
import { stateIdsByCode } from "../../db/queries/states/state-ids-by-code.js";
import { normaliseStateCodes } from "./argument-errors.js";

/** The ids of the states with these codes (malformed codes are BAD_USER_INPUT; unknown ones are left out). */
export async function stateIdsForCodes(context: GraphQLContext, codes: string[], argumentName: string): Promise<number[]> {
  const ids = await stateIdsByCode(context.prisma, normaliseStateCodes(codes, argumentName));
  return [...new Set(ids.filter((id): id is number => id !== undefined))];
}
