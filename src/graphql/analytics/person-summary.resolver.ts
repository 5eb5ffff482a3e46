import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Person as PersonRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { Person } from "../people/person.type.js";
import { PersonSummary, StateActivity } from "./analytics.types.js";
import { personStats, personTopTargets, type PersonStats, type TargetTally } from "../../db/queries/analytics/person-queries.js";

const TOP_TARGETS = 10;

@Resolver(() => PersonSummary)
export class PersonSummaryResolver {
  @FieldResolver(() => [StateActivity], {
    description: "The states the person speaks about most, with how often and in what tone (top 10).",
  })
  async topTargets(@Root() summary: PersonSummary, @Ctx() context: GraphQLContext): Promise<StateActivity[]> {
    const rows = await context.loaders
      .get<number, TargetTally[]>("PersonSummary.topTargets", (ids) => personTopTargets(context.prisma, ids, TOP_TARGETS))
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
      .get<number, PersonStats>("Person.summary", (ids) => personStats(context.prisma, ids))
      .load(person.id);
    return Object.assign(new PersonSummary(), { personId: person.id, ...stats });
  }
}
