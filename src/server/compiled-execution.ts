// Runs operations through graphql-jit's compiled executor instead of graphql-js's interpreter, once a document is
// seen again. Why: graphql-js walks the document, collects fields and builds a resolve-info object for every field
// of every row; for a 50-row list that interpretation costs more Node CPU than the SQL. graphql-jit turns a document
// into a JavaScript function once, and that function runs the same resolvers with none of the walking.
// A document is compiled the second time it is executed, not the first: clients repeat a handful of documents
// (their compile cost is paid once), while one-off documents (explorers, fuzzing, hostile clients) run on
// graphql-js and never pay the compile time or keep compiled code in memory.
// Apollo Server takes a custom executor only through its gateway interface; the "gateway" here serves the local
// schema and nothing else.
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** What is known of one parsed document: how often it ran, and its compiled operations once it has run twice. */
interface DocumentEntry {
  runs: number;
  /** Compiled operations by operation name ("" for an anonymous one); null where graphql-jit declined. */
  compiled: Map<string, CompiledQuery | null>;
}

/**
 * Executions of a document on graphql-js before it is compiled. One: a document is compiled when it comes back.
 * Compiling takes 0.1–0.7 ms for the bench's query shapes and 5 ms for the full introspection query.
 */
export const RUNS_BEFORE_COMPILING = 1;

export function compiledExecutor(
  schema: GraphQLSchema,
  { runsBeforeCompiling = RUNS_BEFORE_COMPILING }: { runsBeforeCompiling?: number } = {},
): GatewayExecutor {
  // Keyed by the parsed document, which Apollo's document store keeps for repeated operations; an entry goes
  // when the store drops its document.
  const documents = new WeakMap<DocumentNode, DocumentEntry>();
  return async (request) => {
    const { document, context } = request;
    // The operation name the client sent: Apollo's `request.operationName` is the one it resolved, null when
    // none matched, and executing with null would run a document's only operation instead of failing.
    const operationName = request.request.operationName ?? null;
    const variables = request.request.variables ?? {};
    let entry = documents.get(document);
    if (!entry) documents.set(document, (entry = { runs: 0, compiled: new Map() }));
    entry.runs += 1;
    // An operation Apollo could not resolve goes to graphql-js, whose errors Apollo answers with (400).
    const compilable = request.operation !== undefined && entry.runs > runsBeforeCompiling;
    const compiled = compilable ? compiledOperation(schema, document, operationName, entry) : null;
    if (compiled) {
      const result = await compiled.query(undefined, context, variables);
      // No `data` at all: the request failed before any resolver ran (variables that do not coerce). graphql-jit's
      // errors for it lack the variable's AST node, by which Apollo tells a client's bad input (400,
      // BAD_USER_INPUT) from a server fault, so graphql-js answers those, with the errors clients know.
      if ("data" in result) return result as Result;
    }
    return (await execute({ schema, document, contextValue: context, variableValues: variables, operationName })) as Result;
  };
}

type Result = ExecutionResult<Record<string, unknown>>;

function compiledOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
  entry: DocumentEntry,
): CompiledQuery | null {
  const key = operationName ?? "";
  if (!entry.compiled.has(key)) {
    // A document graphql-jit cannot compile (it answers with errors instead) keeps running on graphql-js.
    const result = compileQuery(schema, document, operationName ?? undefined);
    entry.compiled.set(key, isCompiledQuery(result) ? result : null);
  }
  return entry.compiled.get(key) ?? null;
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
