// npm run bench:postgraphile -- --database-url postgres://… --postgraphile-dir DIR [--seconds S] [--rounds R] [--shapes a,b]
// Side by side on the same database: Entente's production build and PostGraphile 5 (default preset, same pool size),
// load-tested with the same autocannon settings (src/bench/api-bench.ts) on the shapes both can express
// (src/bench/postgraphile-shapes.ts), alternating the two servers round by round so that a busy machine slows both
// alike. Both must first return the same rows for each shape. PostGraphile is not installed with Entente: install it
// once into any folder (`npm install --prefix DIR postgraphile@5.1.5`) and pass that folder.
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { DEFAULT_STATEMENTS } from "../bench/generate-data.js";
import { prepareBenchDatabase } from "../bench/prepare-database.js";
import { startApi, type RunningApi } from "../bench/api-server.js";
import { startPostGraphile } from "../bench/postgraphile-server.js";
import { benchApplicationName, openBackendCpu, withApplicationName } from "../bench/backend-cpu.js";
import { benchShape, openStatStatements, post, type BenchOptions, type ShapeResult } from "../bench/api-bench.js";
import { nestedStatesShape } from "../bench/query-shapes.js";
import { comparedShapes, type ComparedIds, type ComparedShape } from "../bench/postgraphile-shapes.js";
import { toGlobalId } from "../graphql/relay/global-id.js";
import { integerArg, parseCliArgs, UsageError } from "./cli-args.js";
import { runCli } from "./run-cli.js";

/** @prisma/adapter-pg opens a pg.Pool with pg's default size, 10: PostGraphile gets the same. */
const POOL_SIZE = 10;

const USAGE = `npm run bench:postgraphile -- --database-url postgres://… --postgraphile-dir DIR [options]
  --database-url URL      PostgreSQL database (generated into first when empty; default DATABASE_URL)
  --postgraphile-dir DIR  folder where postgraphile@5 is installed (default POSTGRAPHILE_DIR)
  --statements N          statements to generate into an empty database (default ${DEFAULT_STATEMENTS})
  --seconds S             autocannon duration of each run (default 10)
  --connections C         concurrent connections (default 10)
  --rounds R              runs per server and shape, alternating Entente and PostGraphile (default 3)
  --shapes a,b            only the shapes whose names contain one of these words (e.g. --shapes newest,id)`;

/** The row ids PostGraphile's queries need: the states Entente's nested query returns, and US. */
async function resolveIds(url: string, entente: RunningApi, statementId: number): Promise<ComparedIds> {
  const answer = await post(entente.url, nestedStatesShape);
  const codes = (answer.data as { states: { nodes: { code: string }[] } }).states.nodes.map((s) => s.code);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ code: string; id: number }>(`SELECT code, id FROM "State" WHERE code = ANY($1)`, [
      [...codes, "US"],
    ]);
    const idOf = (code: string) => rows.find((row) => row.code === code)!.id;
    return {
      nestedStates: codes.map((code) => ({ code, id: idOf(code) })),
      speakerStateId: idOf("US"),
      statementId: toGlobalId("Statement", statementId),
    };
  } finally {
    await client.end();
  }
}

