import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { SentimentLabel, StatementKind, StatementType } from "../common/enums.js";
import { DateTimeRange, FloatRange } from "../common/ranges.js";
import { OrderDirection, OrderInput } from "../relay/order-direction.js";

@InputType({
  description:
    "Conditions on statements; all given conditions must hold (AND). Lists inside a condition mean any of them (OR) unless said otherwise.",
})
export class StatementFilter {
  @Field(() => [ID], { nullable: true, description: "Said by any of these people (Person IDs)." })
  speakers?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Said on behalf of any of these states (ISO alpha-2 or alpha-3 codes)." })
  speakerStates?: string[] | null;

  @Field(() => [String], { nullable: true, description: "About at least one of these states (ISO codes)." })
  targetStates?: string[] | null;

  @Field(() => [String], { nullable: true, description: "About all of these states together (ISO codes)." })
  targetStatesAll?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Tagged with any of these topics (slugs); a topic includes its subtopics.",
  })
  topics?: string[] | null;

  @Field(() => FloatRange, { nullable: true, description: "Sentiment score between these bounds (-1 to 1)." })
  sentiment?: FloatRange | null;

  @Field(() => [SentimentLabel], { nullable: true, description: "Sentiment label is one of these." })
  sentimentLabels?: SentimentLabel[] | null;

  @Field(() => [StatementType], { nullable: true, description: "Statement type is one of these." })
  types?: StatementType[] | null;

  @Field(() => [StatementKind], { nullable: true, description: "Statement kind is one of these." })
  kinds?: StatementKind[] | null;

  @Field(() => DateTimeRange, { nullable: true, description: "Published within this time range." })
  publishedAt?: DateTimeRange | null;

  @Field(() => [ID], { nullable: true, description: "From any of these articles (Article IDs)." })
  articles?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search in the statement text (web-search syntax: `"exact phrase"`, `or`, `-exclude`). Fills `Statement.snippet`.',
  })
  search?: string | null;
}

export enum StatementOrderField {
  PUBLISHED_AT = "PUBLISHED_AT",
  SENTIMENT = "SENTIMENT",
  GOLDSTEIN = "GOLDSTEIN",
  RELEVANCE = "RELEVANCE",
}

registerEnumType(StatementOrderField, {
  name: "StatementOrderField",
  description: "Fields statements can be ordered by.",
  valuesConfig: {
    PUBLISHED_AT: { description: "Publication time of the article." },
    SENTIMENT: { description: "Sentiment score." },
    GOLDSTEIN: { description: "Goldstein-style cooperation/conflict score." },
    RELEVANCE: {
      description:
        "Full-text search rank; needs `filter.search`. Ranks the 500 newest matching statements (so its cost does not grow with the table); `totalCount` still counts every match, and pages end after those 500.",
    },
  },
});

@InputType({ description: "Ordering of statements; the id breaks ties." })
export class StatementOrder extends OrderInput<StatementOrderField>(
  "StatementOrderBase",
  StatementOrderField,
  OrderDirection.DESC,
) {}
