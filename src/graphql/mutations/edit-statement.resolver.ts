import { Arg, Ctx, Field, Float, ID, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Statement as StatementRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { StatementType } from "../common/enums.js";
import { Statement } from "../statements/statement.type.js";
import { updateStatement } from "../../services/statements/update-statement.js";
import { beginWrite } from "./auth.js";
import { recordRef, UserError } from "./user-error.js";

@InputType({
  description:
    "Corrections to a statement. Only the fields given change; the statement is then marked reviewed and re-extraction keeps it.",
})
export class UpdateStatementInput {
  @Field(() => ID, { description: "The statement to correct." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "The person who made it (Person ID); pass null to clear." })
  speaker?: string | null;

  @Field(() => String, { nullable: true, description: "ISO code of the speaker's state; pass null to clear." })
  speakerState?: string | null;

  @Field(() => [String], { nullable: true, description: "ISO codes of the target states (replaces the list)." })
  targets?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Topic slugs (replaces the list)." })
  topics?: string[] | null;

  @Field(() => Float, { nullable: true, description: "Sentiment score from -1 to 1; the label follows from it." })
  sentiment?: number | null;

  @Field(() => StatementType, { nullable: true, description: "Statement type; CAMEO code and Goldstein score follow from it." })
  type?: StatementType | null;
}

@ObjectType({ description: "Result of `updateStatement`." })
export class UpdateStatementPayload {
  @Field(() => Statement, { nullable: true, description: "The corrected statement; null when the input was rejected." })
  statement!: StatementRow | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors!: UserError[];
}

@Resolver()
export class EditStatementResolver {
  @Mutation(() => UpdateStatementPayload, {
    description:
      "Corrects what extraction got wrong on a statement; the values are marked reviewed and never overwritten by re-extraction. Needs an API key.",
  })
  async updateStatement(
    @Arg("input", () => UpdateStatementInput, { description: "The corrections." }) input: UpdateStatementInput,
    @Ctx() context: GraphQLContext,
  ): Promise<UpdateStatementPayload> {
    const outcome = await updateStatement(beginWrite(context), {
      statement: recordRef(input.id, "Statement"),
      speaker: input.speaker == null ? input.speaker : recordRef(input.speaker, "Person"),
      speakerState: input.speakerState,
      targets: input.targets ?? undefined,
      topics: input.topics ?? undefined,
      sentiment: input.sentiment ?? undefined,
      type: input.type ?? undefined,
    });
    return outcome.ok ? { statement: outcome.value, userErrors: [] } : { statement: null, userErrors: outcome.problems };
  }
}
