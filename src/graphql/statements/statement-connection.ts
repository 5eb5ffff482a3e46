// Every statement list of the API, root or nested (State.statements/statementsAbout, Person, Topic, Article and
// Relation statements), goes through here: arguments mapped to criteria, SQL built by the data layer.
import type { GraphQLResolveInfo } from "graphql";
import { ArgsType, Field } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { statementQuery } from "../../db/queries/statements/statement-source.js";
import { withRelations, type StatementWithIncluded } from "../../db/queries/statements/statement-relations.js";
import type { StatementOrdering, StatementScope } from "../../db/queries/statements/statement-criteria.js";
import type { ParentKey } from "../../db/queries/keyset/keyset-pages.js";
import { argumentsKey, loadNestedConnection, loadRootConnection } from "../relay/load-connection.js";
import { PagingArgs } from "../relay/paging-args.js";
import { loaders, primeIncluded } from "../common/entity-loaders.js";
import { nodeSelection } from "../relay/selected-node-fields.js";
import { StatementConnection } from "./statement.type.js";
import { StatementFilter, StatementOrder } from "./statement-filter.js";
import { toStatementCriteria, toStatementOrdering } from "./statement-criteria.js";
import { shownParts } from "./shown-parts.js";

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

/** The connection, with the relations its page read handed to the request's loaders. */
function primed(context: GraphQLContext, connection: StatementConnection): StatementConnection {
  primeIncluded(context, connection.nodes as unknown as readonly StatementWithIncluded[]);
  return connection;
}

/** The root list `Query.statements`. */
export async function rootStatements(
  context: GraphQLContext,
  args: StatementListArgs,
  info?: GraphQLResolveInfo,
): Promise<StatementConnection> {
  const { columns, relations } = shownParts(info && nodeSelection(info));
  const connection = await loadRootConnection(context, StatementConnection, async () => {
    const { source, sort } = statementQuery(
      { kind: "all" },
      await toStatementCriteria(context, args.filter),
      toStatementOrdering(args.orderBy),
      columns,
    );
    return { source: withRelations(source, relations), sort, paging: args };
  });
  return primed(context, connection);
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

export interface NestedStatementOptions {
  /** Ordering when the client gives no `orderBy`. */
  defaultOrder?: StatementOrdering;
  /**
   * The field's resolve info: only the statement columns the query shows are read, and the speaker and article
   * with the statements when it shows them.
   */
  info?: GraphQLResolveInfo;
}

/**
 * A nested statement list: one SQL statement for all parents of the field (`field` names it, e.g. `Person.statements`).
 */
export async function nestedStatements(
  context: GraphQLContext,
  field: string,
  scope: NestedStatementScope,
  parent: ParentKey,
  args: StatementListArgs,
  { defaultOrder, info }: NestedStatementOptions = {},
): Promise<StatementConnection> {
  const { filter, orderBy, first, after, last, before } = args;
  const { columns, relations } = shownParts(info && nodeSelection(info));
  const connection = await loadNestedConnection(
    context,
    StatementConnection,
    argumentsKey(field, { first, after, last, before, filter, orderBy, columns, relations }),
    parent,
    async (parents) => {
      const { source, sort } = statementQuery(
        await scopeOf(context, scope, parents),
        await toStatementCriteria(context, filter),
        toStatementOrdering(orderBy, defaultOrder),
        columns,
      );
      return { source: withRelations(source, relations), sort, paging: args };
    },
  );
  return primed(context, connection);
}
