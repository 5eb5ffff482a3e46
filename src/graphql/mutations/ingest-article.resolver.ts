import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver, registerEnumType } from "type-graphql";
import type { Article as ArticleRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { Article } from "../articles/article.type.js";
import { DateTimeScalar } from "../common/scalars.js";
import { ingestArticle } from "../../services/articles/ingest-article.js";
import { beginWrite } from "./auth.js";
import { UserError } from "./user-error.js";

export enum IngestStatus {
  CREATED = "CREATED",
  UPDATED = "UPDATED",
  UNCHANGED = "UNCHANGED",
  DUPLICATE = "DUPLICATE",
}
registerEnumType(IngestStatus, {
  name: "IngestStatus",
  description: "What ingesting an article did.",
  valuesConfig: {
    CREATED: { description: "A new article was stored with its extracted statements, people and states." },
    UPDATED: { description: "The url was known with other content: the extracted data was replaced (reviewed statements kept)." },
    UNCHANGED: { description: "The url was known with the same content: nothing changed." },
    DUPLICATE: {
      description: "The same text is already stored under another url; `article` is that one and nothing was written.",
    },
  },
});

@InputType({ description: "An article to ingest." })
export class IngestArticleInput {
  @Field(() => String, { description: "Canonical http(s) URL; ingesting it again updates the same article." })
  url!: string;

  @Field(() => String, { description: "Headline." })
  title!: string;

  @Field(() => String, {
    description:
      "Full text; paragraphs separated by blank lines. At most the server's MAX_ARTICLE_CHARS characters (by default 50,000 on the embedded database, 1,000,000 on PostgreSQL); a longer text is rejected whole with a `BAD_USER_INPUT` user error naming the limit.",
  })
  body!: string;

  @Field(() => DateTimeScalar, { description: "Publication time." })
  publishedAt!: Date;

  @Field(() => String, { description: "Outlet name." })
  source!: string;

  @Field(() => String, { nullable: true, defaultValue: "en", description: "ISO 639-1 language code (default `en`)." })
  language?: string | null;
}

@ObjectType({ description: "Result of `ingestArticle`." })
export class IngestArticlePayload {
  @Field(() => Article, {
    nullable: true,
    description: "The stored article, with its statements, people and states; null when the input was rejected.",
  })
  article!: ArticleRow | null;

  @Field(() => IngestStatus, { nullable: true, description: "What happened; null when the input was rejected." })
  status!: IngestStatus | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors!: UserError[];
}

@Resolver()
export class IngestArticleResolver {
  @Mutation(() => IngestArticlePayload, {
    description:
      "Stores a news article and extracts its statements (speakers, targets, sentiment, type, topics). Idempotent per url and content. Needs an API key.",
  })
  async ingestArticle(
    @Arg("input", () => IngestArticleInput, { description: "The article." }) input: IngestArticleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<IngestArticlePayload> {
    const article = { ...input, language: input.language ?? "en" };
    const outcome = await ingestArticle(beginWrite(context), article, context.extract, context.articleLimits);
    if (!outcome.ok) return { article: null, status: null, userErrors: outcome.problems };
    return { article: outcome.value.article, status: outcome.value.status as IngestStatus, userErrors: [] };
  }
}
