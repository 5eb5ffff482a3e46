import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { Topic as TopicRow } from "../../generated/prisma/client.js";
import type { PersonView as PersonRow } from "../../db/queries/people/person-rows.js";
import type { StateView as StateRow } from "../../db/queries/states/state-rows.js";
import type { StatementView as StatementRow } from "../../db/queries/statements/statement-rows.js";
import type { StatementWithIncluded } from "../../db/queries/statements/statement-relations.js";
import type { GraphQLContext } from "../context.js";
import type { ArticleSummary } from "../../db/queries/articles/article-rows.js";
import { articleOf, loaders, speakerOf } from "../common/entity-loaders.js";
import { expectGlobalId, toGlobalId } from "../relay/global-id.js";
import { Article } from "../articles/article.type.js";
import { Person } from "../people/person.type.js";
import { State } from "../states/state.type.js";
import { StatementTopic } from "../topics/statement-topic.type.js";
import { Topic } from "../topics/topic.type.js";
import { Sentiment, Statement, StatementConnection } from "./statement.type.js";
import { rootStatements, StatementListArgs } from "./statement-connection.js";
import { shownParts } from "./shown-parts.js";
import { objectSelection } from "../relay/selected-node-fields.js";

type StatementResult = StatementRow & { snippet?: string | null };

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: "A statement by ID; null when there is none." })
  statement(
    @Arg("id", () => ID, { description: "Statement ID." }) id: string,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementRow | null> {
    // Only the columns and relations the query shows, in one SQL statement, as a list reads its page.
    const parts = shownParts(objectSelection(info));
    return loaders.statementWith(context, parts).load(expectGlobalId(id, "Statement", "id"));
  }

  @Query(() => StatementConnection, {
    description:
      "Statements across all articles: filter by speaker, speaker state, target states, topics, tone, type and time, or search their text.",
  })
  statements(
    @Args(() => StatementListArgs) args: StatementListArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StatementConnection> {
    return rootStatements(context, args, info);
  }

  @FieldResolver(() => ID, { description: "Opaque global ID." })
  id(@Root() statement: StatementRow): string {
    return toGlobalId("Statement", statement.id);
  }

  @FieldResolver(() => Sentiment, { description: "Tone of the statement: score and label." })
  sentiment(@Root() statement: StatementRow): Sentiment {
    return { score: statement.sentimentScore, label: statement.sentimentLabel };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "When the list was searched (`filter.search`): the text with matches wrapped in `<mark>`…`</mark>`. Null otherwise.",
  })
  snippet(@Root() statement: StatementResult): string | null {
    return statement.snippet ?? null;
  }

  @FieldResolver(() => Article, { description: "The article the statement comes from." })
  article(@Root() statement: StatementWithIncluded, @Ctx() context: GraphQLContext): ArticleSummary | Promise<ArticleSummary> {
    return articleOf(context, statement);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person who made the statement; null when only a state or ministry is named ("Washington warned…").',
  })
  speaker(
    @Root() statement: StatementWithIncluded,
    @Ctx() context: GraphQLContext,
  ): PersonRow | null | Promise<PersonRow | null> {
    return speakerOf(context, statement);
  }

  @FieldResolver(() => State, { nullable: true, description: "The state on whose behalf the statement was made, when known." })
  speakerState(@Root() statement: StatementRow, @Ctx() context: GraphQLContext): Promise<StateRow | null> | null {
    return statement.speakerStateId === null ? null : loaders.state(context).load(statement.speakerStateId);
  }

  @FieldResolver(() => [State], { description: "The states the statement is about (a statement can have several)." })
  targets(@Root() statement: StatementRow, @Ctx() context: GraphQLContext): Promise<StateRow[]> {
    return loaders.statementTargets(context).load(statement.id);
  }

  @FieldResolver(() => [Topic], { description: "Topics of the statement (see `topicAssignments` for the evidence behind each)." })
  async topics(@Root() statement: StatementRow, @Ctx() context: GraphQLContext): Promise<TopicRow[]> {
    const rows = await loaders.statementTopics(context).load(statement.id);
    return rows.map(({ evidence, confidence, ...topic }) => topic);
  }

  @FieldResolver(() => [StatementTopic], {
    description: "Topics of the statement, each with the phrase that triggered it and a confidence.",
  })
  async topicAssignments(@Root() statement: StatementRow, @Ctx() context: GraphQLContext): Promise<StatementTopic[]> {
    const rows = await loaders.statementTopics(context).load(statement.id);
    return rows.map(({ evidence, confidence, ...topic }) => ({ topic, evidence, confidence }) as unknown as StatementTopic);
  }
}
