// Topic slugs in filters become topic ids (each topic with its subtopics) before any list query, through the
// request's subtree loader, so list SQL compares ids with constants.
import type { GraphQLContext } from "../context.js";
import { loaders } from "./entity-loaders.js";

/** The ids of the topics with these slugs and of all their subtopics (unknown slugs are left out). */
export async function topicIdsForSlugs(context: GraphQLContext, slugs: string[]): Promise<number[]> {
  const subtrees = await loaders.topicSubtreeBySlug(context).loadMany(slugs.map((slug) => slug.trim().toLowerCase()));
  const ids = new Set<number>();
  for (const subtree of subtrees) {
    if (subtree instanceof Error) throw subtree;
    for (const id of subtree) ids.add(id);
  }
  return [...ids];
}
