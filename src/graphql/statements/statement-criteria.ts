// Maps a StatementFilter to the data layer's criteria: codes, slugs and global IDs resolved to ids first (through
// request loaders), so the statement query sees constants. A condition naming only unknown states or topics
// matches nothing, as before (no error); malformed values are BAD_USER_INPUT.
import type { GraphQLContext } from "../context.js";
import type { StatementCriteria, StatementOrdering } from "../../db/queries/statements/statement-criteria.js";
import { stateIdsForCodes } from "../common/state-codes.js";
import { topicIdsForSlugs } from "../common/topic-slugs.js";
import { badUserInput, globalIdsToKeys } from "../common/argument-errors.js";
import { StatementOrderField, type StatementFilter, type StatementOrder } from "./statement-filter.js";

export async function toStatementCriteria(
  context: GraphQLContext,
  filter: StatementFilter | null | undefined,
): Promise<StatementCriteria> {
  if (!filter) return {};
  if (filter.search != null && !filter.search.trim()) throw badUserInput("`filter.search` must not be empty.", "filter.search");
  const codes = (list: string[] | null | undefined, argument: string) =>
    list?.length ? stateIdsForCodes(context, list, argument) : Promise.resolve(undefined);
  const [speakerStateIds, targetStateIds, allTargetStateIds, topics] = await Promise.all([
    codes(filter.speakerStates, "filter.speakerStates"),
    codes(filter.targetStates, "filter.targetStates"),
    codes(filter.targetStatesAll, "filter.targetStatesAll"),
    filter.topics?.length ? topicIdsForSlugs(context, filter.topics) : Promise.resolve(undefined),
  ]);
  const requestedAll = new Set(filter.targetStatesAll?.map((code) => code.trim().toUpperCase()) ?? []).size;
  const matchesNothing =
    speakerStateIds?.length === 0 ||
    targetStateIds?.length === 0 ||
    topics?.length === 0 ||
    (allTargetStateIds !== undefined && allTargetStateIds.length < requestedAll);
  return {
    matchesNothing,
    speakerIds: filter.speakers?.length ? globalIdsToKeys(filter.speakers, "Person", "filter.speakers") : undefined,
    speakerStateIds,
    targetStateIds,
    allTargetStateIds,
    topicIds: topics,
    articleIds: filter.articles?.length ? globalIdsToKeys(filter.articles, "Article", "filter.articles") : undefined,
    sentiment: filter.sentiment ?? undefined,
    sentimentLabels: filter.sentimentLabels ?? undefined,
    types: filter.types ?? undefined,
    kinds: filter.kinds ?? undefined,
    publishedAt: filter.publishedAt ?? undefined,
    search: filter.search?.trim() || undefined,
  };
}

export function toStatementOrdering(order: StatementOrder | null | undefined, fallback?: StatementOrdering): StatementOrdering {
  if (!order) return fallback ?? { field: "PUBLISHED_AT", direction: "DESC" };
  return { field: order.field ?? StatementOrderField.PUBLISHED_AT, direction: order.direction ?? "DESC" };
}
