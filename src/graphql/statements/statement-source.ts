// Compiles a StatementFilter and StatementOrder into SQL for the keyset pager.
import { Prisma } from "../../generated/prisma/client.js";
import {
  badUserInput,
  globalIdsToKeys,
  normaliseStateCodes,
  rangeConditions,
  stateIdIn,
  textQuery,
  timeRangeConditions,
  topicSubtreeIds,
} from "../common/sql-conditions.js";
import type { KeysetSource, SortSpec } from "../relay/keyset-page.js";
import { StatementOrderField, type StatementFilter, type StatementOrder } from "./statement-filter.js";

/** Which statements a nested connection lists for each parent. */
export type StatementScope =
  | { kind: "all" }
  | { kind: "speakerState" }
  | { kind: "targetState" }
  | { kind: "speaker" }
  | { kind: "article" }
  | { kind: "topic" };

export function statementConditions(filter: StatementFilter | null | undefined): Prisma.Sql[] {
  if (!filter) return [];
  const conditions: Prisma.Sql[] = [];
  if (filter.speakers?.length) {
    conditions.push(Prisma.sql`s."speakerId" = ANY(${globalIdsToKeys(filter.speakers, "Person", "filter.speakers")})`);
  }
  if (filter.speakerStates?.length) {
    conditions.push(stateIdIn(Prisma.sql`s."speakerStateId"`, normaliseStateCodes(filter.speakerStates, "filter.speakerStates")));
  }
  if (filter.targetStates?.length) {
    const codes = normaliseStateCodes(filter.targetStates, "filter.targetStates");
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "StatementTarget" ft WHERE ft."statementId" = s."id" AND ${stateIdIn(Prisma.sql`ft."stateId"`, codes)})`,
    );
  }
  if (filter.targetStatesAll?.length) {
    const codes = [...new Set(normaliseStateCodes(filter.targetStatesAll, "filter.targetStatesAll"))];
    conditions.push(Prisma.sql`(SELECT COUNT(*) FROM "StatementTarget" ft JOIN "State" fs ON fs."id" = ft."stateId"
      WHERE ft."statementId" = s."id" AND (fs."code" = ANY(${codes}) OR fs."alpha3" = ANY(${codes}))) = ${codes.length}`);
  }
  if (filter.topics?.length) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" fst WHERE fst."statementId" = s."id" AND fst."topicId" IN ${topicSubtreeIds(filter.topics)})`,
    );
  }
  conditions.push(...rangeConditions(Prisma.sql`s."sentimentScore"`, filter.sentiment));
  if (filter.sentimentLabels?.length) {
    conditions.push(Prisma.sql`s."sentimentLabel"::text = ANY(${filter.sentimentLabels})`);
  }
  if (filter.types?.length) conditions.push(Prisma.sql`s."type"::text = ANY(${filter.types})`);
  if (filter.kinds?.length) conditions.push(Prisma.sql`s."kind"::text = ANY(${filter.kinds})`);
  conditions.push(...timeRangeConditions(Prisma.sql`s."publishedAt"`, filter.publishedAt));
  if (filter.articles?.length) {
    conditions.push(Prisma.sql`s."articleId" = ANY(${globalIdsToKeys(filter.articles, "Article", "filter.articles")})`);
  }
  if (filter.search != null) {
    if (!filter.search.trim()) throw badUserInput("`filter.search` must not be empty.", "filter.search");
    conditions.push(Prisma.sql`to_tsvector('english', s."text") @@ ${textQuery(filter.search)}`);
  }
  return conditions;
}

export function statementSource(scope: StatementScope, filter: StatementFilter | null | undefined): KeysetSource {
  const search = filter?.search?.trim();
  const snippet = search
    ? Prisma.sql`ts_headline('english', s."text", ${textQuery(search)}, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8') AS "snippet"`
    : Prisma.sql`NULL::text AS "snippet"`;
  const base = { select: Prisma.sql`s.*, ${snippet}`, id: Prisma.sql`s."id"`, where: statementConditions(filter) };
  switch (scope.kind) {
    case "all":
      return { ...base, from: Prisma.sql`"Statement" s` };
    case "speakerState":
      return { ...base, from: Prisma.sql`"Statement" s`, partitionBy: Prisma.sql`s."speakerStateId"` };
    case "speaker":
      return { ...base, from: Prisma.sql`"Statement" s`, partitionBy: Prisma.sql`s."speakerId"` };
    case "article":
      return { ...base, from: Prisma.sql`"Statement" s`, partitionBy: Prisma.sql`s."articleId"` };
    case "targetState":
      return {
        ...base,
        from: Prisma.sql`"Statement" s JOIN "StatementTarget" scope ON scope."statementId" = s."id"`,
        partitionBy: Prisma.sql`scope."stateId"`,
      };
    case "topic":
      // A topic lists the statements of its whole subtree, each statement once.
      return {
        ...base,
        from: Prisma.sql`"Statement" s CROSS JOIN "Topic" scope`,
        partitionBy: Prisma.sql`scope."id"`,
        where: [
          ...base.where,
          Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" sst WHERE sst."statementId" = s."id" AND sst."topicId" IN (
            WITH RECURSIVE subtree("id") AS (
              SELECT scope."id" UNION SELECT t."id" FROM "Topic" t JOIN subtree ON t."parentId" = subtree."id"
            ) SELECT "id" FROM subtree))`,
        ],
      };
  }
}

export function statementSort(order: StatementOrder | null | undefined, filter: StatementFilter | null | undefined): SortSpec {
  const direction = order?.direction ?? "DESC";
  switch (order?.field ?? StatementOrderField.PUBLISHED_AT) {
    case StatementOrderField.PUBLISHED_AT:
      return { expression: Prisma.sql`s."publishedAt"`, kind: "date", direction };
    case StatementOrderField.SENTIMENT:
      return { expression: Prisma.sql`s."sentimentScore"`, kind: "number", direction };
    case StatementOrderField.GOLDSTEIN:
      return { expression: Prisma.sql`s."goldstein"`, kind: "number", direction };
    case StatementOrderField.RELEVANCE: {
      const search = filter?.search?.trim();
      if (!search) throw badUserInput("Ordering by RELEVANCE needs `filter.search`.", "orderBy");
      return {
        // Rounded so that the cursor value compares equal to the recomputed rank.
        expression: Prisma.sql`round(ts_rank(to_tsvector('english', s."text"), ${textQuery(search)})::numeric, 6)::float8`,
        kind: "number",
        direction,
      };
    }
  }
}
