import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Person as PersonRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { Person } from "../people/person.type.js";
import { PersonSummary, StateActivity } from "./analytics.types.js";

const TOP_TARGETS = 10;

@Resolver(() => PersonSummary)
export class PersonSummaryResolver {
  @FieldResolver(() => [StateActivity], {
    description: "The states the person speaks about most, with how often and in what tone (top 10).",
  })
  async topTargets(@Root() summary: PersonSummary, @Ctx() context: GraphQLContext): Promise<StateActivity[]> {
    const rows = await context.loaders
      .get<number, { stateId: number; statementCount: number; averageSentiment: number }[]>(
        "PersonSummary.topTargets",
        async (ids) => {
          const result = await context.prisma.$queryRaw<
            { personId: number; stateId: number; statementCount: number; averageSentiment: number }[]
          >`
          SELECT "personId", "stateId", "statementCount", "averageSentiment" FROM (
            SELECT s."speakerId" AS "personId", t."stateId", COUNT(*)::int AS "statementCount", AVG(s."sentimentScore")::float8 AS "averageSentiment",
                   ROW_NUMBER() OVER (PARTITION BY s."speakerId" ORDER BY COUNT(*) DESC, t."stateId") AS rank
            FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s."id"
            WHERE s."speakerId" = ANY(${[...ids]})
            GROUP BY 1, 2) ranked
          WHERE rank <= ${TOP_TARGETS} ORDER BY "personId", rank`;
          const map = new Map<number, { stateId: number; statementCount: number; averageSentiment: number }[]>(
            ids.map((id) => [id, []]),
          );
          for (const { personId, ...row } of result) map.get(personId)?.push(row);
          return ids.map((id) => map.get(id)!);
        },
      )
      .load(summary.personId);
    const states = await loaders.state(context).loadMany(rows.map((row) => row.stateId));
    return rows.map((row, index) => ({ ...row, state: states[index] }) as unknown as StateActivity);
  }
}

@Resolver(() => Person)
export class PersonAnalyticsResolver {
  @FieldResolver(() => PersonSummary, {
    description: "What the person has said, in figures: statement count, mean tone, the states they speak about most.",
  })
  async summary(@Root() person: PersonRow, @Ctx() context: GraphQLContext): Promise<PersonSummary> {
    const stats = await context.loaders
      .get<number, { statementCount: number; averageSentiment: number | null }>("Person.summary", async (ids) => {
        const rows = await context.prisma.$queryRaw<
          { personId: number; statementCount: number; averageSentiment: number | null }[]
        >`
          SELECT s."speakerId" AS "personId", COUNT(*)::int AS "statementCount", AVG(s."sentimentScore")::float8 AS "averageSentiment"
          FROM "Statement" s WHERE s."speakerId" = ANY(${[...ids]}) GROUP BY 1`;
        const map = new Map(rows.map(({ personId, ...row }) => [personId, row]));
        return ids.map((id) => map.get(id) ?? { statementCount: 0, averageSentiment: null });
      })
      .load(person.id);
    return Object.assign(new PersonSummary(), { personId: person.id, ...stats });
  }
}
