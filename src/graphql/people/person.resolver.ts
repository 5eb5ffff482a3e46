import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Person as PersonRow, State as StateRow } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { expectGlobalId, toGlobalId } from "../relay/global-id.js";
import { PagingArgs } from "../relay/paging-args.js";
import { argumentsKey, loadNestedConnection, loadRootConnection } from "../relay/load-connection.js";
import { State } from "../states/state.type.js";
import { StatementConnection } from "../statements/statement.type.js";
import { StatementFilter, StatementOrder } from "../statements/statement-filter.js";
import { statementSort, statementSource } from "../statements/statement-source.js";
import { Person, PersonConnection } from "./person.type.js";
import { PersonFilter, PersonOrder, personSort, personSource } from "./person-filter.js";

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
  people(
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => PersonFilter, { nullable: true, description: "Conditions on the people." }) filter: PersonFilter | null,
    @Arg("orderBy", () => PersonOrder, { nullable: true, description: "Ordering (default: name ascending)." })
    orderBy: PersonOrder | null,
    @Ctx() context: GraphQLContext,
  ): Promise<PersonConnection> {
    return loadRootConnection(context, PersonConnection, { source: personSource(filter), sort: personSort(orderBy), paging });
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
    @Args(() => PagingArgs) paging: PagingArgs,
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Conditions on the statements." })
    filter: StatementFilter | null,
    @Arg("orderBy", () => StatementOrder, { nullable: true, description: "Ordering (default: newest first)." })
    orderBy: StatementOrder | null,
    @Ctx() context: GraphQLContext,
  ): Promise<StatementConnection> {
    return loadNestedConnection(
      context,
      StatementConnection,
      argumentsKey("Person.statements", { paging, filter, orderBy }),
      person.id,
      () => ({
        source: statementSource({ kind: "speaker" }, filter),
        sort: statementSort(orderBy, filter),
        paging,
      }),
    );
  }
}
