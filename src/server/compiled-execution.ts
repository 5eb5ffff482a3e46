// Runs operations through graphql-jit's compiled executor instead of graphql-js's interpreter, once a document is
// seen again. Why: graphql-js walks the document, collects fields and builds a resolve-info object for every field
// of every row; for a 50-row list that interpretation costs more Node CPU than the SQL. graphql-jit turns a document
// into a JavaScript function once, and that function runs the same resolvers with none of the walking.
// A document is compiled the second time it is executed, not the first: clients repeat a handful of documents
// (their compile cost is paid once), while one-off documents (explorers, fuzzing, hostile clients) run on
// graphql-js and never pay the compile time or keep compiled code in memory. Compiled code is kept for the most
// recently used documents only (MAX_COMPILED_DOCUMENTS), so its memory stays bounded whatever clients send.
// Apollo Server takes a custom executor only through its gateway interface; the "gateway" here serves the local
// schema and nothing else.
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** Compiled operations of one document by operation name ("" for an anonymous one); null where graphql-jit declined. */
type CompiledOperations = Map<string, CompiledQuery | null>;

/**
 * Executions of a document on graphql-js before it is compiled. One: a document is compiled when it comes back.
 * Compiling takes 0.1–0.7 ms for the bench's query shapes and 5 ms for the full introspection query.
 */
export const RUNS_BEFORE_COMPILING = 1;

/**
 * Documents whose compiled code is kept, the most recently used. A compiled document holds about 25 KB (the bench's
 * shapes, before running); Apollo's document store keeps thousands of documents, so without a bound a client
 * repeating thousands of distinct documents would keep about 100 MB of code. 500 is about 12 MB, far more documents
 * than a client application uses; a document that falls out is compiled again when it comes back.
 */
export const MAX_COMPILED_DOCUMENTS = 500;

/** The compiled operations of the most recently used documents, at most `limit` of them (a Map keeps insertion order). */
class RecentlyCompiled {
  private readonly entries = new Map<DocumentNode, CompiledOperations>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  operationsOf(document: DocumentNode): CompiledOperations {
    const operations = this.entries.get(document) ?? new Map();
    // Deleted and set again: now the most recent, at the end of the Map's order.
    this.entries.delete(document);
    this.entries.set(document, operations);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return operations;
  }
}

export interface CompiledExecutorOptions {
  runsBeforeCompiling?: number;
  maxCompiledDocuments?: number;
}

export function compiledExecutor(
  schema: GraphQLSchema,
  { runsBeforeCompiling = RUNS_BEFORE_COMPILING, maxCompiledDocuments = MAX_COMPILED_DOCUMENTS }: CompiledExecutorOptions = {},
): GatewayExecutor & { compiledDocuments(): number } {
  // Runs per parsed document, which Apollo's document store keeps for repeated operations; a count goes when the
  // store drops its document.
  const runs = new WeakMap<DocumentNode, number>();
  const compiled = new RecentlyCompiled(maxCompiledDocuments);
  const executor = async (request: Parameters<GatewayExecutor>[0]) => {
    const { document, context } = request;
    // The operation name the client sent: Apollo's `request.operationName` is the one it resolved, null when
    // none matched, and executing with null would run a document's only operation instead of failing.
    const operationName = request.request.operationName ?? null;
    const variables = request.request.variables ?? {};
    const run = (runs.get(document) ?? 0) + 1;
    runs.set(document, run);
    // An operation Apollo could not resolve goes to graphql-js, whose errors Apollo answers with (400).
    const compilable = request.operation !== undefined && run > runsBeforeCompiling;
    const query = compilable ? compiledOperation(schema, document, operationName, compiled.operationsOf(document)) : null;
    if (query) {
      const result = await query.query(undefined, context, variables);
      // No `data` at all: the request failed before any resolver ran (variables that do not coerce). graphql-jit's
      // errors for it lack the variable's AST node, by which Apollo tells a client's bad input (400,
      // BAD_USER_INPUT) from a server fault, so graphql-js answers those, with the errors clients know.
      if ("data" in result) return result as Result;
    }
    return (await execute({ schema, document, contextValue: context, variableValues: variables, operationName })) as Result;
  };
  return Object.assign(executor, { compiledDocuments: () => compiled.size });
}

type Result = ExecutionResult<Record<string, unknown>>;

function compiledOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  operations: CompiledOperations,
): CompiledQuery | null {
  const key = operationName ?? "";
  if (!operations.has(key)) {
    // A document graphql-jit cannot compile (it answers with errors instead) keeps running on graphql-js.
    const result = compileQuery(schema, document, operationName ?? undefined);
    operations.set(key, isCompiledQuery(result) ? result : null);
  }
  return operations.get(key) ?? null;
}

/** Apollo Server's gateway interface around the local schema, executing through {@link compiledExecutor}. */
export function compiledExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { executor: compiledExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {},
  };
}
