// Load test of the running API: for each query shape, a short warm-up, then autocannon for a fixed duration on
// loopback; req/s, p50/p99 latency, the API process's CPU per request, and the database time per request. DB time
// comes from pg_stat_statements when the server has it loaded, else from the SQL trace of a second API process
// (GRAPHQL_SQL_TRACE: time spent in the driver per request, averaged over sequential requests).
import autocannon from "autocannon";
import pg from "pg";
import type { RunningApi } from "./api-server.js";
import type { QueryShape } from "./query-shapes.js";
import { backendCpuBetween, type BackendCpu } from "./backend-cpu.js";

export interface ShapeResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  nodeCpuMsPerRequest: number | null;
  dbMsPerRequest: number | null;
  /**
   * DB time per request with one client (pg_stat_statements): the database's own service time. Under ten
   * concurrent clients on a machine of few cores, execution times also hold the wait for a CPU that the API process
   * and the load generator share with PostgreSQL.
   */
  dbMsOneClient: number | null;
  sqlPerRequest: number | null;
  /** PostgreSQL backends' CPU time per request (backend-cpu.ts), or null when it cannot be read. */
  pgCpuMsPerRequest: number | null;
  /** Why the shape could not be measured (its query failed), or undefined. */
  error?: string;
}

export interface BenchOptions {
  seconds: number;
  connections: number;
  /** API started with GRAPHQL_SQL_TRACE=true, used for DB time when pg_stat_statements is not available. */
  traced: RunningApi | null;
  /** Client on the benchmark database with pg_stat_statements readable, or null. */
  statStatements: pg.Client | null;
  /** The CPU of the PostgreSQL backends serving the servers under test, or null. */
  backendCpu: BackendCpu | null;
}

export interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string }[];
  extensions?: { sql?: { durationMs: number; queries: number } };
}

/** One request of `shape` to the server at `url`. */
export async function post(url: string, shape: QueryShape): Promise<GraphQLResponse> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: shape.query, variables: shape.variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

/** The pg_stat_statements client for `databaseUrl`, or null when the extension is not loaded by the server. */
export async function openStatStatements(databaseUrl: string): Promise<pg.Client | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await client.query("SELECT 1 FROM pg_stat_statements LIMIT 1");
    return client;
  } catch {
    await client.end();
    return null;
  }
}

/** Execution and planning time (planning only with pg_stat_statements.track_planning) and calls so far. */
async function statTotals(client: pg.Client): Promise<{ ms: number; calls: number }> {
  const { rows } = await client.query<{ ms: number; calls: number }>(
    `SELECT COALESCE(SUM(total_exec_time + total_plan_time), 0)::float8 AS ms, COALESCE(SUM(calls), 0)::float8 AS calls
     FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_%'`,
  );
  return rows[0]!;
}

async function tracedDbTime(api: RunningApi, shape: QueryShape, samples = 30): Promise<{ ms: number; queries: number }> {
  let ms = 0;
  let queries = 0;
  for (let n = 0; n < samples; n++) {
    const sql = (await post(api.url, shape)).extensions?.sql;
    if (!sql) throw new Error("the traced API returned no extensions.sql: is GRAPHQL_SQL_TRACE on?");
    if (n < 5) continue; // the first requests warm caches and plans
    ms += sql.durationMs;
    queries += sql.queries;
  }
  return { ms: ms / (samples - 5), queries: queries / (samples - 5) };
}

async function oneClientDbTime(url: string, shape: QueryShape, client: pg.Client, seconds: number): Promise<number> {
  const before = await statTotals(client);
  const result = await load(url, shape, seconds, 1);
  const after = await statTotals(client);
  return (after.ms - before.ms) / (result.requests.total || 1);
}

function load(url: string, shape: QueryShape, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: shape.query, variables: shape.variables }),
    connections,
    duration: seconds,
  });
}

/** Runs one shape against `api`; throws when the query itself fails (a broken shape measures nothing). */
export async function benchShape(api: RunningApi, shape: QueryShape, options: BenchOptions): Promise<ShapeResult> {
  const check = await post(api.url, shape);
  if (check.errors?.length) throw new Error(`${shape.name}: ${check.errors.map((e) => e.message).join("; ")}`);
  await load(api.url, shape, Math.min(2, options.seconds), options.connections); // warm-up: JIT, plans, caches
  const cpuBefore = api.cpuMs();
  const statBefore = options.statStatements ? await statTotals(options.statStatements) : null;
  const backendsBefore = (await options.backendCpu?.sample()) ?? null;
  const result = await load(api.url, shape, options.seconds, options.connections);
  const cpuAfter = api.cpuMs();
  const pgCpuMs = backendCpuBetween(backendsBefore, (await options.backendCpu?.sample()) ?? null);
  const requests = result.requests.total || 1;
  let dbMsPerRequest: number | null = null;
  let sqlPerRequest: number | null = null;
  if (options.statStatements && statBefore) {
    const statAfter = await statTotals(options.statStatements);
    dbMsPerRequest = (statAfter.ms - statBefore.ms) / requests;
    sqlPerRequest = (statAfter.calls - statBefore.calls) / requests;
  }
  const dbMsOneClient = options.statStatements
    ? await oneClientDbTime(api.url, shape, options.statStatements, Math.min(2, options.seconds))
    : null;
  if (options.traced) {
    const traced = await tracedDbTime(options.traced, shape);
    dbMsPerRequest ??= traced.ms;
    sqlPerRequest = traced.queries; // exact: pg_stat_statements also counts other clients of the database
  }
  return {
    name: shape.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.non2xx + result.timeouts,
    nodeCpuMsPerRequest: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / requests : null,
    dbMsPerRequest,
    dbMsOneClient,
    sqlPerRequest,
    pgCpuMsPerRequest: pgCpuMs === null ? null : pgCpuMs / requests,
  };
}

/** The results as a Markdown table. */
export function formatResults(results: ShapeResult[], dbTimeSource: string): string {
  const number = (value: number | null, digits = 1) => (value === null ? "n/a" : value.toFixed(digits));
  const lines = [
    `| query shape | req/s | p50 ms | p99 ms | Node CPU ms/req | PG CPU ms/req | DB ms/req (${dbTimeSource}) | DB ms/req, one client | SQL/req | failed |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map((r) =>
      r.error
        ? `| ${r.name} | failed: ${r.error.replace(/\|/g, "/")} |`
        : `| ${r.name} | ${number(r.requestsPerSecond, 0)} | ${number(r.p50Ms)} | ${number(r.p99Ms)} | ${number(r.nodeCpuMsPerRequest, 2)} | ` +
          `${number(r.pgCpuMsPerRequest, 2)} | ` +
          `${number(r.dbMsPerRequest, 2)} | ${number(r.dbMsOneClient, 2)} | ${number(r.sqlPerRequest)} | ${r.failures} |`,
    ),
  ];
  return lines.join("\n");
}
