// Entry point: `npm start`.
import { ConfigError, loadConfig } from "./config/env.js";
import { describeTarget } from "./db/adapter.js";
import { createLogger } from "./server/logger.js";
import { missingMemorySettings } from "./server/memory-settings.js";
import { StartupError, startServer } from "./server/start-server.js";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`entente: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

const logger = createLogger({ level: config.logLevel, format: config.logFormat });
const started = performance.now();
logger.info({ database: describeTarget(config.database) }, "starting Entente");
const missingSettings = missingMemorySettings(process.execArgv, process.env);
if (missingSettings.length) {
  logger.warn(
    { missing: missingSettings },
    "started without the memory settings of npm run start:prod: expect over 100 MB more RSS under load (README, Memory)",
  );
}

try {
  const server = await startServer(config, logger);
  logger.info({ url: `${server.url}/graphql`, ms: Math.round(performance.now() - started) }, "Entente is ready");

  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    const timer = setTimeout(() => {
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, "shutdown timed out; exiting");
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    server.stop().then(
      () => {
        logger.info("stopped cleanly");
        logger.flush?.();
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "error while shutting down");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
} catch (error) {
  if (error instanceof StartupError || error instanceof ConfigError) {
    logger.fatal(error.message);
    console.error(`entente: ${error.message}`);
    process.exit(1);
  }
  logger.fatal({ err: error }, "failed to start");
  process.exit(1);
}
