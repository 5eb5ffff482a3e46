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

/** `column` holds the id of a state whose code is in `codes` (no extra round trip: a subquery). */
export function stateIdIn(column: Prisma.Sql, codes: string[]): Prisma.Sql {
  return Prisma.sql`${column} IN (SELECT "id" FROM "State" WHERE "code" = ANY(${codes}) OR "alpha3" = ANY(${codes}))`;
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

/** Ids of the topics named by slug and of all their descendants (a topic includes its subtopics). */
export function topicSubtreeIds(slugs: string[]): Prisma.Sql {
  return Prisma.sql`(
    WITH RECURSIVE subtree("id") AS (
      SELECT "id" FROM "Topic" WHERE "slug" = ANY(${slugs})
      UNION SELECT t."id" FROM "Topic" t JOIN subtree ON t."parentId" = subtree."id"
    ) SELECT "id" FROM subtree)`;
}

/** PostgreSQL full-text query from what a user types (quotes, OR, -exclusions work as on search engines). */
export function textQuery(search: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('english', ${search})`;
}
