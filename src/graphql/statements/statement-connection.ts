// Every statement list of the API, root or nested (State.statements/statementsAbout, Person, Topic, Article and
// Relation statements), goes through here: arguments mapped to criteria, SQL built by the data layer.
import type { GraphQLResolveInfo } from "graphql";
import { ArgsType, Field } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { statementQuery } from "../../db/queries/statements/statement-source.js";
import {
  NO_RELATIONS,
  withRelations,
  type RelationRead,
  type StatementRelations,
  type StatementWithIncluded,
} from "../../db/queries/statements/statement-relations.js";
import type { StatementOrdering, StatementScope } from "../../db/queries/statements/statement-criteria.js";
import type { ParentKey } from "../../db/queries/keyset/keyset-pages.js";
import { argumentsKey, loadNestedConnection, loadRootConnection } from "../relay/load-connection.js";
import { PagingArgs } from "../relay/paging-args.js";
import { loaders, primeIncluded } from "../common/entity-loaders.js";
import { selectedNodeFields, selectedNodeSubfields } from "../relay/selected-node-fields.js";
import type { StatementColumn } from "../../db/queries/statements/statement-rows.js";
import { columnsOfFields } from "./statement-columns.js";
import { personColumnsOfFields } from "../people/person-columns.js";
import { articleColumnsOfFields } from "../articles/article-columns.js";
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

/** What a list reads of its statements: the columns and to-one relations its query shows. */
interface ShownParts {
  /** undefined: every column. */
  columns: StatementColumn[] | undefined;
  relations: StatementRelations;
}

/**
 * How a relation the items show as `field` is read: not (false) when no item field shows it, only the columns its
 * fields read, or whole (true) when one of them is not in `columnsOf`'s table.
 */
function relationRead<Column extends string>(
  info: GraphQLResolveInfo,
  fields: ReadonlySet<string>,
  field: string,
  columnsOf: (fields: Iterable<string>) => Column[] | undefined,
): RelationRead<Column> {
  if (!fields.has(field)) return false;
  return columnsOf(selectedNodeSubfields(info, field)) ?? true;
}

/** The parts of the statements that the query shows (whole rows, no relations, without `info`). */
function shownParts(info: GraphQLResolveInfo | undefined): ShownParts {
  if (!info) return { columns: undefined, relations: NO_RELATIONS };
  const fields = selectedNodeFields(info);
  const relations = {
    speaker: relationRead(info, fields, "speaker", personColumnsOfFields),
    article: relationRead(info, fields, "article", articleColumnsOfFields),
  };
  return { columns: columnsOfFields(fields), relations };
}

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
  const { columns, relations } = shownParts(info);
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
  const { columns, relations } = shownParts(info);
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
