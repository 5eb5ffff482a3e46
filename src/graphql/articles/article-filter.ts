import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { Prisma } from "../../generated/prisma/client.js";
import { DateTimeRange } from "../common/ranges.js";
import { OrderDirection } from "../relay/order-direction.js";
import type { KeysetSource, SortSpec } from "../../db/queries/keyset/keyset-pages.js";
import type { GraphQLContext } from "../context.js";
import { badUserInput, globalIdsToKeys, textQuery, timeRangeConditions } from "../common/sql-conditions.js";
import { stateIdsForCodes } from "../common/state-codes.js";
import { loaders } from "../common/entity-loaders.js";

/** The searchable text of an article: title weighted above body. Matches the GIN index expression. */
export const ARTICLE_DOCUMENT = Prisma.sql`(setweight(to_tsvector('english', a."title"), 'A') || setweight(to_tsvector('english', a."body"), 'B'))`;

@InputType({ description: "Conditions on articles; all given conditions must hold." })
export class ArticleFilter {
  @Field(() => String, {
    nullable: true,
    description: "Full-text search in title and body (web-search syntax). Fills `Article.snippet`.",
  })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: "Mentions any of these states (ISO codes)." })
  states?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Mentions any of these people (Person IDs)." })
  people?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Has a statement tagged with any of these topics (slugs, subtopics included).",
  })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Published by any of these outlets (exact names)." })
  sources?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true, description: "Published within this time range." })
  publishedAt?: DateTimeRange | null;
}

export enum ArticleOrderField {
  PUBLISHED_AT = "PUBLISHED_AT",
  RELEVANCE = "RELEVANCE",
}

registerEnumType(ArticleOrderField, {
  name: "ArticleOrderField",
  description: "Fields articles can be ordered by.",
  valuesConfig: {
    PUBLISHED_AT: { description: "Publication time." },
    RELEVANCE: { description: "Full-text search rank; needs `filter.search`." },
  },
});

@InputType({ description: "Ordering of articles; the id breaks ties." })
export class ArticleOrder {
  @Field(() => ArticleOrderField, { description: "What to order by." })
  field!: ArticleOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: "Direction (default DESC)." })
  direction!: OrderDirection;
}

export async function articleSource(context: GraphQLContext, filter: ArticleFilter | null | undefined): Promise<KeysetSource> {
  const where: Prisma.Sql[] = [];
  const search = filter?.search?.trim();
  if (filter?.search != null && !search) throw badUserInput("`filter.search` must not be empty.", "filter.search");
  if (search) where.push(Prisma.sql`${ARTICLE_DOCUMENT} @@ ${textQuery(search)}`);
  if (filter?.states?.length) {
    const ids = await stateIdsForCodes(context, filter.states, "filter.states");
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleStateMention" m WHERE m."articleId" = a."id" AND m."stateId" = ANY(${ids}::int[]))`,
    );
  }
  if (filter?.people?.length) {
    const ids = globalIdsToKeys(filter.people, "Person", "filter.people");
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticlePersonMention" m WHERE m."articleId" = a."id" AND m."personId" = ANY(${ids}))`,
    );
  }
  if (filter?.topics?.length) {
    const subtrees = await loaders.topicSubtreeBySlug(context).loadMany(filter.topics.map((slug) => slug.trim().toLowerCase()));
    const topicIds = [...new Set(subtrees.flatMap((ids) => (ids instanceof Error ? [] : ids)))];
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Statement" ts JOIN "StatementTopic" tt ON tt."statementId" = ts."id"
      WHERE ts."articleId" = a."id" AND tt."topicId" = ANY(${topicIds}::int[]))`);
  }
  if (filter?.sources?.length) where.push(Prisma.sql`a."source" = ANY(${filter.sources})`);
  where.push(...timeRangeConditions(Prisma.sql`a."publishedAt"`, filter?.publishedAt));
  const snippet = search
    ? Prisma.sql`ts_headline('english', a."body", ${textQuery(search)}, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS "snippet"`
    : Prisma.sql`NULL::text AS "snippet"`;
  return { select: Prisma.sql`a.*, ${snippet}`, from: Prisma.sql`"Article" a`, id: Prisma.sql`a."id"`, where };
}

export function articleSort(order: ArticleOrder | null | undefined, filter: ArticleFilter | null | undefined): SortSpec {
  const direction = order?.direction ?? "DESC";
  if (order?.field === ArticleOrderField.RELEVANCE) {
    const search = filter?.search?.trim();
    if (!search) throw badUserInput("Ordering by RELEVANCE needs `filter.search`.", "orderBy");
    return {
      expression: Prisma.sql`round(ts_rank(${ARTICLE_DOCUMENT}, ${textQuery(search)})::numeric, 6)::float8`,
      kind: "number",
      direction,
    };
  }
  return { expression: Prisma.sql`a."publishedAt"`, kind: "date", direction };
}
