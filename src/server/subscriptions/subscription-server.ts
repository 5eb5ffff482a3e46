// GraphQL subscriptions over WebSocket (the graphql-ws protocol) on the HTTP server's port at /graphql, as
// Apollo Server's docs describe: a WebSocketServer attached to the HTTP server, graphql-ws served on it
// (websocket-transport.ts: graphql-ws's useServer, logging through pino), and a drain plugin that closes both when
// Apollo stops. Subscriptions obey the HTTP rules: the same document limits, the same pricing and leaky bucket per
// client, API keys from the connection's `Authorization` parameter, and a cap on open connections.
import type { Server } from "node:http";
import { GraphQLError, getOperationAST, parse, validate, type ExecutionArgs, type GraphQLSchema } from "graphql";
import { WebSocketServer } from "ws";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Database } from "../../db/database.js";
import type { EntenteContext } from "../entente-context.js";
import { LoaderRegistry } from "../../graphql/context.js";
import { LiveEvents } from "../../graphql/subscriptions/live-events.js";
import type { LiveContext } from "../../graphql/subscriptions/live-context.js";
import type { ApiKeyRing } from "../api-keys.js";
import { bearerToken } from "../api-keys.js";
import { clientAddress } from "../client-address.js";
import type { BucketStore } from "../limits/leaky-bucket.js";
import type { Logger } from "../logger.js";
import type { CostLimits } from "../plugins/query-cost.js";
import { checkOperationInput } from "../plugins/input-guard.js";
import { maskError } from "../plugins/mask-errors.js";
import { REQUEST_LIMITS, requestLimits } from "../plugins/request-limits.js";
import { subscriptionPrice } from "./subscription-cost.js";
import { serveGraphQLOverWebSocket } from "./websocket-transport.js";

export const SUBSCRIPTIONS_PATH = "/graphql";
/** WebSocket close code 1013 "Try Again Later": the server is at its connection limit. */
export const CLOSE_TOO_MANY_CONNECTIONS = 1013;
/** Largest message a client may send (a subscribe message with its document and variables). */
const MAX_MESSAGE_BYTES = 256 * 1024;

export interface SubscriptionServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  database: Database;
  logger: Logger;
  apiKeys: ApiKeyRing;
  costLimits: CostLimits;
  buckets: BucketStore | null;
  /** Open WebSocket connections this process accepts at once. */
  maxConnections: number;
  trustProxy: boolean;
}

export interface SubscriptionServer {
  /** Closes every subscription and the listener when Apollo stops (add to Apollo's plugins). */
  drainPlugin: ApolloServerPlugin<EntenteContext>;
}

interface ConnectionState {
  apiKeyLabel: string | null;
  clientAddress: string;
}

/** `Authorization: Bearer <key>` from the connection_init payload (any capitalisation of the name). */
function presentedKey(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const entry = Object.entries(params ?? {}).find(([name]) => name.toLowerCase() === "authorization");
  return typeof entry?.[1] === "string" ? bearerToken(entry[1]) : null;
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
}

export async function startSubscriptionServer(options: SubscriptionServerOptions): Promise<SubscriptionServer> {
  const { schema, database, logger, costLimits, buckets } = options;
  const live = new LiveEvents();
  await live.start(database, logger);
  const limits = requestLimits();
  const mask = maskError(logger);
  const webSocketServer = new WebSocketServer({
    server: options.httpServer,
    path: SUBSCRIPTIONS_PATH,
    maxPayload: MAX_MESSAGE_BYTES,
  });
  const connections = new Map<object, ConnectionState>();

  const cleanup = serveGraphQLOverWebSocket<Record<string, unknown> | undefined>(
    {
      schema,
      // graphql-ws closes sockets that send no connection_init within 3 s by default; a busy server may read it late.
      connectionInitWaitTimeout: 10_000,
      onConnect(ctx) {
        const presented = presentedKey(ctx.connectionParams);
        const apiKeyLabel = presented ? options.apiKeys.verify(presented) : null;
        // A key that is presented must be valid (graphql-ws answers 4403 Forbidden); no key means anonymous.
        if (presented && !apiKeyLabel) return false;
        if (connections.size >= options.maxConnections) {
          logger.warn({ limit: options.maxConnections }, "refused a subscription connection: at the limit");
          ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, "Too many subscription connections; retry later");
          return false;
        }
        connections.set(ctx, { apiKeyLabel, clientAddress: clientAddress(ctx.extra.request, options.trustProxy) });
        return true;
      },
      onClose(ctx) {
        connections.delete(ctx);
      },
      // The same masking as over HTTP: expected errors keep their code, anything else is logged and hidden.
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return;
        return {
          ...result,
          errors: result.errors.map((error) => mask(error instanceof GraphQLError ? error.toJSON() : error, error)),
        };
      },
      async onSubscribe(ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        const connection = connections.get(ctx);
        if (!connection) return [new GraphQLError("The connection was not accepted.")];
        let document;
        try {
          document = parse(payload.query, { maxTokens: REQUEST_LIMITS.maxTokens });
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : "The document could not be parsed.";
          return [new GraphQLError(message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
        }
        // Codes as Apollo gives them over HTTP, whatever the rule (graphql-js or graphql-armor) set.
        const errors = validate(schema, document, limits.validationRules);
        if (errors.length) return errors.map((error) => withCode(error, "GRAPHQL_VALIDATION_FAILED"));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation || operation.operation !== "subscription") {
          return [
            new GraphQLError("The WebSocket endpoint serves subscriptions; send queries and mutations with POST /graphql.", {
              extensions: { code: "BAD_REQUEST" },
            }),
          ];
        }
        // The same edge checks as over HTTP (NUL bytes, over-long strings and searches): BAD_USER_INPUT.
        try {
          checkOperationInput(operation, document, payload.variables ?? {});
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        const refused = await subscriptionPrice({
          schema,
          document,
          operation,
          variables: payload.variables ?? {},
          limits: costLimits,
          buckets,
          client: connection,
        });
        if (refused) return [refused];
        const contextValue: LiveContext & ConnectionState = {
          // The primary, not a read replica: the event was committed there and a replica may not have it yet.
          prisma: database.prisma,
          writer: database.prisma,
          loaders: new LoaderRegistry(),
          live,
          ...connection,
        };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
    },
    webSocketServer,
    logger,
  );

  return {
    drainPlugin: {
      async serverWillStart() {
        return {
          async drainServer() {
            await live.close();
            await cleanup.dispose();
          },
        };
      },
    },
  };
}
