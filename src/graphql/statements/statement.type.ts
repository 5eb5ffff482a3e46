import { Field, Float, Int, ObjectType } from "type-graphql";
import { SentimentLabel, StatementKind, StatementType } from "../common/enums.js";
import { DateTimeScalar } from "../common/scalars.js";
import { Node } from "../relay/node.js";
import { createConnectionType } from "../relay/connection.js";

@ObjectType({ simpleResolvers: true, description: "Tone of a statement." })
export class Sentiment {
  @Field(() => Float, { description: "Score from -1 (most negative) to 1 (most positive)." })
  score!: number;

  @Field(() => SentimentLabel, { description: "The score as a label." })
  label!: SentimentLabel;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "One attributed utterance in an article: a quote or reported speech, with its speaker, targets, tone and topics.",
})
export class Statement extends Node {
  @Field(() => String, { description: "The statement as it appears in the article." })
  text!: string;

  @Field(() => StatementKind, { description: "Direct quote, partial quote or reported speech." })
  kind!: StatementKind;

  @Field(() => StatementType, { description: "What the statement does (expresses concern, warns, pledges cooperation, …)." })
  type!: StatementType;

  @Field(() => String, { description: "CAMEO root code derived from `type` (`01`..`20`)." })
  cameoCode!: string;

  @Field(() => Float, {
    description: "Goldstein-style score from -10 (most conflictual) to +10 (most cooperative), derived from `type`.",
  })
  goldstein!: number;

  @Field(() => DateTimeScalar, { description: "Publication time of the article the statement comes from." })
  publishedAt!: Date;

  @Field(() => Int, { description: "Character offset where the statement starts in the article body." })
  startOffset!: number;

  @Field(() => Int, { description: "Character offset where the statement ends in the article body (exclusive)." })
  endOffset!: number;

  @Field(() => Int, { description: "Index of the sentence (0-based) where the statement starts." })
  sentenceIndex!: number;

  @Field(() => String, { description: "Version of the extractor that produced this statement." })
  extractorVersion!: string;

  @Field(() => Float, { description: "Extractor confidence from 0 to 1." })
  confidence!: number;

  @Field(() => Boolean, {
    description: "Whether an editor reviewed and corrected the statement; re-extraction keeps reviewed values.",
  })
  reviewed!: boolean;
}

export const StatementConnection = createConnectionType(Statement, "Statement", "statement");
export type StatementConnection = InstanceType<typeof StatementConnection>;
