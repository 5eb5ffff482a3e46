// The counterpart states of many states at once with the relation aggregates (State.relations), as a subquery
// r("selfId", "id", measures…) for the keyset pager. Unfiltered it reads StateDyad; filtered by statement types
// and/or a time range with UTC-midnight bounds it sums StateDyadDaily (with types) or StateDyadDay (without); any
// other filter (topics, speakers, search, sentiment…) cannot be expressed by the rollups, so those relations are
// aggregated from the statements.
import { Prisma } from "../../../generated/prisma/client.js";
import type { KeysetSource, SortSpec } from "../keyset/keyset-pages.js";
import { statementConditions } from "../statements/statement-conditions.js";
import type { StatementCriteria } from "../statements/statement-criteria.js";
import { dyadMeasures, type RelationStats } from "./relation-queries.js";
import { isDayAligned, withinWindow } from "./time-window.js";

export type RelationsFilter =
  | { kind: "none" }
  | { kind: "daily"; types: string[] | null; from: Date | null; to: Date | null }
  | { kind: "statements"; criteria: StatementCriteria };

export type RelationsOrderField = "STATEMENT_COUNT" | "AVERAGE_SENTIMENT" | "AVERAGE_GOLDSTEIN";

/** A row of State.relations: the state it belongs to (`selfId`), the counterpart (`id`) and the aggregates. */
export type StateRelationRow = RelationStats & { id: number; selfId: number };

/** Which rollup can answer for these criteria: none given, only types and a day-aligned time range, or anything else. */
export function relationsFilterFor(criteria: StatementCriteria): RelationsFilter {
  if (criteria.matchesNothing) return { kind: "statements", criteria };
  const given = Object.entries(criteria).filter(
    ([name, value]) => name !== "matchesNothing" && value != null && !(Array.isArray(value) && !value.length),
  );
  if (!given.length) return { kind: "none" };
  const range = criteria.publishedAt ?? null;
  if (given.every(([name]) => name === "types" || name === "publishedAt") && isDayAligned(range)) {
    return {
      kind: "daily",
      types: criteria.types?.length ? criteria.types : null,
      from: range?.from ?? null,
      to: range?.to ?? null,
    };
  }
  return { kind: "statements", criteria };
}

/** Aggregates of statements `s` joined to their targets `t`, under the names RelationStats uses. */
const STATEMENT_MEASURES = Prisma.sql`COUNT(*)::int AS "statementCount",
  AVG(s."sentimentScore")::float8 AS "averageSentiment",
  (COUNT(*) FILTER (WHERE s."sentimentLabel" = 'NEGATIVE'))::int AS "negative",
  (COUNT(*) FILTER (WHERE s."sentimentLabel" = 'NEUTRAL'))::int AS "neutral",
  (COUNT(*) FILTER (WHERE s."sentimentLabel" = 'POSITIVE'))::int AS "positive",
  AVG(s."goldstein")::float8 AS "averageGoldstein"`;

export function relationsAggregate(direction: "OUTGOING" | "INCOMING", filter: RelationsFilter): Prisma.Sql {
  const outgoing = direction === "OUTGOING";
  switch (filter.kind) {
    case "none": {
      const [self, other] = outgoing ? ['"sourceStateId"', '"targetStateId"'] : ['"targetStateId"', '"sourceStateId"'];
      return Prisma.sql`(SELECT d.${Prisma.raw(self)} AS "selfId", d.${Prisma.raw(other)} AS "id", ${dyadMeasures("d", false)}
        FROM "StateDyad" d WHERE d."statementCount" > 0 AND d."sourceStateId" <> d."targetStateId")`;
    }
    case "daily": {
      const [self, other] = outgoing ? ['"sourceStateId"', '"targetStateId"'] : ['"targetStateId"', '"sourceStateId"'];
      const types = filter.types?.length ? Prisma.sql`AND d."type"::text = ANY(${filter.types})` : Prisma.empty;
      return Prisma.sql`(SELECT d.${Prisma.raw(self)} AS "selfId", d.${Prisma.raw(other)} AS "id", ${dyadMeasures("d", true)}
        FROM ${Prisma.raw(filter.types?.length ? '"StateDyadDaily"' : '"StateDyadDay"')} d
        WHERE d."sourceStateId" <> d."targetStateId" ${types}
        ${withinWindow(Prisma.sql`d."day"`, filter)}
        GROUP BY 1, 2 HAVING SUM(d."statementCount") > 0)`;
    }
    case "statements": {
      const [self, other] = outgoing
        ? [Prisma.sql`s."speakerStateId"`, Prisma.sql`t."stateId"`]
        : [Prisma.sql`t."stateId"`, Prisma.sql`s."speakerStateId"`];
      const where = statementConditions(filter.criteria);
      const conditions = where.length ? Prisma.sql`AND ${Prisma.join(where, " AND ")}` : Prisma.empty;
      return Prisma.sql`(SELECT ${self} AS "selfId", ${other} AS "id", ${STATEMENT_MEASURES}
        FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s."id"
        WHERE s."speakerStateId" IS NOT NULL AND s."speakerStateId" <> t."stateId" ${conditions}
        GROUP BY 1, 2)`;
    }
  }
}

/** The counterpart states of many states at once, with the relation aggregates, as a nested keyset source. */
export function stateRelationsSource(direction: "OUTGOING" | "INCOMING", criteria: StatementCriteria): KeysetSource {
  return {
    select: Prisma.sql`r.*`,
    from: Prisma.sql`${relationsAggregate(direction, relationsFilterFor(criteria))} r`,
    id: Prisma.sql`r."id"`,
    where: [],
    parent: (keys) => Prisma.sql`r."selfId" = ${keys[0]!}`,
  };
}

export function stateRelationsSort(field: RelationsOrderField, direction: "ASC" | "DESC"): SortSpec {
  switch (field) {
    case "STATEMENT_COUNT":
      return { expression: Prisma.sql`r."statementCount"::float8`, kind: "number", direction };
    case "AVERAGE_SENTIMENT":
      return { expression: Prisma.sql`round(r."averageSentiment"::numeric, 9)::float8`, kind: "number", direction };
    case "AVERAGE_GOLDSTEIN":
      return { expression: Prisma.sql`round(r."averageGoldstein"::numeric, 9)::float8`, kind: "number", direction };
  }
}