/** Throws unless both servers return the same rows for `shape` (otherwise the comparison compares nothing). */
async function checkSameAnswers(shape: ComparedShape, entente: RunningApi, postgraphile: RunningApi): Promise<void> {
  const [ours, theirs] = await Promise.all([post(entente.url, shape.entente), post(postgraphile.url, shape.postgraphile)]);
  const errors = [...(ours.errors ?? []), ...(theirs.errors ?? [])];
  if (errors.length) throw new Error(`${shape.name}: ${errors.map((e) => e.message).join("; ")}`);
  const a = shape.normalise.entente(ours.data);
  const b = shape.normalise.postgraphile(theirs.data);
  if (!isDeepStrictEqual(a, b))
    throw new Error(`${shape.name}: the answers differ:\n${JSON.stringify(a).slice(0, 400)}\n${JSON.stringify(b).slice(0, 400)}`);
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** One server's runs of a shape, averaged. */
function average(runs: ShapeResult[]): ShapeResult {
  const meanOf = (pick: (r: ShapeResult) => number | null) => {
    const values = runs.map(pick);
    return values.some((v) => v === null) ? null : mean(values as number[]);
  };
  return {
    name: runs[0]!.name,
    requestsPerSecond: mean(runs.map((r) => r.requestsPerSecond)),
    p50Ms: mean(runs.map((r) => r.p50Ms)),
    p99Ms: mean(runs.map((r) => r.p99Ms)),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
    nodeCpuMsPerRequest: meanOf((r) => r.nodeCpuMsPerRequest),
    dbMsPerRequest: meanOf((r) => r.dbMsPerRequest),
    dbMsOneClient: meanOf((r) => r.dbMsOneClient),
    sqlPerRequest: meanOf((r) => r.sqlPerRequest),
    pgCpuMsPerRequest: meanOf((r) => r.pgCpuMsPerRequest),
  };
}

function formatComparison(rows: { shape: string; entente: ShapeResult; postgraphile: ShapeResult }[], db: boolean): string {
  const n = (value: number | null, digits = 1) => (value === null ? "n/a" : value.toFixed(digits));
  const dbHeader = db ? " DB ms/req E / P | SQL/req E / P |" : "";
  const lines = [
    `| query shape | Entente req/s | PostGraphile req/s | ratio | p99 ms E / P | Node CPU ms/req E / P | PG CPU ms/req E / P |${dbHeader} failed E / P |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: |${db ? " ---: | ---: |" : ""} ---: |`,
    ...rows.map(({ shape, entente: e, postgraphile: p }) => {
      const dbCell = db
        ? ` ${n(e.dbMsPerRequest, 3)} / ${n(p.dbMsPerRequest, 3)} | ${n(e.sqlPerRequest, 2)} / ${n(p.sqlPerRequest, 2)} |`
        : "";
      return (
        `| ${shape} | ${n(e.requestsPerSecond, 0)} | ${n(p.requestsPerSecond, 0)} | ${n(e.requestsPerSecond / p.requestsPerSecond, 2)} | ` +
        `${n(e.p99Ms)} / ${n(p.p99Ms)} | ${n(e.nodeCpuMsPerRequest, 2)} / ${n(p.nodeCpuMsPerRequest, 2)} | ` +
        `${n(e.pgCpuMsPerRequest, 2)} / ${n(p.pgCpuMsPerRequest, 2)} |${dbCell} ${e.failures} / ${p.failures} |`
      );
    }),
  ];
  return lines.join("\n");
}

/**
 * PostGraphile 5 runs under the Node that runs this command (it is started with process.execPath). Under Node 20 its
 * grafast answered every connection with a masked error ("Cannot read properties of undefined (reading 'items')",
 * measured with postgraphile 5.1.5): the comparison would compare nothing, so it stops first.
 */
const MIN_NODE_MAJOR = 22;

await runCli(async () => {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < MIN_NODE_MAJOR)
    throw new UsageError(
      `PostGraphile 5 needs Node ${MIN_NODE_MAJOR} or newer (this is Node ${process.versions.node}): run it with npm run bench:postgraphile, which uses the project's Node`,
    );
  const { values } = parseCliArgs({
    usage: USAGE,
    options: {
      "database-url": { type: "string", default: process.env.DATABASE_URL },
      "postgraphile-dir": { type: "string", default: process.env.POSTGRAPHILE_DIR },
      statements: { type: "string", default: String(DEFAULT_STATEMENTS) },
      seconds: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      rounds: { type: "string", default: "3" },
      shapes: { type: "string" },
    },
  });
  const url = values["database-url"];
  if (!url) throw new UsageError("give the database: --database-url postgres://… (or DATABASE_URL)");
  const dir = values["postgraphile-dir"];
  if (!dir) throw new UsageError("give the PostGraphile folder: --postgraphile-dir DIR (or POSTGRAPHILE_DIR)");
  const rounds = integerArg(values.rounds, "--rounds")!;
  const statementId = await prepareBenchDatabase(url, integerArg(values.statements, "--statements")!);
  const statStatements = await openStatStatements(url);
  // Both servers' connections carry the bench's name, so that their backends' CPU can be told from other clients'.
  const serverUrl = withApplicationName(url, benchApplicationName());
  const backendCpu = await openBackendCpu(url, benchApplicationName());
  const servers: RunningApi[] = [];
  try {
    const entente = await startApi(serverUrl);
    servers.push(entente);
    const postgraphile = await startPostGraphile(serverUrl, dir, POOL_SIZE);
    servers.push(postgraphile);
    const options: BenchOptions = {
      seconds: integerArg(values.seconds, "--seconds")!,
      connections: integerArg(values.connections, "--connections")!,
      traced: null,
      statStatements,
      backendCpu,
    };
    const rows = [];
    const only = values.shapes?.split(",").filter(Boolean) ?? [];
    const shapes = comparedShapes(await resolveIds(url, entente, statementId)).filter(
      (shape) => !only.length || only.some((word) => shape.name.includes(word)),
    );
    for (const shape of shapes) {
      await checkSameAnswers(shape, entente, postgraphile);
      const runs: { entente: ShapeResult[]; postgraphile: ShapeResult[] } = { entente: [], postgraphile: [] };
      for (let round = 0; round < rounds; round++) {
        // Alternate which server goes first, so that neither always follows the other's warm caches.
        const order = round % 2 === 0 ? (["entente", "postgraphile"] as const) : (["postgraphile", "entente"] as const);
        for (const side of order) {
          const server = side === "entente" ? entente : postgraphile;
          runs[side].push(await benchShape(server, shape[side], options));
        }
      }
      const row = { shape: shape.name, entente: average(runs.entente), postgraphile: average(runs.postgraphile) };
      console.log(
        `  ${shape.name}: ${row.entente.requestsPerSecond.toFixed(0)} vs ${row.postgraphile.requestsPerSecond.toFixed(0)} req/s`,
      );
      rows.push(row);
    }
    console.log(
      `\n${options.connections} connections, ${rounds} × ${options.seconds} s per server and shape, alternating, loopback, pool ${POOL_SIZE}:\n`,
    );
    console.log(formatComparison(rows, statStatements !== null));
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await statStatements?.end();
    await backendCpu.end();
  }
});
