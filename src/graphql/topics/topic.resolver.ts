import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, InputType, Field, Query, Resolver, Root } from "type-graphql";
import type { Topic as TopicRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { toGlobalId } from "../relay/global-id.js";
import { StatementConnection } from "../statements/statement.type.js";
import { nestedStatements, StatementListArgs } from "../statements/statement-connection.js";
import { Topic } from "./topic.type.js";
import { topicBySlug, topicList } from "../../db/queries/topics/topic-rows.js";

@InputType({ description: "Conditions on topics; all given conditions must hold." })
export class TopicFilter {
  @Field(() => Boolean, { nullable: true, description: "true: only top-level topics; false: only subtopics." })
  roots?: boolean | null;

  @Field(() => String, { nullable: true, description: "Only direct children of the topic with this slug." })
  parent?: string | null;
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => Topic, { nullable: true, description: "A topic by slug, e.g. `arms-transfers`; null when there is none." })
  topic(
    @Arg("slug", () => String, { description: "Topic slug." }) slug: string,
    @Ctx() { prisma }: GraphQLContext,
  ): Promise<TopicRow | null> {
    return topicBySlug(prisma, slug.trim().toLowerCase());
  }

  // The taxonomy is small and curated (a few dozen topics), so it is a plain list rather than a connection.
  @Query(() => [Topic], {
    description: "The topic taxonomy (a few dozen curated topics), ordered by name. Use `parent`/`children` to walk the tree.",
  })
  topics(
    @Arg("filter", () => TopicFilter, { nullable: true, description: "Conditions on the topics." }) filter: TopicFilter | null,
    @Ctx() { prisma }: GraphQLContext,
  ): Promise<TopicRow[]> {
    return topicList(prisma, { roots: filter?.roots ?? undefined, parentSlug: filter?.parent ?? undefined });
  }

  @FieldResolver(() => ID, { description: "Opaque global ID." })
  id(@Root() topic: TopicRow): string {
    return toGlobalId("Topic", topic.id);
  }

  @FieldResolver(() => Topic, {
    nullable: true,
    description: "The broader topic this one belongs to; null for a top-level topic.",
  })
  parent(@Root() topic: TopicRow, @Ctx() context: GraphQLContext) {
    return topic.parentId === null ? null : loaders.topic(context).load(topic.parentId);
  }

  @FieldResolver(() => [Topic], { description: "Narrower topics directly under this one." })
  children(@Root() topic: TopicRow, @Ctx() context: GraphQLContext) {
    return loaders.topicChildren(context).load(topic.id);
  }

  @FieldResolver(() => StatementConnection, { description: "Statements tagged with this topic or any of its subtopics." })
  statements(
    @Root() topic: TopicRow,
    @Args(() => StatementListArgs) args: StatementListArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedStatements(context, "Topic.statements", "topic", topic.id, args, { info });
  }
}
