import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { PersonView as PersonRow } from "../../db/queries/people/person-rows.js";
import type { StateView as StateRow } from "../../db/queries/states/state-rows.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { expectGlobalId, toGlobalId } from "../relay/global-id.js";
import { loadRootConnection } from "../relay/load-connection.js";
import { State } from "../states/state.type.js";
import { StatementConnection } from "../statements/statement.type.js";
import { nestedStatements, StatementListArgs } from "../statements/statement-connection.js";
import { Person, PersonConnection } from "./person.type.js";
import { PersonListArgs } from "./person-filter.js";
import { personQuery } from "./person-criteria.js";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by ID; null when there is none." })
  person(
    @Arg("id", () => ID, { description: "Person ID." }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<PersonRow | null> {
    return loaders.person(context).load(expectGlobalId(id, "Person", "id"));
  }

  @Query(() => PersonConnection, { description: "People quoted or mentioned in articles, filtered and ordered." })
  people(@Args(() => PersonListArgs) args: PersonListArgs, @Ctx() context: GraphQLContext): Promise<PersonConnection> {
    return loadRootConnection(context, PersonConnection, () => personQuery(context, args, "all"));
  }

  @FieldResolver(() => ID, { description: "Opaque global ID." })
  id(@Root() person: PersonRow): string {
    return toGlobalId("Person", person.id);
  }

  @FieldResolver(() => State, { nullable: true, description: "The state the person represents or belongs to, when known." })
  state(@Root() person: PersonRow, @Ctx() context: GraphQLContext): Promise<StateRow | null> | null {
    return person.stateId === null ? null : loaders.state(context).load(person.stateId);
  }

  @FieldResolver(() => StatementConnection, { description: "Statements attributed to this person." })
  statements(
    @Root() person: PersonRow,
    @Args(() => StatementListArgs) args: StatementListArgs,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedStatements(context, "Person.statements", "speaker", person.id, args, { info });
  }
}
