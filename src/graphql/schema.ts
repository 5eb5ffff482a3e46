// Builds the GraphQL schema from the type-graphql classes, one resolver class per domain.
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ArticleResolver } from "./articles/article.resolver.js";
import { PersonResolver } from "./people/person.resolver.js";
import { NodeResolver } from "./relay/node.resolver.js";
import { StateResolver } from "./states/state.resolver.js";
import { StatementResolver } from "./statements/statement.resolver.js";
import { TopicResolver } from "./topics/topic.resolver.js";

let cached: Promise<GraphQLSchema> | undefined;

export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [NodeResolver, StateResolver, PersonResolver, ArticleResolver, StatementResolver, TopicResolver],
    // Inputs are checked by hand where it matters (BAD_USER_INPUT with the argument name).
    validate: false,
  });
  return cached;
}
