// Generic Relay connection types: XConnection { edges { cursor node } nodes pageInfo totalCount }.
import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { PageInfo } from "./page-info.js";
import type { KeysetPage } from "../../db/queries/keyset/keyset-pages.js";

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Computes totalCount; only called when the client selects it. */
  count: () => Promise<number>;
}

export function createConnectionType<T extends object>(node: ClassType<T>, typeName: string, noun: string) {
  @ObjectType(`${typeName}Edge`, { simpleResolvers: true, description: `One ${noun} in a connection, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Cursor of this item, for `after`/`before`." })
    cursor!: string;

    @Field(() => node, { description: `The ${noun}.` })
    node!: T;
  }

  @ObjectType(`${typeName}Connection`, {
    simpleResolvers: true,
    description: `A page of ${noun} items (Relay cursor connection).`,
  })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: "The items of this page with their cursors." })
    edges!: Edge[];

    @Field(() => [node], { description: "The items of this page, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Paging information." })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, {
      description: "Number of items in the whole list with the same filter, all pages together. Computed only when asked for.",
    })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return Connection;
}

/** Builds a connection object from a keyset page; edges and cursors are built only when selected. */
export function toConnection<T, C extends ConnectionShape<T>>(
  ConnectionClass: new () => C,
  page: KeysetPage<T>,
  count: () => Promise<number>,
): C {
  const connection = new ConnectionClass();
  const last = page.rows.length - 1;
  // Edges are built on first read: most queries select only `nodes`, and a page of nested lists would otherwise
  // build an edge object per row for nothing.
  let edges: ConnectionShape<T>["edges"] | undefined;
  Object.defineProperty(connection, "edges", {
    enumerable: true,
    get: () =>
      (edges ??= page.rows.map((node, index) => ({
        node,
        get cursor() {
          return page.cursor(index);
        },
      }))),
    set: (value: ConnectionShape<T>["edges"]) => {
      edges = value;
    },
  });
  connection.nodes = page.rows;
  connection.pageInfo = {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    get startCursor() {
      return last >= 0 ? page.cursor(0) : null;
    },
    get endCursor() {
      return last >= 0 ? page.cursor(last) : null;
    },
  };
  connection.count = count;
  return connection;
}
