// Live data over graphql-ws: new statements as their articles are ingested (filtered like `statements`), and the
// articles themselves. Events arrive through PostgreSQL NOTIFY on commit (src/db/notifications/), so every
// replica delivers every event.
import { Arg, Field, Int, ObjectType, Resolver, Root, Subscription } from "type-graphql";
import type { Statement as StatementRow } from "../../generated/prisma/client.js";
import type { ArticleSummary } from "../../db/queries/articles/article-rows.js";
import { statementIdsMatching, statementIdsOfArticle } from "../../db/queries/live/live-statements.js";
import { LoaderRegistry, type GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { Article } from "../articles/article.type.js";
import { IngestStatus } from "../mutations/ingest-article.resolver.js";
import { Statement } from "../statements/statement.type.js";
import { StatementFilter } from "../statements/statement-filter.js";
import { toStatementCriteria } from "../statements/statement-criteria.js";
import { liveEventsOf } from "./live-context.js";
import type { ArticleIngestedEvent } from "./live-events.js";

@ObjectType({ simpleResolvers: true, description: "An article that was just stored or updated by an ingest." })
export class ArticleIngested {
  @Field(() => Article, { description: "The article as stored." })
  article!: ArticleSummary;

  @Field(() => IngestStatus, { description: "CREATED for a new article, UPDATED when new content replaced the old." })
  status!: IngestStatus;

  @Field(() => Int, { description: "How many new statements the ingest stored for it." })
  newStatementCount!: number;
}

/** Remembers the last ids a subscription delivered, so an id is never sent twice in one subscription. */
class RecentIds {
  private readonly ids = new Set<number>();
  constructor(private readonly capacity = 10_000) {}
  /** True the first time an id is seen. */
  add(id: number): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

/**
 * An async generator whose `return()` takes effect at once: a generator waiting for the next event would otherwise
 * only see the client's unsubscribe when that event arrived. Aborting ends the event stream it reads.
 */
function endable<T>(produce: (signal: AbortSignal) => AsyncGenerator<T>): AsyncGenerator<T> {
  const controller = new AbortController();
  const generator = produce(controller.signal);
  const original = generator.return.bind(generator);
  generator.return = (value) => {
    controller.abort();
    return original(value);
  };
  return generator;
}

/** Each event is a fresh request as far as caching goes: loaders must not serve rows read for an earlier event. */
function freshLoaders(context: GraphQLContext): void {
  context.loaders = new LoaderRegistry();
}

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Statement, {
    description:
      "Each new statement matching `filter` (the same conditions as `Query.statements`), as soon as the ingest that stored it commits. Served over graphql-ws at /graphql; a statement is sent at most once per subscription.",
    subscribe: async ({ args, context }) => {
      const ctx = context as GraphQLContext;
      const live = liveEventsOf(ctx);
      // Resolved once, so that a malformed filter is refused when subscribing, not at the first event.
      const criteria = await toStatementCriteria(ctx, (args as { filter?: StatementFilter | null }).filter);
      return endable(async function* (signal) {
        const sent = new RecentIds();
        for await (const event of live.ingested(signal)) {
          const ids = event.complete ? event.statementIds : await statementIdsOfArticle(ctx.prisma, event.articleId);
          const matching = await statementIdsMatching(ctx.prisma, ids, criteria);
          freshLoaders(ctx);
          const rows = await loaders.statement(ctx).loadMany(matching);
          for (const row of rows) {
            if (row && !(row instanceof Error) && sent.add(row.id)) yield row;
          }
        }
      });
    },
  })
  statementAdded(
    @Root() statement: StatementRow,
    @Arg("filter", () => StatementFilter, {
      nullable: true,
      description: "Only statements matching these conditions; all statements when absent.",
    })
    _filter: StatementFilter | null,
  ): StatementRow {
    return statement;
  }

  @Subscription(() => ArticleIngested, {
    description:
      "Each article stored or updated with new content, as soon as its ingest commits. Served over graphql-ws at /graphql.",
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext;
      const live = liveEventsOf(ctx);
      return endable(async function* (signal) {
        for await (const event of live.ingested(signal)) {
          freshLoaders(ctx);
          const article = await loaders.article(ctx).load(event.articleId);
          if (article) yield toArticleIngested(article, event);
        }
      });
    },
  })
  articleIngested(@Root() event: ArticleIngested): ArticleIngested {
    return event;
  }
}

function toArticleIngested(article: ArticleSummary, event: ArticleIngestedEvent): ArticleIngested {
  return {
    article,
    status: event.status === "UPDATED" ? IngestStatus.UPDATED : IngestStatus.CREATED,
    newStatementCount: event.statementCount,
  };
}
