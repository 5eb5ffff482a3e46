import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar, URLScalar } from "../common/scalars.js";
import { Node } from "../relay/node.js";
import { createConnectionType } from "../relay/connection.js";
import { State } from "../states/state.type.js";
import { Person } from "../people/person.type.js";

@ObjectType({ simpleResolvers: true, implements: Node, description: "A news article from which statements were extracted." })
export class Article extends Node {
  @Field(() => URLScalar, { description: "Canonical URL of the article. Accepted by `article(url:)`." })
  url!: string;

  @Field(() => String, { description: "Headline." })
  title!: string;

  @Field(() => String, { description: "Outlet that published it, e.g. `Harbour Wire`." })
  source!: string;

  @Field(() => DateTimeScalar, { description: "When the article was published." })
  publishedAt!: Date;

  @Field(() => String, { description: "ISO 639-1 language code, e.g. `en`." })
  language!: string;

  @Field(() => String, { description: "Full text of the article; statement offsets index into it." })
  body!: string;

  @Field(() => String, { nullable: true, description: "Version of the extractor whose output is stored for this article." })
  extractorVersion!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A state mentioned in an article, with how often." })
export class ArticleStateMention {
  @Field(() => State, { description: "The state mentioned." })
  state!: State;

  @Field(() => Int, { description: "Number of mentions (names, demonyms, capitals, abbreviations)." })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "A person mentioned in an article, with how often." })
export class ArticlePersonMention {
  @Field(() => Person, { description: "The person mentioned." })
  person!: Person;

  @Field(() => Int, { description: "Number of mentions, including later mentions by surname or title." })
  count!: number;
}

export const ArticleConnection = createConnectionType(Article, "Article", "article");
export type ArticleConnection = InstanceType<typeof ArticleConnection>;
