import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../common/scalars.js";
import { State } from "../states/state.type.js";
import { Topic } from "../topics/topic.type.js";
import { createConnectionType } from "../relay/connection.js";
import type { RelationStats } from "../../db/queries/analytics/relation-queries.js";

export enum TimeGranularity {
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
registerEnumType(TimeGranularity, {
  name: "TimeGranularity",
  description: "Size of the time buckets of a timeline.",
  valuesConfig: {
    DAY: { description: "Calendar days (UTC)." },
    WEEK: { description: "ISO weeks, starting on Monday (UTC)." },
    MONTH: { description: "Calendar months (UTC)." },
    YEAR: { description: "Calendar years (UTC)." },
  },
});

export enum RelationDirection {
  OUTGOING = "OUTGOING",
  INCOMING = "INCOMING",
}
registerEnumType(RelationDirection, {
  name: "RelationDirection",
  description: "Which side of a directed relation the state is on.",
  valuesConfig: {
    OUTGOING: { description: "What this state says about others (it is the speaker's side)." },
    INCOMING: { description: "What others say about this state (it is a target)." },
  },
});

export enum RelationOrderField {
  STATEMENT_COUNT = "STATEMENT_COUNT",
  AVERAGE_SENTIMENT = "AVERAGE_SENTIMENT",
  AVERAGE_GOLDSTEIN = "AVERAGE_GOLDSTEIN",
}
registerEnumType(RelationOrderField, {
  name: "RelationOrderField",
  description: "Fields relations can be ordered by.",
  valuesConfig: {
    STATEMENT_COUNT: { description: "Number of statements." },
    AVERAGE_SENTIMENT: { description: "Mean sentiment score." },
    AVERAGE_GOLDSTEIN: { description: "Mean Goldstein-style score." },
  },
});

@ArgsType()
export class TimelineArgs {
  @Field(() => TimeGranularity, { defaultValue: TimeGranularity.MONTH, description: "Bucket size (default MONTH)." })
  granularity!: TimeGranularity;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "Only statements published at or after this time. With both `from` and `to`, every bucket of the range is returned, empty ones included.",
  })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only statements published before this time." })
  to?: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "How many statements fall under each sentiment label." })
export class SentimentCounts {
  @Field(() => Int, { description: "Statements labelled NEGATIVE." })
  negative!: number;

  @Field(() => Int, { description: "Statements labelled NEUTRAL." })
  neutral!: number;

  @Field(() => Int, { description: "Statements labelled POSITIVE." })
  positive!: number;
}

@ObjectType({ simpleResolvers: true, description: "One time bucket of a timeline." })
export class TimelineBucket {
  @Field(() => DateTimeScalar, { description: "Start of the bucket (UTC)." })
  start!: Date;

  @Field(() => Int, { description: "Statements published in the bucket." })
  statementCount!: number;

  @Field(() => Float, { nullable: true, description: "Mean sentiment score of those statements; null for an empty bucket." })
  averageSentiment!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Mean Goldstein-style score of those statements; null for an empty bucket.",
  })
  averageGoldstein!: number | null;
}

/** The two figures every per-topic and per-state breakdown carries. */
@ObjectType({ simpleResolvers: true, description: "Count and mean tone of a part of a breakdown (never returned on its own)." })
abstract class StatementTally {
  @Field(() => Int, { description: "Number of statements in this part of the breakdown." })
  statementCount!: number;

  @Field(() => Float, { description: "Mean sentiment score of those statements." })
  averageSentiment!: number;
}

@ObjectType({ simpleResolvers: true, description: "Statements on one topic within a set, with their tone." })
export class TopicBreakdown extends StatementTally {
  @Field(() => Topic, { description: "The topic." })
  topic!: Topic;
}

@ObjectType({ simpleResolvers: true, description: "A state's statements within a set, with their tone." })
export class StateActivity extends StatementTally {
  @Field(() => State, { description: "The state." })
  state!: State;
}

export type { RelationStats };

/** A directed pair of states: what `source` says about `target`. */
@ObjectType({
  simpleResolvers: true,
  description: "A directed relation: what the `source` state has said about the `target` state, aggregated over statements.",
})
export class Relation {
  sourceId!: number;
  targetId!: number;
  /** Present when the aggregates came with the list query (State.relations). */
  stats?: RelationStats;

  @Field(() => State, { description: "The speaking state." })
  source!: State;

  @Field(() => State, { description: "The state spoken about." })
  target!: State;
}

export const RelationConnection = createConnectionType(Relation, "Relation", "relation");
export type RelationConnection = InstanceType<typeof RelationConnection>;

@ObjectType({ simpleResolvers: true, description: "What a person has said, in figures." })
export class PersonSummary {
  personId!: number;

  @Field(() => Int, { description: "Statements attributed to the person." })
  statementCount!: number;

  @Field(() => Float, { nullable: true, description: "Mean sentiment of those statements; null when there are none." })
  averageSentiment!: number | null;

  @Field(() => [StateActivity], {
    description: "The states the person speaks about most, with how often and in what tone (top 10).",
  })
  topTargets!: StateActivity[];
}
