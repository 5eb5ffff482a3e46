// Starts the service: configuration, database (migrate, seed), HTTP; stops it cleanly on signals.
import type { AppConfig } from "../config/env.js";
import { openDatabase, type Database } from "../db/database.js";
import { describeConnectionError } from "../db/driver-errors.js";
import { referenceDataPresent, seedReferenceData } from "../db/seed/seed-reference-data.js";
import { ingestDemoCorpus } from "../ingestion/demo-corpus.js";
import { extractionContext } from "../ingestion/extraction-context.js";
import { OnDemandExtraction } from "../ingestion/on-demand-extraction.js";
import { createHttpApp, type HttpApp } from "./http-app.js";
import type { Logger } from "./logger.js";

export interface RunningServer {
  url: string;
  database: Database;
  http: HttpApp;
  /** The worker threads ingestArticle extracts in (started at the first article). */
  extraction: OnDemandExtraction;
  stop(): Promise<void>;
}

export class StartupError extends Error {
  override name = "StartupError";
}

async function prepareDatabase(config: AppConfig, database: Database, logger: Logger): Promise<void> {
  try {
    await database.prisma.$queryRaw`SELECT 1`;
  } catch (error) {
    throw new StartupError(
      `Cannot reach the database ${database.description}: ${describeConnectionError(error)}. Check DATABASE_URL, or unset it to use the embedded database.`,
    );
  }
  if (database.reader !== database.prisma) {
    try {
      await database.reader.$queryRaw`SELECT 1`;
    } catch (error) {
      throw new StartupError(`Cannot reach the read replica: ${describeConnectionError(error)}. Check DATABASE_READ_URL.`);
    }
  }
  if (config.migrateOnStart) {
    const started = performance.now();
    const applied = await database.migrate();
    logger.info(
      { applied, ms: Math.round(performance.now() - started) },
      applied.length ? "applied migrations" : "database schema up to date",
    );
  }
  const readiness = await database.readiness();
  if (!readiness.ready) {
    throw new StartupError(
      `The database is not ready (${readiness.reason}). Run \`npm run db:migrate\` or set MIGRATE_ON_START=true.`,
    );
  }
  if (config.seedOnStart && !(await referenceDataPresent(database.prisma))) {
    const started = performance.now();
    const seeded = await seedReferenceData(database.prisma);
    logger.info({ ...seeded, ms: Math.round(performance.now() - started) }, "loaded reference data");
  }
  if (config.seedOnStart && config.seedDemo && (await database.prisma.article.count()) === 0) {
    const started = performance.now();
    const demo = await ingestDemoCorpus(database.prisma);
    logger.info({ ...demo, ms: Math.round(performance.now() - started) }, "ingested the demo corpus");
  }
}

export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase(config.database, {
    readReplicaUrl: config.readReplicaUrl,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  try {
    await prepareDatabase(config, database, logger);
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  // ingestArticle extracts in a worker thread, started at the first article, so that the other requests go on.
  const extraction = new OnDemandExtraction(async () => (await extractionContext(database.prisma)).states);
  const http = await createHttpApp(config, database, logger, extraction.extract);
  await new Promise<void>((resolve, reject) => {
    http.httpServer.once("error", reject);
    http.httpServer.listen(config.port, config.host, () => resolve());
  }).catch(async (error: NodeJS.ErrnoException) => {
    await http.stop().catch(() => {});
    await extraction.close();
    await database.close().catch(() => {});
    throw new StartupError(
      error.code === "EADDRINUSE"
        ? `Port ${config.port} on ${config.host} is already in use: stop the other process or set PORT.`
        : `Cannot listen on ${config.host}:${config.port}: ${error.message}`,
    );
  });
  const address = http.httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    database,
    http,
    extraction,
    stop() {
      // Stop accepting, let in-flight requests finish (Apollo's drain plugin), then close the extraction threads and
      // the database.
      stopping ??= (async () => {
        await http.stop();
        await extraction.close();
        await database.close();
      })();
      return stopping;
    },
  };
}
