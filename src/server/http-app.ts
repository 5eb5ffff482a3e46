// The HTTP surface: /graphql, health and readiness probes, CORS.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import express, { type ErrorRequestHandler, type Express } from "express";
import cors from "cors";
import { expressMiddleware } from "@as-integrations/express5";
import type { AppConfig } from "../config/env.js";
import type { Database } from "../db/database.js";
import type { Extractor } from "../ingestion/on-demand-extraction.js";
import { newSqlTrace, runWithSqlTrace, type SqlTrace } from "../db/sql-trace.js";
import { runWithRequestSignal } from "../db/request-signal.js";
import { runInStatementLane } from "../db/statement-lane.js";
import { buildGraphQLSchema } from "../graphql/schema.js";
import { LoaderRegistry } from "../graphql/context.js";
import { createApolloServer } from "./apollo.js";
import type { EntenteContext } from "./entente-context.js";
import { bearerToken, createApiKeyRing, type ApiKeyRing } from "./api-keys.js";
import { clientAddress } from "./client-address.js";
import { graphqlPostHandler, isGraphQLPost, type NodeMiddleware } from "./graphql-post.js";
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

/**
 * Runs `work` (and everything it starts) inside one GraphQL request's scope: its own SQL trace, so that its
 * statements can be counted; a signal that fires when its client goes away before the answer is sent, so that its
 * SQL stops (request-signal.ts); and its own statement lane, which the query-cost plugin gates when the query is
 * heavy (statement-lane.ts).
 */
function inRequestScope(res: ServerResponse, work: (trace: SqlTrace) => void): void {
  const trace = newSqlTrace();
  const abandoned = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) abandoned.abort();
  });
  runWithRequestSignal(abandoned.signal, () =>
    runWithSqlTrace(trace, () => runInStatementLane({ gate: null }, () => work(trace))),
  );
}

/** The context of one GraphQL request over HTTP. */
function contextFactory(config: AppConfig, database: Database, apiKeys: ApiKeyRing, extract: Extractor | undefined) {
  return (req: IncomingMessage, sqlTrace: SqlTrace): EntenteContext => ({
    // Queries read from the replica when there is one; a mutation switches its request to the primary.
    prisma: database.reader,
    writer: database.prisma,
    loaders: new LoaderRegistry(),
    apiKeyLabel: apiKeys.verify(bearerToken(req.headers.authorization)),
    extract,
    articleLimits: config.articleLimits,
    sqlTrace,
    clientAddress: clientAddress(req, config.trustProxy),
  });
}

/** `extract`: where ingestArticle extracts (start-server.ts passes worker threads); default: the request's thread. */
export async function createHttpApp(
  config: AppConfig,
  database: Database,
  logger: Logger,
  extract?: Extractor,
): Promise<HttpApp> {
  const app = express();
  app.disable("x-powered-by");
  if (config.trustProxy) app.set("trust proxy", true);
  // POST /graphql takes a shorter way than the Express app (graphql-post.ts); set once Apollo has started.
  let graphqlPost: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const httpServer = createServer((req, res) => (graphqlPost && isGraphQLPost(req) ? graphqlPost(req, res) : app(req, res)));
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
  const contextFor = contextFactory(config, database, apiKeys, extract);

  // An error the POST fast path met before Apollo answered (a body the JSON parser refused, mostly) is handed to
  // this app, which answers it with the error handlers below, as if its own route had met it.
  const failedFastPath = new WeakMap<IncomingMessage, unknown>();
  app.use((req, _res, next) => next(failedFastPath.get(req)));

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

  // The same middlewares on both paths to Apollo: the Express route below and the POST fast path.
  const graphqlMiddlewares: NodeMiddleware[] = [cors(corsOptions), express.json({ limit: "2mb" })];
  app.use(
    "/graphql",
    ...graphqlMiddlewares,
    (req, res, next) =>
      inRequestScope(res, (trace) => {
        res.locals.sqlTrace = trace;
        next();
      }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<EntenteContext> => contextFor(req, res.locals.sqlTrace as SqlTrace),
    }),
  );
  app.use("/graphql", bodyErrorHandler(logger));
  graphqlPost = graphqlPostHandler({
    apollo,
    middlewares: graphqlMiddlewares,
    inRequestScope: (req, res, work) => inRequestScope(res, (trace) => work(async () => contextFor(req, trace))),
    fail: (req, res, error) => {
      failedFastPath.set(req, error);
      app(req, res);
    },
  });

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
