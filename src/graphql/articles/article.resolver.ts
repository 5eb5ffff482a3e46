import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { badUserInput } from "../common/argument-errors.js";
import { URLScalar } from "../common/scalars.js";
import { expectGlobalId, toGlobalId } from "../relay/global-id.js";
import { PagingArgs } from "../relay/paging-args.js";
import { loadRootConnection } from "../relay/load-connection.js";
import { StatementConnection } from "../statements/statement.type.js";
import { nestedStatements, StatementListArgs } from "../statements/statement-connection.js";
import { Article, ArticleConnection, ArticlePersonMention, ArticleStateMention } from "./article.type.js";
import { ArticleFilter, ArticleOrder } from "./article-filter.js";
import { toArticleCriteria, toArticleOrdering } from "./article-criteria.js";
import { articleByUrl, type ArticleSummary } from "../../db/queries/articles/article-rows.js";
import { articleSort, articleSource } from "../../db/queries/articles/article-source.js";

type ArticleResult = ArticleSummary & { snippet?: string | null };

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description: "An article by ID or by URL (give exactly one); null when there is none.",
  })
  async article(
    @Arg("id", () => ID, { nullable: true, description: "Article ID." }) id: string | null,
    @Arg("url", () => URLScalar, { nullable: true, description: "The article's URL, as ingested." }) url: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<ArticleResult | null> {
    if ((id == null) === (url == null)) throw badUserInput("Pass exactly one of `id` or `url`.", id == null ? "id" : "url");
    if (id != null) return loaders.article(context).load(expectGlobalId(id, "Article", "id"));
    return articleByUrl(context.prisma, String(url));
  }

  @Query(() => ArticleConnection, { description: "Articles, filtered and ordered (default: newest first)." })
  articles(
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => ArticleFilter, { nullable: true, description: "Conditions on the articles." })
    filter: ArticleFilter | null,
    @Arg("orderBy", () => ArticleOrder, { nullable: true, description: "Ordering (default: newest first)." })
    orderBy: ArticleOrder | null,
    @Ctx() context: GraphQLContext,
  ): Promise<ArticleConnection> {
    return loadRootConnection(context, ArticleConnection, async () => {
      const criteria = await toArticleCriteria(context, filter);
      return { source: articleSource(criteria), sort: articleSort(toArticleOrdering(orderBy), criteria), paging };
    });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID." })
  id(@Root() article: ArticleResult): string {
    return toGlobalId("Article", article.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "When the list was searched (`filter.search`): the best matching passages of the body, matches wrapped in `<mark>`…`</mark>`. Null otherwise.",
  })
  snippet(@Root() article: ArticleResult): string | null {
    return article.snippet ?? null;
  }

  @FieldResolver(() => String, { description: "Full text of the article; statement offsets index into it." })
  async body(@Root() article: ArticleResult, @Ctx() context: GraphQLContext): Promise<string> {
    // Lists and loaders leave the body out (it is the largest column); it is read only when asked for.
    return article.body ?? (await loaders.articleBody(context).load(article.id))!;
  }

  @FieldResolver(() => StatementConnection, {
    description: "Statements extracted from this article, in order of appearance by default.",
  })
  statements(
    @Root() article: ArticleResult,
    @Args(() => StatementListArgs) args: StatementListArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // All statements of an article share its date, so ascending date then id is the order of appearance.
    return nestedStatements(context, "Article.statements", "article", article.id, args, {
      defaultOrder: { field: "PUBLISHED_AT", direction: "ASC" },
      info,
    });
  }

  @FieldResolver(() => [ArticleStateMention], { description: "States the article mentions, most mentioned first." })
  states(@Root() article: ArticleResult, @Ctx() context: GraphQLContext) {
    return loaders.articleStates(context).load(article.id);
  }

  @FieldResolver(() => [ArticlePersonMention], { description: "People the article mentions, most mentioned first." })
  people(@Root() article: ArticleResult, @Ctx() context: GraphQLContext) {
    return loaders.articlePeople(context).load(article.id);
  }
}
