import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Topic as TopicRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { badUserInput } from "../common/argument-errors.js";
import { argumentsKey } from "../relay/load-connection.js";
import { Topic } from "../topics/topic.type.js";
import { topicStates, topicTimelines, type StateTally } from "../../db/queries/analytics/topic-queries.js";
import type { Bucket } from "../../db/queries/analytics/relation-queries.js";
import { StateActivity, TimelineArgs, TimelineBucket } from "./analytics.types.js";
import { denseBucketCount, fillTimeline } from "./fill-timeline.js";
import { OWN_TURN_ITEMS, ownTurn } from "../common/own-turn.js";
import { timeWindow } from "./time-window-args.js";

@Resolver(() => Topic)
export class TopicAnalyticsResolver {
  @FieldResolver(() => [StateActivity], {
    description: "Which states speak on this topic (subtopics included), how often and in what tone; most active first.",
  })
  async states(
    @Root() topic: TopicRow,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many states to return (1 to 100, default 20)." })
    first: number,
    @Ctx() context: GraphQLContext,
  ): Promise<StateActivity[]> {
    if (first < 1 || first > 100) throw badUserInput(`\`first\` must be between 1 and 100; got ${first}.`, "first");
    const rows = await context.loaders
      .get<number, StateTally[]>(`Topic.states:${first}`, (ids) => topicStates(context.prisma, ids, first))
      .load(topic.id);
    const states = await loaders.state(context).loadMany(rows.map((row) => row.stateId));
    return rows.map((row, index) => ({ ...row, state: states[index] }) as unknown as StateActivity);
  }

  @FieldResolver(() => [TimelineBucket], {
    description:
      "Statements on this topic (subtopics included) per time bucket, oldest first; buckets without statements are left out unless both `from` and `to` are given.",
  })
  async timeline(
    @Root() topic: TopicRow,
    @Args(() => TimelineArgs) args: TimelineArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<TimelineBucket[]> {
    const window = timeWindow(args);
    const buckets = await context.loaders
      .get<number, Bucket[]>(argumentsKey("Topic.timeline", window), (ids) => topicTimelines(context.prisma, ids, window))
      .load(topic.id);
    // A long dense timeline is filled and completed on a turn of its own (own-turn.ts).
    if (denseBucketCount(window) >= OWN_TURN_ITEMS) await ownTurn(context);
    return fillTimeline(buckets, window);
  }
}
