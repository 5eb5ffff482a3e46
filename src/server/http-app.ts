// The HTTP surface: /graphql, health and readiness probes, CORS.
import { createServer, type Server } from "node:http";
import express, { type ErrorRequestHandler, type Express } from "express";
import cors from "cors";
import { expressMiddleware } from "@as-integrations/express5";
import type { AppConfig } from "../config/env.js";
import type { Database } from "../db/database.js";
import { newSqlTrace, runWithSqlTrace } from "../db/sql-trace.js";
import { runWithRequestSignal } from "../db/request-signal.js";
import { runInStatementLane } from "../db/statement-lane.js";
import { buildGraphQLSchema } from "../graphql/schema.js";
import { LoaderRegistry } from "../graphql/context.js";
import { createApolloServer } from "./apollo.js";
import type { EntenteContext } from "./entente-context.js";
import { bearerToken, createApiKeyRing } from "./api-keys.js";
import { mountExplorer } from "./explorer.js";
import { mountAnalystApp } from "./analyst-app.js";
import { startSubscriptionServer } from "./subscriptions/subscription-server.js";
import type { Logger } from "./logger.js";
import { MemoryBucketStore, RedisBucketStore, type BucketStore } from "./limits/leaky-bucket.js";
import type { CostLimits } from "./plugins/query-cost.js";
import { HeavyQueryAdmission } from "./limits/heavy-queries.js";

export interface HttpApp {
  app: Express;
  httpServer: Server;
  /** Stops Apollo (draining in-flight requests) once the HTTP server stops accepting. */
  stop(): Promise<void>;
}

/** Every request costs this many points on top of its list items, so floods of tiny requests are limited too. */
const BASE_REQUEST_COST = 10;

function costLimits(config: AppConfig): CostLimits {
  const unlimited = { capacity: Number.MAX_SAFE_INTEGER, restorePerSecond: Number.MAX_SAFE_INTEGER };
  return {
    baseCost: BASE_REQUEST_COST,
    anonymous: config.rateLimit?.anonymous ?? unlimited,
    keyHolder: config.rateLimit?.apiKey ?? unlimited,
  };
}

function bucketStore(config: AppConfig): BucketStore | null {
  if (!config.rateLimit) return null;
  return config.redisUrl ? new RedisBucketStore(config.redisUrl) : new MemoryBucketStore();
}

/** Bodies that are not JSON (or too large) get a GraphQL-shaped JSON error and one structured log line. */
function bodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string }, req, res, next) => {
    if (res.headersSent || !error.type?.startsWith("entity.")) return next(error);
    const status = error.status ?? 400;
    const message =
      error.type === "entity.too.large"
        ? "The request body is too large (at most 2 MB)."
        : `The request body is not valid JSON: ${error.message ?? "parse error"}.`;
    logger.warn({ method: req.method, path: req.originalUrl, status, reason: error.type }, "rejected request body");
    res.status(status).json({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
  };
}

export async function createHttpApp(config: AppConfig, database: Database, logger: Logger): Promise<HttpApp> {
  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", true);
  const httpServer = createServer(app);
  const buckets = bucketStore(config);
  const schema = await buildGraphQLSchema();
  const apiKeys = createApiKeyRing(config.apiKeys);
  // graphql-ws on the same port and path; Apollo's drain closes it on stop.
  const subscriptions = await startSubscriptionServer({
    httpServer,
    schema,
    database,
    logger,
    apiKeys,
    costLimits: costLimits(config),
    buckets,
    maxConnections: config.subscriptionMaxConnections,
    trustProxy: config.trustProxy,
  });
  const apollo = createApolloServer({
    schema,
    httpServer,
    logger,
    sqlTrace: config.sqlTrace,
    introspection: config.introspection,
    costLimits: costLimits(config),
    buckets,
    admission: new HeavyQueryAdmission(config.heavyQueries),
    plugins: [subscriptions.drainPlugin],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (_req, res) => {
    const { ready, reason } = await database.readiness();
    res.status(ready ? 200 : 503).json(ready ? { status: "ready" } : { status: "not ready", reason });
  });

  const corsOptions: cors.CorsOptions = {
    origin: config.corsOrigins.includes("*") ? true : config.corsOrigins,
    // Apollo's CSRF prevention requires this header on GET/simple requests; browsers must be allowed to send it.
    allowedHeaders: ["Content-Type", "Authorization", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"],
    maxAge: 600,
  };

  app.use(
    "/graphql",
    cors(corsOptions),
    express.json({ limit: "2mb" }),
    // Every GraphQL request runs inside its own SQL trace, so its statements can be counted, and with a signal
    // that fires when its client goes away before the answer is sent, so that its SQL stops (request-signal.ts),
    // and in its own statement lane, which the query-cost plugin gates when the query is heavy (statement-lane.ts).
    (req, res, next) => {
      const trace = newSqlTrace();
      res.locals.sqlTrace = trace;
      const abandoned = new AbortController();
      res.once("close", () => {
        if (!res.writableFinished) abandoned.abort();
      });
      runWithRequestSignal(abandoned.signal, () =>
        runWithSqlTrace(trace, () => runInStatementLane({ gate: null }, () => next())),
      );
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<EntenteContext> => ({
        // Queries read from the replica when there is one; a mutation switches its request to the primary.
        prisma: database.reader,
        writer: database.prisma,
        loaders: new LoaderRegistry(),
        apiKeyLabel: apiKeys.verify(bearerToken(req.headers.authorization)),
        sqlTrace: res.locals.sqlTrace,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );
  app.use("/graphql", bodyErrorHandler(logger));

  // Self-hosted GraphiQL at /graphiql (and / redirects there); its docs explorer needs introspection.
  if (config.introspection) mountExplorer(app);
  mountAnalystApp(app);

  return {
    app,
    httpServer,
    stop: async () => {
      await apollo.stop();
      await buckets?.close();
    },
  };
}
