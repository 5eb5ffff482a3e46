// The HTTP surface: /graphql, health and readiness probes, CORS.
import { createServer, type Server } from "node:http";
import express, { type Express } from "express";
import cors from "cors";
import { expressMiddleware } from "@as-integrations/express5";
import type { AppConfig } from "../config/env.js";
import type { Database } from "../db/database.js";
import { newSqlTrace, runWithSqlTrace } from "../db/sql-trace.js";
import { buildGraphQLSchema } from "../graphql/schema.js";
import { LoaderRegistry } from "../graphql/context.js";
import { createApolloServer } from "./apollo.js";
import type { EntenteContext } from "./entente-context.js";
import { bearerToken, createApiKeyRing } from "./api-keys.js";
import { mountExplorer } from "./explorer.js";
import type { Logger } from "./logger.js";

export interface HttpApp {
  app: Express;
  httpServer: Server;
  /** Stops Apollo (draining in-flight requests) once the HTTP server stops accepting. */
  stop(): Promise<void>;
}

export async function createHttpApp(config: AppConfig, database: Database, logger: Logger): Promise<HttpApp> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const apollo = createApolloServer({
    schema: await buildGraphQLSchema(),
    httpServer,
    logger,
    sqlTrace: config.sqlTrace,
    introspection: config.introspection,
  });
  await apollo.start();
  const apiKeys = createApiKeyRing(config.apiKeys);

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
    // Every GraphQL request runs inside its own SQL trace, so its statements can be counted.
    (req, res, next) => {
      const trace = newSqlTrace();
      res.locals.sqlTrace = trace;
      runWithSqlTrace(trace, () => next());
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<EntenteContext> => ({
        // Queries read from the replica when there is one; a mutation switches its request to the primary.
        prisma: database.reader,
        writer: database.prisma,
        loaders: new LoaderRegistry(),
        apiKeyLabel: apiKeys.verify(bearerToken(req.headers.authorization)),
        sqlTrace: res.locals.sqlTrace,
      }),
    }),
  );

  // Self-hosted GraphiQL at /graphiql (and / redirects there); its docs explorer needs introspection.
  if (config.introspection) mountExplorer(app);

  return {
    app,
    httpServer,
    stop: () => apollo.stop(),
  };
}
