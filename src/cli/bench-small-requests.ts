// npm run bench:small-requests -- [--repeats N] [--database-url postgres://…]
// Starts the production build and times the nastiest requests that fit in 2 KB, one at a time.
import { SMALL_REQUEST_BYTES, smallHostileRequests } from "../bench/small-hostile-documents.js";
import { NONCE_BYTES, formatSmallRequestTimings, timeSmallRequests } from "../bench/small-request-block.js";
import { startServerProcess } from "../fuzz/server-process.js";
import { integerArg, parseCliArgs, UsageError } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run bench:small-requests -- [options]
  Times the nastiest GraphQL requests that fit in 2 KB (deep fragment graphs, fields to merge, deep values, many
  variables, directives, arguments, literals, operations, introspection) against the production build on
  loopback, one request at a time, each with a fresh comment so no cached parse is reused; rate limit off.
  --repeats N          timed sends per request after one warm-up (default 10)
  --database-url URL   PostgreSQL database to serve (migrated); default: embedded PGlite, demo corpus
  --help, -h           this help`;

const LIMIT_MS = 100;

await runCli(async () => {
  const { values } = parseCliArgs({
    usage: USAGE,
    options: { repeats: { type: "string" }, "database-url": { type: "string" } },
  });
  const url = values["database-url"];
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new UsageError(`--database-url must be a postgres:// URL, not "${url}"`);
  const repeats = integerArg(values.repeats, "--repeats") ?? 10;
  const server = await startServerProcess({
    RATE_LIMIT: "false",
    ...(url ? { DATABASE_URL: url, MIGRATE_ON_START: "false", SEED_ON_START: "false", SEED_DEMO: "false" } : {}),
  });
  try {
    const requests = smallHostileRequests(SMALL_REQUEST_BYTES - NONCE_BYTES);
    console.log(formatSmallRequestTimings(await timeSmallRequests(server.url, server.pid, requests, repeats), LIMIT_MS));
  } finally {
    await server.stop();
  }
});
