// Work the server does once per operation rather than once per field or per request: the Cache-Control policy
// (cache-policy.ts), the price of operations without variables (query-cost.ts), the response item count, and
// plain fields read by graphql-js's default resolver (type-graphql `simpleResolvers`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphQLObjectType, GraphQLSchema, GraphQLString, buildSchema, parse, type OperationDefinitionNode } from "graphql";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { operationNodes } from "../../src/graphql/query-cost.js";
import { resolvesRootField, schemaHasCacheHints } from "../../src/server/plugins/cache-policy.js";
import { countListItems } from "../../src/server/plugins/query-cost.js";
import type { RunningServer } from "../../src/server/start-server.js";
import { startEmptyServer } from "../helpers/empty-server.js";

const operationOf = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition") as OperationDefinitionNode;
  return { document, operation };
};

describe("cache policy from the operation", () => {
  it("counts only root fields that run: not __typename, introspection or skipped fields", () => {
    const resolves = (source: string, variables: Record<string, unknown> = {}) => {
      const { document, operation } = operationOf(source);
      return resolvesRootField(operation.selectionSet, document, variables);
    };
    expect(resolves(`{ states { totalCount } }`)).toBe(true);
    expect(resolves(`{ __typename __schema { queryType { name } } }`)).toBe(false);
    expect(resolves(`query($s: Boolean!) { states @skip(if: $s) { totalCount } }`, { s: true })).toBe(false);
    expect(resolves(`query($s: Boolean!) { states @skip(if: $s) { totalCount } }`, { s: false })).toBe(true);
    expect(resolves(`{ states @include(if: false) { totalCount } }`)).toBe(false);
    expect(resolves(`{ ...Q } fragment Q on Query { ... on Query { states { totalCount } } }`)).toBe(true);
    expect(resolves(`{ ...Q } fragment Q on Query { __typename }`)).toBe(false);
  });

  it("finds @cacheControl hints, so the plugin can refuse a schema it would misread", async () => {
    expect(schemaHasCacheHints(await buildGraphQLSchema())).toBe(false);
    const hinted = buildSchema(`
      directive @cacheControl(maxAge: Int) on FIELD_DEFINITION | OBJECT
      type Query { a: String @cacheControl(maxAge: 5) }`);
    expect(schemaHasCacheHints(hinted)).toBe(true);
  });
});

describe("per-request cost bookkeeping", () => {
  it("counts list items without allocating, connections' edges and nodes once", () => {
    const data = {
      states: {
        nodes: [{ code: "FR", statements: { nodes: [{ text: "a" }, { text: "b" }], edges: [{ node: {} }, { node: {} }] } }],
      },
      tags: ["x", "y"],
    };
    // 1 state + 2 statements (edges not counted again); lists of scalars are not items.
    expect(countListItems(data)).toBe(3);
    expect(countListItems(Object.assign(Object.create(null), data))).toBe(3);
    expect(countListItems(null)).toBe(0);
  });

  it("prices an operation once per document unless its price reads variables, then every time", async () => {
    const schema = await buildGraphQLSchema();
    const constant = operationOf(`{ states(first: 7) { nodes { code } } }`);
    expect(operationNodes(schema, constant.document, constant.operation, {})).toBe(7);
    expect(operationNodes(schema, constant.document, constant.operation, {})).toBe(7);
    const variable = operationOf(`query($n: Int) { states(first: $n) { nodes { code } } }`);
    expect(operationNodes(schema, variable.document, variable.operation, { n: 3 })).toBe(3);
    expect(operationNodes(schema, variable.document, variable.operation, { n: 9 })).toBe(9);
    // Variables the price never reads (a point lookup's id) leave it constant: priced once, the variables of
    // later requests are not even looked at.
    const lookup = operationOf(`query($id: ID!) { statement(id: $id) { text targets { code } } }`);
    expect(operationNodes(schema, lookup.document, lookup.operation, { id: "a" })).toBe(10);
    const untouchable = new Proxy({}, { get: () => expect.unreachable("variables read"), ownKeys: () => expect.unreachable() });
    expect(operationNodes(schema, lookup.document, lookup.operation, untouchable)).toBe(10);
    // A variable read anywhere in the walk (here inside a filter, even one that does not change the price) keeps
    // the operation priced per request.
    const filtered = operationOf(`query($q: String) { statements(first: 4, filter: { search: $q }) { nodes { id } } }`);
    expect(operationNodes(schema, filtered.document, filtered.operation, {})).toBe(4);
    expect(operationNodes(schema, filtered.document, filtered.operation, { q: "grain" })).toBeGreaterThan(4);
    // A memo is tied to the schema it was computed with.
    const other = new GraphQLSchema({
      query: new GraphQLObjectType({ name: "Query", fields: { states: { type: GraphQLString } } }),
    });
    expect(operationNodes(other, constant.document, constant.operation, {})).toBe(0);
  });
});

describe("plain fields", () => {
  it("read by graphql-js's default resolver on the types every read returns", async () => {
    const schema = await buildGraphQLSchema();
    const plain: Record<string, string[]> = {
      Statement: ["text", "kind", "type", "publishedAt", "confidence"],
      State: ["code", "name", "alpha3"],
      Person: ["name", "role"],
      Article: ["title", "url", "publishedAt"],
      StatementConnection: ["nodes", "edges", "pageInfo"],
      StatementEdge: ["node", "cursor"],
      PageInfo: ["hasNextPage", "endCursor"],
      Sentiment: ["score", "label"],
    };
    for (const [typeName, fields] of Object.entries(plain)) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      for (const field of fields)
        expect([typeName, field, type.getFields()[field]!.resolve]).toEqual([typeName, field, undefined]);
    }
  });
});

describe("HTTP cache headers", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startEmptyServer();
  }, 120_000);
  afterAll(() => server?.stop());

  const post = async (query: string, headers: Record<string, string> = {}, operationName?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, operationName }),
    });
    await response.body?.cancel();
    return response.headers.get("cache-control");
  };

  it("public for a minute, private with credentials, never for introspection only, errors or mutations", async () => {
    expect(await post(`{ state(code: "FR") { name } }`)).toBe("max-age=60, public");
    expect(await post(`{ state(code: "FR") { name } }`, { authorization: "Bearer not-a-real-key-but-long-enough" })).toBe(
      "max-age=60, private",
    );
    expect(await post(`{ __typename }`)).toBe("no-store");
    expect(await post(`query A { states { totalCount } }`, {}, "B")).toBe("no-store");
    expect(await post(`{ state(code: "not a code") { name } }`)).toBe("no-store");
    expect(await post(`mutation { mergePeople(input: { into: "x", duplicate: "y" }) { userErrors { code } } }`)).toBe("no-store");
  });
});
