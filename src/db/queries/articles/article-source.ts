// Article lists as keyset sources: conditions on the article alias `a`, with codes, slugs and global IDs already
// resolved to ids by the caller, and full-text search on the same expression as the GIN index.
import { Prisma } from "../../../generated/prisma/client.js";
import type { KeysetSource, SortSpec } from "../keyset/keyset-pages.js";
import { InvalidQueryArgumentError } from "../query-errors.js";
import { textQuery } from "../statements/statement-conditions.js";
import { articleSummaryColumns } from "./article-rows.js";

export interface ArticleCriteria {
  /** Full-text query in web-search syntax; non-empty. Fills the `snippet` column. */
  search?: string;
  /** Mentions any of these states (an empty list matches nothing). */
  stateIds?: number[];
  /** Mentions any of these people. */
  personIds?: number[];
  /** Has a statement tagged with any of these topics (subtopics already included; empty matches nothing). */
  topicIds?: number[];
  /** Published by any of these outlets (exact names). */
  sources?: string[];
  publishedAt?: { from?: Date | null; to?: Date | null };
}

export interface ArticleOrdering {
  field: "PUBLISHED_AT" | "RELEVANCE";
  direction: "ASC" | "DESC";
}

/** The searchable text of an article: title weighted above body. Matches the GIN index expression. */
export const ARTICLE_DOCUMENT = Prisma.sql`(setweight(to_tsvector('english', a."title"), 'A') || setweight(to_tsvector('english', a."body"), 'B'))`;

function articleConditions(criteria: ArticleCriteria): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (criteria.search) where.push(Prisma.sql`${ARTICLE_DOCUMENT} @@ ${textQuery(criteria.search)}`);
  if (criteria.stateIds) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleStateMention" m WHERE m."articleId" = a."id" AND m."stateId" = ANY(${criteria.stateIds}::int[]))`,
    );
  }
  if (criteria.personIds) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticlePersonMention" m WHERE m."articleId" = a."id" AND m."personId" = ANY(${criteria.personIds}))`,
    );
  }
  if (criteria.topicIds) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Statement" ts JOIN "StatementTopic" tt ON tt."statementId" = ts."id"
      WHERE ts."articleId" = a."id" AND tt."topicId" = ANY(${criteria.topicIds}::int[]))`);
  }
  if (criteria.sources) where.push(Prisma.sql`a."source" = ANY(${criteria.sources})`);
  if (criteria.publishedAt?.from) where.push(Prisma.sql`a."publishedAt" >= ${criteria.publishedAt.from}::timestamp`);
  if (criteria.publishedAt?.to) where.push(Prisma.sql`a."publishedAt" < ${criteria.publishedAt.to}::timestamp`);
  return where;
}

export function articleSource(criteria: ArticleCriteria): KeysetSource {
  const snippet = criteria.search
    ? Prisma.sql`ts_headline('english', a."body", ${textQuery(criteria.search)}, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') AS "snippet"`
    : Prisma.sql`NULL::text AS "snippet"`;
  return {
    select: Prisma.sql`${articleSummaryColumns("a")}, ${snippet}`,
    from: Prisma.sql`"Article" a`,
    id: Prisma.sql`a."id"`,
    where: articleConditions(criteria),
  };
}

/** RELEVANCE ranks by the search; without one it is an InvalidQueryArgumentError on `orderBy`. */
export function articleSort(ordering: ArticleOrdering, criteria: ArticleCriteria): SortSpec {
  const { direction } = ordering;
  if (ordering.field === "RELEVANCE") {
    if (!criteria.search) throw new InvalidQueryArgumentError("Ordering by RELEVANCE needs `filter.search`.", "orderBy");
    return {
      expression: Prisma.sql`round(ts_rank(${ARTICLE_DOCUMENT}, ${textQuery(criteria.search)})::numeric, 6)::float8`,
      kind: "number",
      direction,
    };
  }
  return { expression: Prisma.sql`a."publishedAt"`, kind: "date", direction };
}
