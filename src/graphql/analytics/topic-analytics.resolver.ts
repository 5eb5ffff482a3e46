import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Prisma, type Topic as TopicRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { badUserInput } from "../common/sql-conditions.js";
import { argumentsKey } from "../relay/load-connection.js";
import { Topic } from "../topics/topic.type.js";
import { StateActivity, TimelineArgs, TimelineBucket } from "./analytics.types.js";
import { fillTimeline } from "./fill-timeline.js";
import { bucketExpression, timeWindow, windowConditions, type BucketRow } from "./analytics-sql.js";

/** Statements in the subtree of each topic in `topicIds`: s = statement, scope = the topic asked about. */
function subtreeStatements(topicIds: readonly number[]): Prisma.Sql {
  return Prisma.sql`"Topic" scope JOIN "Statement" s ON EXISTS (
      SELECT 1 FROM "StatementTopic" sst WHERE sst."statementId" = s."id" AND sst."topicId" IN (
        WITH RECURSIVE subtree("id") AS (
          SELECT scope."id" UNION SELECT t."id" FROM "Topic" t JOIN subtree ON t."parentId" = subtree."id"
        ) SELECT "id" FROM subtree))
    WHERE scope."id" = ANY(${[...topicIds]})`;
}

function groupRows<T extends { topicId: number }>(ids: readonly number[], rows: T[]): Omit<T, "topicId">[][] {
  const map = new Map<number, Omit<T, "topicId">[]>(ids.map((id) => [id, []]));
  for (const { topicId, ...row } of rows) map.get(topicId)?.push(row);
  return ids.map((id) => map.get(id)!);
}

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
      .get<number, { stateId: number; statementCount: number; averageSentiment: number }[]>(
        `Topic.states:${first}`,
        async (ids) => {
          const result = await context.prisma.$queryRaw<
            { topicId: number; stateId: number; statementCount: number; averageSentiment: number }[]
          >`
          SELECT "topicId", "stateId", "statementCount", "averageSentiment" FROM (
            SELECT scope."id" AS "topicId", s."speakerStateId" AS "stateId", COUNT(*)::int AS "statementCount",
                   AVG(s."sentimentScore")::float8 AS "averageSentiment",
                   ROW_NUMBER() OVER (PARTITION BY scope."id" ORDER BY COUNT(*) DESC, s."speakerStateId") AS rank
            FROM ${subtreeStatements(ids)} AND s."speakerStateId" IS NOT NULL
            GROUP BY 1, 2) ranked
          WHERE rank <= ${first} ORDER BY "topicId", rank`;
          return groupRows(ids, result);
        },
      )
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
      .get<number, BucketRow[]>(argumentsKey("Topic.timeline", window), async (ids) => {
        const rows = await context.prisma.$queryRaw<(BucketRow & { topicId: number })[]>`
          SELECT scope."id" AS "topicId", ${bucketExpression(window.granularity)} AS "start", COUNT(*)::int AS "statementCount",
                 AVG(s."sentimentScore")::float8 AS "averageSentiment", AVG(s."goldstein")::float8 AS "averageGoldstein"
          FROM ${subtreeStatements(ids)} ${windowConditions(window)}
          GROUP BY 1, 2 ORDER BY 2`;
        return groupRows(ids, rows);
      })
      .load(topic.id);
    return fillTimeline(buckets, window);
  }
}
