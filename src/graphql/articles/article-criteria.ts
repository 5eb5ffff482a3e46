// Maps an ArticleFilter and ArticleOrder to the data layer's criteria: state codes, topic slugs and global IDs
// resolved to ids first (through request loaders); malformed values are BAD_USER_INPUT.
import type { GraphQLContext } from "../context.js";
import type { ArticleCriteria, ArticleOrdering } from "../../db/queries/articles/article-source.js";
import { badUserInput, globalIdsToKeys } from "../common/argument-errors.js";
import { stateIdsForCodes } from "../common/state-codes.js";
import { topicIdsForSlugs } from "../common/topic-slugs.js";
import { ArticleOrderField, type ArticleFilter, type ArticleOrder } from "./article-filter.js";

export async function toArticleCriteria(
  context: GraphQLContext,
  filter: ArticleFilter | null | undefined,
): Promise<ArticleCriteria> {
  if (!filter) return {};
  const search = filter.search?.trim();
  if (filter.search != null && !search) throw badUserInput("`filter.search` must not be empty.", "filter.search");
  const [stateIds, topicIds] = await Promise.all([
    filter.states?.length ? stateIdsForCodes(context, filter.states, "filter.states") : undefined,
    filter.topics?.length ? topicIdsForSlugs(context, filter.topics) : undefined,
  ]);
  return {
    search: search || undefined,
    stateIds,
    personIds: filter.people?.length ? globalIdsToKeys(filter.people, "Person", "filter.people") : undefined,
    topicIds,
    sources: filter.sources?.length ? filter.sources : undefined,
    publishedAt: filter.publishedAt ?? undefined,
  };
}

export function toArticleOrdering(order: ArticleOrder | null | undefined): ArticleOrdering {
  return { field: order?.field ?? ArticleOrderField.PUBLISHED_AT, direction: order?.direction ?? "DESC" };
}
