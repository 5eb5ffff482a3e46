import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Person as PersonRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { Person } from "../people/person.type.js";
import { mergePeople } from "../../services/people/merge-people.js";
import { beginWrite } from "./auth.js";
import { recordRef, UserError } from "./user-error.js";

@InputType({ description: "Two records of the same person: `duplicate` is folded into `into`." })
export class MergePeopleInput {
  @Field(() => ID, { description: "The person record to keep." })
  into!: string;

  @Field(() => ID, {
    description: "The duplicate record; its statements, mentions and names move to `into`, then it is deleted.",
  })
  duplicate!: string;
}

@ObjectType({ description: "Result of `mergePeople`." })
export class MergePeoplePayload {
  @Field(() => Person, {
    nullable: true,
    description: "The person kept, now with all statements; null when the input was rejected.",
  })
  person!: PersonRow | null;

  @Field(() => [UserError], { description: "Problems with the input; empty on success." })
  userErrors!: UserError[];
}

@Resolver()
export class MergePeopleResolver {
  @Mutation(() => MergePeoplePayload, {
    description: "Folds a duplicate person into another, keeping every statement and mention. Needs an API key.",
  })
  async mergePeople(
    @Arg("input", () => MergePeopleInput, { description: "Which person to keep and which to fold in." }) input: MergePeopleInput,
    @Ctx() context: GraphQLContext,
  ): Promise<MergePeoplePayload> {
    const outcome = await mergePeople(beginWrite(context), recordRef(input.into, "Person"), recordRef(input.duplicate, "Person"));
    return outcome.ok ? { person: outcome.value, userErrors: [] } : { person: null, userErrors: outcome.problems };
  }
}
