// Resolves a connection at the root (one query) or nested under many parents (one query for all parents through
// a request-scoped DataLoader), with totalCount computed lazily the same way. The SQL lives in the data layer
// (src/db/queries/keyset); this file maps GraphQL arguments to it and its errors to GraphQL errors.
import type { GraphQLContext } from "../context.js";
import { toConnection, type ConnectionShape } from "./connection.js";
import {
  countNested,
  countRoot,
  loadNestedPages,
  loadRootPage,
  parentKeyString,
  type KeysetPage,
  type KeysetSource,
  type ParentKey,
  type SortSpec,
} from "../../db/queries/keyset/keyset-pages.js";
import { toGraphQLError } from "../common/query-errors.js";
import { toPageRequest, type PagingArgs } from "./paging-args.js";

export interface ConnectionQuery {
  source: KeysetSource;
  sort: SortSpec;
  paging: PagingArgs;
}

function cursorArgument(paging: PagingArgs): string {
  return paging.before != null && paging.first == null ? "before" : "after";
}

export async function loadRootConnection<T, C extends ConnectionShape<T>>(
  context: GraphQLContext,
  ConnectionClass: new () => C,
  build: () => ConnectionQuery | Promise<ConnectionQuery>,
): Promise<C> {
  try {
    const query = await build();
    const page = await loadRootPage<T>(
      context.prisma,
      query.source,
      query.sort,
      toPageRequest(query.paging),
      cursorArgument(query.paging),
    );
    return toConnection(ConnectionClass, page, () => countRoot(context.prisma, query.source));
  } catch (error) {
    throw toGraphQLError(error);
  }
}

/**
 * `loaderKey` must identify the field and every argument that shapes the SQL (filter, order, paging), so that
 * sibling parents with the same arguments share one batch. `build` gets the batch's parents (some sources need
 * facts about them, e.g. a topic's subtopics).
 */
export async function loadNestedConnection<T, C extends ConnectionShape<T>>(
  context: GraphQLContext,
  ConnectionClass: new () => C,
  loaderKey: string,
  parent: ParentKey,
  build: (parents: readonly ParentKey[]) => ConnectionQuery | Promise<ConnectionQuery>,
): Promise<C> {
  const pageLoader = context.loaders.get<ParentKey, KeysetPage<T>>(`page:${loaderKey}`, async (parents) => {
    const query = await build(parents);
    const request = toPageRequest(query.paging);
    const pages = await loadNestedPages<T>(
      context.prisma,
      query.source,
      query.sort,
      request,
      parents,
      cursorArgument(query.paging),
    );
    return parents.map((key) => pages.get(parentKeyString(key))!);
  });
  const countLoader = context.loaders.get<ParentKey, number>(`count:${loaderKey}`, async (parents) => {
    const counts = await countNested(context.prisma, (await build(parents)).source, parents);
    return parents.map((key) => counts.get(parentKeyString(key)) ?? 0);
  });
  try {
    const page = await pageLoader.load(parent);
    return toConnection(ConnectionClass, page, () =>
      countLoader.load(parent).catch((error: unknown) => Promise.reject(toGraphQLError(error))),
    );
  } catch (error) {
    throw toGraphQLError(error);
  }
}

/** A stable key for a field's arguments. */
export function argumentsKey(field: string, args: unknown): string {
  return `${field}:${JSON.stringify(args)}`;
}
