// The compiled executor (src/server/compiled-execution.ts) answers exactly as graphql-js does: data, null
// propagation, errors with their paths and codes, abstract types, directives and variables. It compiles a document
// only when the document comes back, once per operation, and Apollo's answers to bad requests stay the same.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import { execute, getIntrospectionQuery, getOperationAST, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import * as jit from "graphql-jit";
import type { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/paths.js";
import { ingestDemoCorpus } from "../../src/ingestion/demo-corpus.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { createContext } from "../../src/graphql/context.js";
import { compiledExecutor } from "../../src/server/compiled-execution.js";
import { queryShapes } from "../../src/bench/query-shapes.js";
import type { RunningServer } from "../../src/server/start-server.js";
import { startEmptyServer } from "../helpers/empty-server.js";
import { openSeededTestDatabase } from "../helpers/test-database.js";

vi.mock("graphql-jit", async (importOriginal) => {
  const original = await importOriginal<typeof import("graphql-jit")>();
  return { ...original, compileQuery: vi.fn(original.compileQuery) };
});

const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
const readmeExamples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Operations beyond the README's, for what compiled code does differently: abstract types, directives, errors. */
function edgeCases(statementId: string, stateId: string): { query: string; variables?: Record<string, unknown> }[] {
  return [
    {
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on State { code } ... on Statement { text } } }`,
      variables: { ids: [statementId, stateId, "bm9wZQ"] },
    },
    { query: `query($id: ID!) { node(id: $id) { __typename ... on Statement { type } } }`, variables: { id: statementId } },
    {
      query: `query($more: Boolean!, $n: Int) { a: statements(first: $n) { nodes { id ...S speaker @include(if: $more) { name } } }
            b: states(first: 2) @skip(if: $more) { totalCount } }
            fragment S on Statement { type sentiment { score label } article { title } }`,
      variables: { more: true, n: 3 },
    },
    { query: `{ statements(first: -3) { nodes { id } } ok: states(first: 1) { nodes { code } } }` },
    { query: `{ state(code: "not a code") { name } }` },
    { query: getIntrospectionQuery() },
  ];
}

function requestContext(
  schema: GraphQLSchema,
  db: Database,
  query: string,
  variables: Record<string, unknown> = {},
  document = parse(query),
) {
  return {
    schema,
    document,
    operation: getOperationAST(document) ?? undefined,
    request: { query, variables },
    context: createContext(db.prisma, null),
  } as unknown as GatewayGraphQLRequestContext;
}

describe("compiled execution on the demo corpus", () => {
  let db: Database;
  let schema: GraphQLSchema;
  let operations: { query: string; variables?: Record<string, unknown> }[];
  beforeAll(async () => {
    db = await openSeededTestDatabase("pglite");
    await ingestDemoCorpus(db.prisma);
    schema = await buildGraphQLSchema();
    const ids = await execute({
      schema,
      document: parse(`{ statements(first: 1) { nodes { id } } state(code: "JP") { id } }`),
      contextValue: createContext(db.prisma, null),
    });
    const { statements, state } = ids.data as { statements: { nodes: { id: string }[] }; state: { id: string } };
    const statementId = statements.nodes[0]!.id;
    operations = [
      ...readmeExamples.map((query) => ({ query })),
      ...queryShapes(statementId),
      ...edgeCases(statementId, state.id),
    ];
  }, 120_000);
  afterAll(() => db?.close());

  it("answers every README example, bench shape and edge case as graphql-js does", async () => {
    const compiled = compiledExecutor(schema, { runsBeforeCompiling: 0 });
    expect(operations.length).toBeGreaterThan(20);
    for (const { query, variables } of operations) {
      const document = parse(query);
      const expected = await execute({
        schema,
        document,
        variableValues: variables,
        contextValue: createContext(db.prisma, null),
      });
      const actual = await compiled(requestContext(schema, db, query, variables, document));
      expect([query, JSON.parse(JSON.stringify(actual))]).toEqual([query, JSON.parse(JSON.stringify(expected))]);
    }
  });

  it("compiles a document when it runs the second time, once per operation name", async () => {
    const compileQuery = vi.mocked(jit.compileQuery);
    compileQuery.mockClear();
    const executor = compiledExecutor(schema);
    const query = `query A { states(first: 2) { nodes { code } } } query B { topics { slug } }`;
    const document = parse(query);
    const run = async (operationName: string) => {
      const request = requestContext(schema, db, query, {}, document);
      Object.assign(request, { operation: getOperationAST(document, operationName) });
      Object.assign(request.request, { operationName });
      return executor(request);
    };
    const first = await run("A");
    expect(compileQuery).not.toHaveBeenCalled();
    expect(await run("A")).toEqual(first);
    expect(await run("A")).toEqual(first);
    expect(compileQuery).toHaveBeenCalledTimes(1);
    const topics = await run("B");
    expect(Object.keys(topics.data!)).toEqual(["topics"]);
    expect(compileQuery).toHaveBeenCalledTimes(2);
  });
});

describe("compiled code kept for the most recent documents only", () => {
  it("keeps at most maxCompiledDocuments and compiles a dropped document again when it comes back", async () => {
    const compileQuery = vi.mocked(jit.compileQuery);
    const schema = await buildGraphQLSchema();
    const executor = compiledExecutor(schema, { maxCompiledDocuments: 3 });
    // No database is read: only the operations' shapes matter here, and `__typename` needs no resolver of ours.
    const documents = Array.from({ length: 5 }, (_, index) => parse(`{ a${index}: __typename }`));
    const run = (document: DocumentNode) =>
      executor({
        document,
        operation: getOperationAST(document) ?? undefined,
        request: { variables: {} },
        context: {},
      } as unknown as GatewayGraphQLRequestContext);
    compileQuery.mockClear();
    for (const document of documents) for (let time = 0; time < 2; time++) await run(document);
    expect(compileQuery).toHaveBeenCalledTimes(5);
    expect(executor.compiledDocuments()).toBe(3);
    // The last three are kept: running them again compiles nothing; the first was dropped and is compiled again.
    for (const document of documents.slice(2))
      expect((await run(document)).data).toEqual({ [`a${documents.indexOf(document)}`]: "Query" });
    expect(compileQuery).toHaveBeenCalledTimes(5);
    await run(documents[0]!);
    expect(compileQuery).toHaveBeenCalledTimes(6);
    expect(executor.compiledDocuments()).toBe(3);
  });
});

describe("Apollo's answers through the compiled executor", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startEmptyServer();
  }, 120_000);
  afterAll(() => server?.stop());

  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return [response.status, json.errors?.map((error) => error.extensions?.code) ?? [], json.data] as const;
  };

  it("answers bad variables and unknown operation names as graphql-js does, on documents it has compiled", async () => {
    const query = (variant: number) =>
      `query Timeline($g: TimeGranularity!) { relation(source: "JP", target: "KP") { timeline(granularity: $g) { start } } }${" ".repeat(variant)}`;
    const badRequests = [{ variables: {} }, { variables: { g: 7 } }, { operationName: "Other", variables: { g: "MONTH" } }];
    // Each bad request first on a document the server has never seen (run on graphql-js)...
    const interpreted = [];
    for (const [index, bad] of badRequests.entries()) interpreted.push(await post({ query: query(index + 1), ...bad }));
    expect(interpreted.map(([status, codes]) => [status, codes])).toEqual([
      [200, ["BAD_USER_INPUT"]],
      [200, ["BAD_USER_INPUT"]],
      [400, ["OPERATION_RESOLUTION_FAILURE"]],
    ]);
    // ...then on one that runs compiled: its good request twice, then the same bad requests.
    const good = await post({ query: query(0), variables: { g: "MONTH" } });
    expect(await post({ query: query(0), variables: { g: "MONTH" } })).toEqual(good);
    expect(good[0]).toBe(200);
    const compiled = [];
    for (const bad of badRequests) compiled.push(await post({ query: query(0), ...bad }));
    expect(compiled).toEqual(interpreted);
  });
});
