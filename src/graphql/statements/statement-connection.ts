// Every statement list of the API, root or nested (State.statements/statementsAbout, Person, Topic, Article and
// Relation statements), goes through here: arguments mapped to criteria, SQL built by the data layer.
import { ArgsType, Field } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { statementQuery } from "../../db/queries/statements/statement-source.js";
import type { StatementOrdering, StatementScope } from "../../db/queries/statements/statement-criteria.js";
import type { ParentKey } from "../../db/queries/keyset/keyset-pages.js";
import { argumentsKey, loadNestedConnection, loadRootConnection } from "../relay/load-connection.js";
import { PagingArgs } from "../relay/paging-args.js";
import { loaders } from "../common/entity-loaders.js";
import { StatementConnection } from "./statement.type.js";
import { StatementFilter, StatementOrder } from "./statement-filter.js";
import { toStatementCriteria, toStatementOrdering } from "./statement-criteria.js";

@ArgsType()
export class StatementListArgs extends PagingArgs {
  @Field(() => StatementFilter, { nullable: true, description: "Conditions on the statements." })
  filter?: StatementFilter | null;

  @Field(() => StatementOrder, {
    nullable: true,
    description: "Ordering (default: newest first; an article's statements in order of appearance).",
  })
  orderBy?: StatementOrder | null;
}

export type NestedStatementScope = "speakerState" | "targetState" | "speaker" | "article" | "topic" | "relation";

/** The root list `Query.statements`. */
export function rootStatements(context: GraphQLContext, args: StatementListArgs): Promise<StatementConnection> {
  return loadRootConnection(context, StatementConnection, async () => ({
    ...statementQuery({ kind: "all" }, await toStatementCriteria(context, args.filter), toStatementOrdering(args.orderBy)),
    paging: args,
  }));
}

async function scopeOf(
  context: GraphQLContext,
  kind: NestedStatementScope,
  parents: readonly ParentKey[],
): Promise<StatementScope> {
  if (kind !== "topic") return { kind };
  const ids = parents as readonly number[];
  const subtrees = await loaders.topicSubtree(context).loadMany(ids);
  return {
    kind,
    subtrees: new Map(ids.map((id, index) => [id, subtrees[index] instanceof Error ? [] : (subtrees[index] as number[])])),
  };
}

/**
 * A nested statement list: one SQL statement for all parents of the field (`field` names it, e.g. `Person.statements`).
 * `defaultOrder` applies when the client gives no `orderBy`.
 */
export function nestedStatements(
  context: GraphQLContext,
  field: string,
  scope: NestedStatementScope,
  parent: ParentKey,
  args: StatementListArgs,
  defaultOrder?: StatementOrdering,
): Promise<StatementConnection> {
  const { filter, orderBy, first, after, last, before } = args;
  return loadNestedConnection(
    context,
    StatementConnection,
    argumentsKey(field, { first, after, last, before, filter, orderBy }),
    parent,
    async (parents) => ({
      ...statementQuery(
        await scopeOf(context, scope, parents),
        await toStatementCriteria(context, filter),
        toStatementOrdering(orderBy, defaultOrder),
      ),
      paging: args,
    }),
  );
}
