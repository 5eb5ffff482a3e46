// Resolves a connection at the root (one query) or nested under many parents (one query for all
// parents through a request-scoped DataLoader), with totalCount computed lazily the same way.
import type { GraphQLContext } from "../context.js";
import { toConnection, type ConnectionShape } from "./connection.js";
import { countKeysetPartitions, loadKeysetPages, type KeysetPage, type KeysetSource, type SortSpec } from "./keyset-page.js";
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
  query: ConnectionQuery,
): Promise<C> {
  const page = toPageRequest(query.paging);
  const pages = await loadKeysetPages<T>(context.prisma, query.source, query.sort, page, null, cursorArgument(query.paging));
  const count = async () => (await countKeysetPartitions(context.prisma, query.source, null)).get(null) ?? 0;
  return toConnection(ConnectionClass, pages.get(null)!, count);
}

/**
 * `loaderKey` must identify the field and every argument that shapes the SQL (filter, order, paging),
 * so that sibling parents with the same arguments share one batch.
 */
export async function loadNestedConnection<T, C extends ConnectionShape<T>>(
  context: GraphQLContext,
  ConnectionClass: new () => C,
  loaderKey: string,
  parentId: number,
  build: () => ConnectionQuery,
): Promise<C> {
  const pageLoader = context.loaders.get<number, KeysetPage<T>>(`page:${loaderKey}`, async (parentIds) => {
    const query = build();
    const pages = await loadKeysetPages<T>(
      context.prisma,
      query.source,
      query.sort,
      toPageRequest(query.paging),
      [...parentIds],
      cursorArgument(query.paging),
    );
    return parentIds.map((id) => pages.get(id)!);
  });
  const countLoader = context.loaders.get<number, number>(`count:${loaderKey}`, async (parentIds) => {
    const counts = await countKeysetPartitions(context.prisma, build().source, [...parentIds]);
    return parentIds.map((id) => counts.get(id) ?? 0);
  });
  // Validate arguments before batching so that bad input fails this field with a clear message.
  toPageRequest(build().paging);
  return toConnection(ConnectionClass, await pageLoader.load(parentId), () => countLoader.load(parentId));
}

/** A stable key for a field's arguments. */
export function argumentsKey(field: string, args: unknown): string {
  return `${field}:${JSON.stringify(args)}`;
}
