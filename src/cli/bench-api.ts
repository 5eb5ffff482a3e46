// npm run bench:api -- --database-url postgres://… [--statements N] [--seconds S] [--connections C] [--shapes a,b]
// Generates data into an empty database first (src/bench/generate-data.ts), starts the production build of the
// API on loopback, and load-tests a fixed set of query shapes (src/bench/query-shapes.ts), printing a table.
import { parseArgs } from "node:util";
import { DEFAULT_STATEMENTS } from "../bench/generate-data.js";
import { prepareBenchDatabase } from "../bench/prepare-database.js";
import { startApi, type RunningApi } from "../bench/api-server.js";
import { benchApplicationName, openBackendCpu, withApplicationName } from "../bench/backend-cpu.js";
import { benchShape, formatResults, openStatStatements, type ShapeResult } from "../bench/api-bench.js";
import { queryShapes } from "../bench/query-shapes.js";
import { toGlobalId } from "../graphql/relay/global-id.js";
import { runCli } from "./run-cli.js";

const FAILED: ShapeResult = {
  name: "",
  requestsPerSecond: 0,
  p50Ms: 0,
  p99Ms: 0,
  failures: 0,
  nodeCpuMsPerRequest: null,
  dbMsPerRequest: null,
  dbMsOneClient: null,
  sqlPerRequest: null,
  pgCpuMsPerRequest: null,
};

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      "database-url": { type: "string", default: process.env.DATABASE_URL },
      statements: { type: "string", default: String(DEFAULT_STATEMENTS) },
      seconds: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      // Only the shapes whose names contain one of these comma-separated words (e.g. --shapes search).
      shapes: { type: "string" },
    },
  });
  const url = values["database-url"];
  if (!url) throw new Error("Give the database: --database-url postgres://… (or DATABASE_URL).");
  const statementId = toGlobalId("Statement", await prepareBenchDatabase(url, Number(values.statements)));
  const statStatements = await openStatStatements(url);
  // The measured API's connections carry the bench's name, so that their backends' CPU can be told from others'.
  const backendCpu = await openBackendCpu(url, benchApplicationName());
  const apis: RunningApi[] = [];
  try {
    const api = await startApi(withApplicationName(url, benchApplicationName()));
    apis.push(api);
    const traced = await startApi(url, { GRAPHQL_SQL_TRACE: "true" });
    apis.push(traced);
    const options = {
      seconds: Number(values.seconds),
      connections: Number(values.connections),
      traced,
      statStatements,
      backendCpu,
    };
    const results: ShapeResult[] = [];
    const only = values.shapes?.split(",").filter(Boolean) ?? [];
    const shapes = queryShapes(statementId).filter((shape) => !only.length || only.some((word) => shape.name.includes(word)));
    for (const shape of shapes) {
      try {
        const result = await benchShape(api, shape, options);
        console.log(`  ${shape.name}: ${result.requestsPerSecond.toFixed(0)} req/s`);
        results.push(result);
      } catch (error) {
        // One failing shape (e.g. cancelled by statement_timeout) is a result too: report it, measure the rest.
        const message = (error as Error).message.replace(`${shape.name}: `, "");
        console.log(`  ${shape.name}: failed: ${message}`);
        results.push({ ...FAILED, name: shape.name, error: message });
      }
    }
    console.log(`\n${options.connections} connections, ${options.seconds} s per shape, loopback:\n`);
    console.log(formatResults(results, statStatements ? "pg_stat_statements" : "SQL trace"));
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await statStatements?.end();
    await backendCpu.end();
  }
});
