import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { DateTimeRange } from "../common/ranges.js";
import { OrderDirection, OrderInput } from "../relay/order-direction.js";

@InputType({ description: "Conditions on articles; all given conditions must hold." })
export class ArticleFilter {
  @Field(() => String, {
    nullable: true,
    description: "Full-text search in title and body (web-search syntax). Fills `Article.snippet`.",
  })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: "Mentions any of these states (ISO codes)." })
  states?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Mentions any of these people (Person IDs)." })
  people?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Has a statement tagged with any of these topics (slugs, subtopics included).",
  })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Published by any of these outlets (exact names)." })
  sources?: string[] | null;

  @Field(() => DateTimeRange, { nullable: true, description: "Published within this time range." })
  publishedAt?: DateTimeRange | null;
}

export enum ArticleOrderField {
  PUBLISHED_AT = "PUBLISHED_AT",
  RELEVANCE = "RELEVANCE",
}

registerEnumType(ArticleOrderField, {
  name: "ArticleOrderField",
  description: "Fields articles can be ordered by.",
  valuesConfig: {
    PUBLISHED_AT: { description: "Publication time." },
    RELEVANCE: { description: "Full-text search rank; needs `filter.search`." },
  },
});

@InputType({ description: "Ordering of articles; the id breaks ties." })
export class ArticleOrder extends OrderInput<ArticleOrderField>("ArticleOrderBase", ArticleOrderField, OrderDirection.DESC) {}
