// Starts PostGraphile (src/bench/postgraphile-main.ts) as a child process on loopback, for the side-by-side bench.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, type RunningApi } from "./api-server.js";

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "postgraphile-main.js");

/** Ready once a GraphQL request succeeds (the server listens only after building its schema). */
async function answersGraphQL(url: string): Promise<boolean> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  return response.ok;
}

/**
 * PostGraphile on `databaseUrl`, loaded from `postgraphileDir` (a folder where postgraphile@5 is installed),
 * with a pool of `poolSize` connections.
 */
export function startPostGraphile(databaseUrl: string, postgraphileDir: string, poolSize: number): Promise<RunningApi> {
  return startServer(
    MAIN,
    { NODE_ENV: "production", DATABASE_URL: databaseUrl, POSTGRAPHILE_DIR: postgraphileDir, POOL_SIZE: String(poolSize) },
    answersGraphQL,
  );
}
