// Builds the GraphQL schema from the type-graphql classes, one resolver class per domain.
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { ArticleResolver } from "./articles/article.resolver.js";
import { PersonResolver } from "./people/person.resolver.js";
import { NodeResolver } from "./relay/node.resolver.js";
import { StateResolver } from "./states/state.resolver.js";
import { StatementResolver } from "./statements/statement.resolver.js";
import { TopicResolver } from "./topics/topic.resolver.js";
import { RelationResolver, StateRelationsResolver } from "./analytics/relation.resolver.js";
import { TopicAnalyticsResolver } from "./analytics/topic-analytics.resolver.js";
import { PersonAnalyticsResolver, PersonSummaryResolver } from "./analytics/person-summary.resolver.js";
import { IngestArticleResolver } from "./mutations/ingest-article.resolver.js";
import { EditStatementResolver } from "./mutations/edit-statement.resolver.js";
import { MergePeopleResolver } from "./mutations/merge-people.resolver.js";
import { SubscriptionResolver } from "./subscriptions/subscription.resolver.js";
import { useDirectFieldResolvers, useDirectTypeResolvers } from "./direct-field-resolvers.js";

/** type-graphql insists on a PubSub once a subscription exists; Entente's subscriptions never publish by topic. */
const TOPICS_UNUSED: PubSub = {
  publish() {
    throw new Error("Entente publishes live events through PostgreSQL NOTIFY (src/db/notifications/), not by topic.");
  },
  subscribe() {
    throw new Error("Entente's subscriptions define their own `subscribe` (src/graphql/subscriptions/).");
  },
};

let cached: Promise<GraphQLSchema> | undefined;

/** One resolver class per domain. */
const RESOLVERS = [
  NodeResolver,
  StateResolver,
  PersonResolver,
  ArticleResolver,
  StatementResolver,
  TopicResolver,
  RelationResolver,
  StateRelationsResolver,
  TopicAnalyticsResolver,
  PersonAnalyticsResolver,
  PersonSummaryResolver,
  IngestArticleResolver,
  EditStatementResolver,
  MergePeopleResolver,
  SubscriptionResolver,
] as const;

const ROOT_DESCRIPTIONS = {
  Query: "Entry points for reading Entente's data: states, people, articles, statements, topics and their relations.",
  Mutation: "Writes: ingesting articles and editorial corrections. Every mutation needs `Authorization: Bearer <API key>`.",
  Subscription: "Live events over graphql-ws (WebSocket) at /graphql: new statements and articles as ingests commit.",
};

async function build(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    // Subscriptions bring their own event streams (`subscribe:`, fed by PostgreSQL NOTIFY), never topics.
    pubSub: TOPICS_UNUSED,
    // Inputs are checked by hand where it matters (BAD_USER_INPUT with the argument name).
    validate: false,
    // Object types declare `simpleResolvers: true`: Entente has no middlewares or @Authorized fields, so their plain
    // fields are read by graphql-js's default resolver instead of a type-graphql wrapper per resolved field.
  });
  // Per-row field resolvers (ids, speaker, article…) and root queries without type-graphql's per-call wrapper and
  // argument copies; needs the absence of global middlewares, auth checker and validation above.
  useDirectFieldResolvers(schema, RESOLVERS);
  // Interfaces resolve their type synchronously, as the compiled executor (src/server/compiled-execution.ts) needs.
  useDirectTypeResolvers(schema);
  // type-graphql has no decorator for the root types' own descriptions.
  const query = schema.getQueryType();
  if (query) query.description = ROOT_DESCRIPTIONS.Query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.Mutation;
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = ROOT_DESCRIPTIONS.Subscription;
  return schema;
}

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  cached ??= build();
  return cached;
}
