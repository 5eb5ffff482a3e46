// npm run bench:api -- --database-url postgres://… [--statements N] [--seconds S] [--connections C]
// Generates data into an empty database first (src/bench/generate-data.ts), starts the production build of the
// API on loopback, and load-tests a fixed set of query shapes (src/bench/query-shapes.ts), printing a table.
import { parseArgs } from "node:util";
import { DEFAULT_STATEMENTS } from "../bench/generate-data.js";
import { prepareBenchDatabase } from "../bench/prepare-database.js";
import { startApi, type RunningApi } from "../bench/api-server.js";
import { benchShape, formatResults, openStatStatements, type ShapeResult } from "../bench/api-bench.js";
import { queryShapes } from "../bench/query-shapes.js";
import { toGlobalId } from "../graphql/relay/global-id.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      "database-url": { type: "string", default: process.env.DATABASE_URL },
      statements: { type: "string", default: String(DEFAULT_STATEMENTS) },
      seconds: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
    },
  });
  const url = values["database-url"];
  if (!url) throw new Error("Give the database: --database-url postgres://… (or DATABASE_URL).");
  const statementId = toGlobalId("Statement", await prepareBenchDatabase(url, Number(values.statements)));
  const statStatements = await openStatStatements(url);
  const apis: RunningApi[] = [];
  try {
    const api = await startApi(url);
    apis.push(api);
    const traced = await startApi(url, { GRAPHQL_SQL_TRACE: "true" });
    apis.push(traced);
    const options = { seconds: Number(values.seconds), connections: Number(values.connections), traced, statStatements };
    const results: ShapeResult[] = [];
    for (const shape of queryShapes(statementId)) {
      const result = await benchShape(api, shape, options);
      console.log(`  ${shape.name}: ${result.requestsPerSecond.toFixed(0)} req/s`);
      results.push(result);
    }
    console.log(`\n${options.connections} connections, ${options.seconds} s per shape, loopback:\n`);
    console.log(formatResults(results, statStatements ? "pg_stat_statements" : "SQL trace"));
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await statStatements?.end();
  }
});
