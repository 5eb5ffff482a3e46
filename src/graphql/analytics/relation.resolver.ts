import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root, InputType } from "type-graphql";
import type { StateView as StateRow } from "../../db/queries/states/state-rows.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { badUserInput, normaliseStateCode } from "../common/argument-errors.js";
import { PagingArgs } from "../relay/paging-args.js";
import { OrderDirection, OrderInput } from "../relay/order-direction.js";
import { argumentsKey, loadNestedConnection } from "../relay/load-connection.js";
import { toStatementCriteria } from "../statements/statement-criteria.js";
import { nestedStatements, StatementListArgs } from "../statements/statement-connection.js";
import { StatementConnection } from "../statements/statement.type.js";
import { StatementFilter } from "../statements/statement-filter.js";
import { State } from "../states/state.type.js";
import { denseBucketCount, fillTimeline } from "./fill-timeline.js";
import { OWN_TURN_ITEMS, ownTurn } from "../common/own-turn.js";
import {
  Relation,
  RelationConnection,
  RelationDirection,
  RelationOrderField,
  SentimentCounts,
  TimelineArgs,
  TimelineBucket,
  TopicBreakdown,
  type RelationStats,
} from "./analytics.types.js";
import {
  EMPTY_STATS,
  pairKey,
  relationStats,
  relationTimelines,
  relationTopics,
  type Pair,
  type TopicTally,
} from "../../db/queries/analytics/relation-queries.js";
import {
  stateRelationsSort,
  stateRelationsSource,
  type StateRelationRow,
} from "../../db/queries/analytics/state-relations-queries.js";
import { timeWindow } from "./time-window-args.js";

@InputType({ description: "Ordering of relations; the counterpart state's id breaks ties." })
export class RelationOrder extends OrderInput<RelationOrderField>("RelationOrderBase", RelationOrderField, OrderDirection.DESC) {}

/** The state with this code; both codes of a relation are looked up in one query (the request's code loader). */
async function findState(context: GraphQLContext, code: string, argumentName: string): Promise<StateRow> {
  const normalised = normaliseStateCode(code);
  const state = normalised === null ? null : await loaders.stateByCode(context).load(normalised);
  if (!state) throw badUserInput(`No state has the code "${code}" (use ISO 3166-1 alpha-2 or alpha-3).`, argumentName);
  return state;
}

function statsOf(context: GraphQLContext, relation: Relation): Promise<RelationStats> {
  if (relation.stats) return Promise.resolve(relation.stats);
  return context.loaders
    .get<Pair, RelationStats>("Relation.stats", async (pairs) => {
      const stats = await relationStats(context.prisma, pairs);
      return pairs.map((pair) => stats.get(pairKey(pair)) ?? EMPTY_STATS);
    })
    .load({ sourceId: relation.sourceId, targetId: relation.targetId });
}

