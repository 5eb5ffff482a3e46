import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Person as PersonRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { Person } from "../people/person.type.js";
import { fromGlobalId } from "../relay/global-id.js";
import { beginWrite } from "./auth.js";
import { UserError } from "./user-error.js";

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
    const prisma = beginWrite(context);
    const find = async (id: string) => {
      const ref = fromGlobalId(id);
      return ref?.type === "Person" ? prisma.person.findUnique({ where: { id: ref.id } }) : null;
    };
    const [into, duplicate] = await Promise.all([find(input.into), find(input.duplicate)]);
    const userErrors: UserError[] = [];
    if (!into) userErrors.push({ field: "into", message: `No person has the ID "${input.into}".`, code: "NOT_FOUND" });
    if (!duplicate)
      userErrors.push({ field: "duplicate", message: `No person has the ID "${input.duplicate}".`, code: "NOT_FOUND" });
    if (into && duplicate && into.id === duplicate.id)
      userErrors.push({ field: "duplicate", message: "A person cannot be merged into itself.", code: "BAD_USER_INPUT" });
    if (userErrors.length || !into || !duplicate) return { person: null, userErrors };

    const person = await prisma.$transaction(async (tx) => {
      await tx.statement.updateMany({ where: { speakerId: duplicate.id }, data: { speakerId: into.id } });
      const mentions = await tx.articlePersonMention.findMany({ where: { personId: duplicate.id } });
      for (const mention of mentions) {
        await tx.articlePersonMention.upsert({
          where: { articleId_personId: { articleId: mention.articleId, personId: into.id } },
          create: { articleId: mention.articleId, personId: into.id, count: mention.count },
          update: { count: { increment: mention.count } },
        });
      }
      await tx.person.delete({ where: { id: duplicate.id } });
      return tx.person.update({
        where: { id: into.id },
        data: {
          aliases: [...new Set([...into.aliases, duplicate.name, ...duplicate.aliases])].filter((alias) => alias !== into.name),
          role: into.role ?? duplicate.role,
          organisation: into.organisation ?? duplicate.organisation,
          stateId: into.stateId ?? duplicate.stateId,
          sanctioned: into.sanctioned || duplicate.sanctioned,
          sanctionNote: into.sanctionNote ?? duplicate.sanctionNote,
        },
      });
    });
    return { person, userErrors: [] };
  }
}
