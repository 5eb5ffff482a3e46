// The real server in-process (free port, in-memory embedded database), with the explorer mounted
// when createHttpApp does not mount it yet. Shared by the HTTP audit and the browser test.
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { mountExplorer } from "../../src/server/explorer.js";

export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer> {
  // No demo corpus by default: tests insert their own fixtures (tests/helpers/fixtures.ts) when they need data.
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: "memory://",
    LOG_LEVEL: "silent",
    SEED_DEMO: "false",
    ...env,
  });
  return startServer(config, createLogger({ level: "silent", format: "json" }));
}

/** Mounts the explorer unless the app already serves /graphiql (once http-app.ts calls mountExplorer). */
export async function ensureExplorerMounted(server: RunningServer): Promise<"already mounted" | "mounted by the test"> {
  const probe = await fetch(`${server.url}/graphiql/`);
  await probe.body?.cancel();
  if (probe.status !== 404) return "already mounted";
  mountExplorer(server.http.app);
  return "mounted by the test";
}
