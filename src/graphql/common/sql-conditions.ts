// Small SQL building blocks shared by the list filters.
import { GraphQLError } from "graphql";
import { Prisma } from "../../generated/prisma/client.js";
import type { DateTimeRange, FloatRange } from "./ranges.js";
import { expectGlobalId, type NodeTypeName } from "../relay/global-id.js";

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argumentName ? { argumentName } : {}) } });
}

/** Normalises state codes (alpha-2 or alpha-3, any case); rejects anything that cannot be a code. */
export function normaliseStateCodes(codes: string[], argumentName: string): string[] {
  return codes.map((code) => {
    const upper = code.trim().toUpperCase();
    if (!/^[A-Z]{2,3}$/.test(upper)) {
      throw badUserInput(`"${code}" in ${argumentName} is not an ISO 3166-1 alpha-2 or alpha-3 code.`, argumentName);
    }
    return upper;
  });
}

export function globalIdsToKeys(ids: string[], type: NodeTypeName, argumentName: string): number[] {
  return ids.map((id) => expectGlobalId(id, type, argumentName));
}

export function rangeConditions(column: Prisma.Sql, range: FloatRange | null | undefined): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (range?.min != null) conditions.push(Prisma.sql`${column} >= ${range.min}`);
  if (range?.max != null) conditions.push(Prisma.sql`${column} <= ${range.max}`);
  return conditions;
}

export function timeRangeConditions(column: Prisma.Sql, range: DateTimeRange | null | undefined): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (range?.from) conditions.push(Prisma.sql`${column} >= ${range.from}::timestamp`);
  if (range?.to) conditions.push(Prisma.sql`${column} < ${range.to}::timestamp`);
  return conditions;
}

/** PostgreSQL full-text query from what a user types (quotes, OR, -exclusions work as on search engines). */
export function textQuery(search: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('english', ${search})`;
}
