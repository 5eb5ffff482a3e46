import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { StateView as StateRow } from "../../db/queries/states/state-rows.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { badUserInput, normaliseStateCode } from "../common/argument-errors.js";
import { toGlobalId } from "../relay/global-id.js";
import { PagingArgs } from "../relay/paging-args.js";
import { argumentsKey, loadNestedConnection, loadRootConnection } from "../relay/load-connection.js";
import { State, StateAlias, StateConnection } from "./state.type.js";
import { StateFilter, StateOrder } from "./state-filter.js";
import { toStateCriteria, toStateOrdering } from "./state-criteria.js";
import { stateSort, stateSource } from "../../db/queries/states/state-source.js";
import { PersonConnection } from "../people/person.type.js";
import { PersonListArgs } from "../people/person-filter.js";
import { personQuery } from "../people/person-criteria.js";
import { StatementConnection } from "../statements/statement.type.js";
import { nestedStatements, StatementListArgs } from "../statements/statement-connection.js";

@Resolver(() => State)
export class StateResolver {
  @Query(() => State, {
    nullable: true,
    description:
      "A state by ISO 3166-1 code: alpha-2 (`KR`) or alpha-3 (`KOR`), case-insensitive. Null when no state has that code.",
  })
  async state(
    @Arg("code", () => String, { description: "ISO 3166-1 alpha-2 or alpha-3 code, any case." }) code: string,
    @Ctx() context: GraphQLContext,
  ): Promise<StateRow | null> {
    const normalised = normaliseStateCode(code);
    if (normalised === null) throw badUserInput(`"${code}" is not an ISO 3166-1 alpha-2 or alpha-3 code.`, "code");
    return loaders.stateByCode(context).load(normalised);
  }

  @Query(() => StateConnection, { description: "All states and territories (every ISO 3166-1 entry), filtered and ordered." })
  states(
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => StateFilter, { nullable: true, description: "Conditions on the states." }) filter: StateFilter | null,
    @Arg("orderBy", () => StateOrder, { nullable: true, description: "Ordering (default: name ascending)." })
    orderBy: StateOrder | null,
    @Ctx() context: GraphQLContext,
  ): Promise<StateConnection> {
    return loadRootConnection(context, StateConnection, () => ({
      source: stateSource(toStateCriteria(filter)),
      sort: stateSort(toStateOrdering(orderBy)),
      paging,
    }));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID." })
  id(@Root() state: StateRow): string {
    return toGlobalId("State", state.id);
  }

  @FieldResolver(() => [StateAlias], {
    description: "Other names under which the state appears in text: names, abbreviations, demonyms, capital.",
  })
  aliases(@Root() state: StateRow, @Ctx() context: GraphQLContext) {
    return loaders.stateAliases(context).load(state.id);
  }

  @FieldResolver(() => PersonConnection, { description: "People affiliated with this state." })
  people(
    @Root() state: StateRow,
    @Args(() => PersonListArgs) args: PersonListArgs,
    @Ctx() context: GraphQLContext,
  ): Promise<PersonConnection> {
    const { first, after, last, before, filter, orderBy } = args;
    return loadNestedConnection(
      context,
      PersonConnection,
      argumentsKey("State.people", { first, after, last, before, filter, orderBy }),
      state.id,
      () => personQuery(context, args, "state"),
    );
  }

  @FieldResolver(() => StatementConnection, {
    description: "Statements made on behalf of this state (it is the speaker's side).",
  })
  statements(
    @Root() state: StateRow,
    @Args(() => StatementListArgs) args: StatementListArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedStatements(context, "State.statements", "speakerState", state.id, args, { info });
  }

  @FieldResolver(() => StatementConnection, {
    description: "Statements about this state (it is one of their targets), whoever made them.",
  })
  statementsAbout(
    @Root() state: StateRow,
    @Args(() => StatementListArgs) args: StatementListArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedStatements(context, "State.statementsAbout", "targetState", state.id, args, { info });
  }
}
