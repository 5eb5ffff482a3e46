import { Arg, Ctx, Field, Float, ID, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import type { Statement as StatementRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { StatementType } from "../common/enums.js";
import { Statement } from "../statements/statement.type.js";
import { fromGlobalId } from "../relay/global-id.js";
import { STATEMENT_TYPES } from "../../extraction/statement-types.js";
import { beginWrite } from "./auth.js";
import { UserError } from "./user-error.js";
import { addStatements, subtractStatements } from "../../db/queries/analytics/rollup-maintenance.js";

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

const labelOf = (score: number) => (score < -0.05 ? "NEGATIVE" : score > 0.05 ? "POSITIVE" : "NEUTRAL");

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
    const prisma = beginWrite(context);
    const errors: UserError[] = [];
    const fail = (field: string, message: string, code = "BAD_USER_INPUT") => errors.push({ field, message, code });

    const ref = fromGlobalId(input.id);
    const statement = ref?.type === "Statement" ? await prisma.statement.findUnique({ where: { id: ref.id } }) : null;
    if (!statement) fail("id", `No statement has the ID "${input.id}".`, "NOT_FOUND");

    let speakerId: number | null | undefined;
    if (input.speaker !== undefined) {
      if (input.speaker === null) speakerId = null;
      else {
        const person = fromGlobalId(input.speaker);
        const found =
          person?.type === "Person" ? await prisma.person.findUnique({ where: { id: person.id }, select: { id: true } }) : null;
        if (found) speakerId = found.id;
        else fail("speaker", `No person has the ID "${input.speaker}".`, "NOT_FOUND");
      }
    }
    const codes = [...(input.speakerState ? [input.speakerState] : []), ...(input.targets ?? [])].map((c) =>
      c.trim().toUpperCase(),
    );
    const states = new Map(
      (await prisma.state.findMany({ where: { OR: [{ code: { in: codes } }, { alpha3: { in: codes } }] } })).flatMap(
        (s) =>
          [
            [s.code, s.id],
            [s.alpha3, s.id],
          ] as const,
      ),
    );
    for (const code of codes)
      if (!states.has(code))
        fail(
          input.targets?.map((c) => c.toUpperCase()).includes(code) ? "targets" : "speakerState",
          `No state has the code "${code}".`,
        );
    const topics = input.topics ? await prisma.topic.findMany({ where: { slug: { in: input.topics } } }) : [];
    for (const slug of input.topics ?? [])
      if (!topics.some((t) => t.slug === slug)) fail("topics", `No topic has the slug "${slug}".`);
    if (input.sentiment != null && !(input.sentiment >= -1 && input.sentiment <= 1))
      fail("sentiment", "sentiment must be between -1 and 1.");
    if (errors.length || !statement) return { statement: null, userErrors: errors };

    const updated = await prisma.$transaction(async (tx) => {
      // The analytics rollups lose the statement's old values here and gain the corrected ones at the end.
      await subtractStatements(tx, { statementIds: [statement.id] });
      if (input.targets) {
        await tx.statementTarget.deleteMany({ where: { statementId: statement.id } });
        await tx.statementTarget.createMany({
          data: [...new Set(input.targets.map((c) => states.get(c.trim().toUpperCase())!))].map((stateId) => ({
            statementId: statement.id,
            stateId,
          })),
        });
      }
      if (input.topics) {
        await tx.statementTopic.deleteMany({ where: { statementId: statement.id } });
        await tx.statementTopic.createMany({
          data: topics.map((topic) => ({ statementId: statement.id, topicId: topic.id, evidence: null, confidence: 1 })),
        });
      }
      const corrected = await tx.statement.update({
        where: { id: statement.id },
        data: {
          ...(speakerId !== undefined ? { speakerId } : {}),
          ...(input.speakerState !== undefined
            ? { speakerStateId: input.speakerState === null ? null : states.get(input.speakerState.trim().toUpperCase())! }
            : {}),
          ...(input.sentiment != null ? { sentimentScore: input.sentiment, sentimentLabel: labelOf(input.sentiment) } : {}),
          ...(input.type
            ? {
                type: input.type,
                cameoCode: STATEMENT_TYPES[input.type].cameoCode,
                goldstein: STATEMENT_TYPES[input.type].goldstein,
              }
            : {}),
          reviewed: true,
          reviewedAt: new Date(),
        },
      });
      await addStatements(tx, { statementIds: [statement.id] });
      return corrected;
    });
    return { statement: updated, userErrors: [] };
  }
}
