// The API in this process on a free loopback port, over an empty in-memory PGlite database (reference data only,
// no demo corpus), for tests of the HTTP layer that need no articles.
import { loadConfig } from "../../src/config/env.js";
import { createLogger, type Logger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";

const EMPTY_SERVER_ENV = { PORT: "0", HOST: "127.0.0.1", DATA_DIR: "memory://", SEED_DEMO: "false" } as const;

/** Starts the server; logs go nowhere unless a logger is given. */
export function startEmptyServer(logger: Logger = createLogger({ level: "silent", format: "json" })): Promise<RunningServer> {
  return startServer(loadConfig(EMPTY_SERVER_ENV), logger);
}
