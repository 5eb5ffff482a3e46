import { Field, Float, ObjectType } from "type-graphql";
import { Topic } from "./topic.type.js";

@ObjectType({ simpleResolvers: true, description: "A topic assigned to a statement, with its evidence." })
export class StatementTopic {
  @Field(() => Topic, { description: "The topic." })
  topic!: Topic;

  @Field(() => String, {
    nullable: true,
    description: "The phrase in the statement that triggered the topic; null when set by an editor.",
  })
  evidence!: string | null;

  @Field(() => Float, { description: "Confidence from 0 to 1 (1 when set by an editor)." })
  confidence!: number;
}