@Resolver(() => Relation)
export class RelationResolver {
  @Query(() => Relation, {
    description: "What one state has said about another: counts, tone, topics, a timeline and the statements themselves.",
  })
  async relation(
    @Arg("source", () => String, { description: "ISO code of the speaking state, e.g. `JP`." }) source: string,
    @Arg("target", () => String, { description: "ISO code of the state spoken about, e.g. `CN`." }) target: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Relation> {
    const [from, to] = await Promise.all([findState(context, source, "source"), findState(context, target, "target")]);
    return Object.assign(new Relation(), { sourceId: from.id, targetId: to.id });
  }

  @FieldResolver(() => State, { description: "The speaking state." })
  async source(@Root() relation: Relation, @Ctx() context: GraphQLContext) {
    return loaders.state(context).load(relation.sourceId);
  }

  @FieldResolver(() => State, { description: "The state spoken about." })
  async target(@Root() relation: Relation, @Ctx() context: GraphQLContext) {
    return loaders.state(context).load(relation.targetId);
  }

  @FieldResolver(() => Int, { description: "Statements by the source state with the target among their targets." })
  async statementCount(@Root() relation: Relation, @Ctx() context: GraphQLContext): Promise<number> {
    return (await statsOf(context, relation)).statementCount;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Mean sentiment score (-1..1); null when there are no statements." })
  async averageSentiment(@Root() relation: Relation, @Ctx() context: GraphQLContext): Promise<number | null> {
    return (await statsOf(context, relation)).averageSentiment;
  }

  @FieldResolver(() => SentimentCounts, { description: "Statements per sentiment label." })
  async sentimentCounts(@Root() relation: Relation, @Ctx() context: GraphQLContext): Promise<SentimentCounts> {
    const { negative, neutral, positive } = await statsOf(context, relation);
    return { negative, neutral, positive };
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Mean Goldstein-style score (-10..10); null when there are no statements.",
  })
  async averageGoldstein(@Root() relation: Relation, @Ctx() context: GraphQLContext): Promise<number | null> {
    return (await statsOf(context, relation)).averageGoldstein;
  }

  @FieldResolver(() => [TopicBreakdown], {
    description: "Topics of the relation's statements, most frequent first, with the mean tone on each.",
  })
  async topics(@Root() relation: Relation, @Ctx() context: GraphQLContext): Promise<TopicBreakdown[]> {
    const rows = await context.loaders
      .get<Pair, TopicTally[]>("Relation.topics", async (pairs) => {
        const map = await relationTopics(context.prisma, pairs);
        return pairs.map((pair) => map.get(pairKey(pair)) ?? []);
      })
      .load({ sourceId: relation.sourceId, targetId: relation.targetId });
    const topics = await loaders.topic(context).loadMany(rows.map((row) => row.topicId));
    return rows.map((row, index) => ({ ...row, topic: topics[index] }) as unknown as TopicBreakdown);
  }

  @FieldResolver(() => [TimelineBucket], {
    description:
      "Statement count and mean tone per time bucket, oldest first; buckets without statements are left out unless both `from` and `to` are given.",
  })
  async timeline(
    @Root() relation: Relation,
    @Args(() => TimelineArgs) args: TimelineArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<TimelineBucket[]> {
    const window = timeWindow(args);
    const buckets = await context.loaders
      .get<Pair, TimelineBucket[]>(argumentsKey("Relation.timeline", window), async (pairs) => {
        const map = await relationTimelines(context.prisma, pairs, window);
        return pairs.map((pair) => map.get(pairKey(pair)) ?? []);
      })
      .load({ sourceId: relation.sourceId, targetId: relation.targetId });
    // A long dense timeline is filled and completed on a turn of its own (own-turn.ts).
    if (denseBucketCount(window) >= OWN_TURN_ITEMS) await ownTurn(context);
    return fillTimeline(buckets, window);
  }

  @FieldResolver(() => StatementConnection, { description: "The statements of the relation (source speaking about target)." })
  statements(
    @Root() relation: Relation,
    @Args(() => StatementListArgs) args: StatementListArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const pair = [relation.sourceId, relation.targetId] as const;
    return nestedStatements(context, "Relation.statements", "relation", pair, args, { info });
  }
}

@Resolver(() => State)
export class StateRelationsResolver {
  @FieldResolver(() => RelationConnection, {
    description:
      "The states this state speaks about (OUTGOING) or that speak about it (INCOMING), with the relation aggregates: a state's relations at a glance.",
  })
  relations(
    @Root() state: StateRow,
    @Arg("direction", () => RelationDirection, {
      defaultValue: RelationDirection.OUTGOING,
      description: "OUTGOING (default): what this state says about others; INCOMING: what others say about it.",
    })
    direction: RelationDirection,
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => StatementFilter, {
      nullable: true,
      description:
        "Only count statements matching these conditions (e.g. a topic or a time range). Each relation's counts and averages then cover those statements; its `topics`, `timeline` and `statements` stay unfiltered.",
    })
    filter: StatementFilter | null,
    @Arg("orderBy", () => RelationOrder, { nullable: true, description: "Ordering (default: most statements first)." })
    orderBy: RelationOrder | null,
    @Ctx() context: GraphQLContext,
  ): Promise<RelationConnection> {
    return loadNestedConnection<Relation, RelationConnection>(
      context,
      RelationConnection,
      argumentsKey("State.relations", { direction, paging, filter, orderBy }),
      state.id,
      async () => ({
        source: stateRelationsSource(direction, await toStatementCriteria(context, filter)),
        sort: stateRelationsSort(orderBy?.field ?? RelationOrderField.STATEMENT_COUNT, orderBy?.direction ?? "DESC"),
        paging,
      }),
    ).then((connection) => {
      // Turn aggregate rows into Relation objects that already carry their statistics.
      const toRelation = (row: unknown): Relation => {
        const { id, selfId, ...stats } = row as StateRelationRow;
        const [sourceId, targetId] = direction === RelationDirection.OUTGOING ? [selfId, id] : [id, selfId];
        // The counts and averages are those the list was ranked by: with a filter, over the matching statements only.
        return Object.assign(new Relation(), { sourceId, targetId, stats });
      };
      connection.nodes = connection.nodes.map(toRelation);
      connection.edges = connection.edges.map((edge) => ({ ...edge, node: toRelation(edge.node) }));
      return connection;
    });
  }
}
