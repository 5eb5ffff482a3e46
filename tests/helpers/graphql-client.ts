// Runs GraphQL operations against the real schema and a test database, counting SQL statements.
import { graphql, type ExecutionResult } from "graphql";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { createContext } from "../../src/graphql/context.js";
import { withSqlTrace, type SqlTrace } from "../../src/db/sql-trace.js";
import type { Database } from "../../src/db/database.js";

export interface TestResult<T = any> extends ExecutionResult<T> {
  sql: SqlTrace;
}

export async function runQuery<T = any>(
  database: Database,
  source: string,
  variables?: Record<string, unknown>,
  options: { apiKeyLabel?: string | null } = {},
): Promise<TestResult<T>> {
  const schema = await buildGraphQLSchema();
  const { result, trace } = await withSqlTrace(
    () =>
      Promise.resolve(
        graphql({
          schema,
          source,
          variableValues: variables,
          contextValue: createContext(database.prisma, options.apiKeyLabel ?? null),
        }),
      ),
    { keepStatements: true },
  );
  return { ...(result as ExecutionResult<T>), sql: trace };
}

/** Runs a query that must succeed; throws with the GraphQL errors otherwise. */
export async function querySuccess<T = any>(
  database: Database,
  source: string,
  variables?: Record<string, unknown>,
): Promise<T & { __sql: SqlTrace }> {
  const result = await runQuery<T>(database, source, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => e.message).join("; ")}`);
  return Object.assign(result.data as object, { __sql: result.sql }) as T & { __sql: SqlTrace };
}
