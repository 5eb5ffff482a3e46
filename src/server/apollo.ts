// Apollo Server composed from Entente's plugins (src/server/plugins/, one concern each).
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Server } from "node:http";
import type { Logger } from "./logger.js";
import type { EntenteContext } from "./entente-context.js";
import type { BucketStore } from "./limits/leaky-bucket.js";
import type { HeavyQueryAdmission } from "./limits/heavy-queries.js";
import { cachePolicyPlugin } from "./plugins/cache-policy.js";
import { inputGuardPlugin } from "./plugins/input-guard.js";
import { jsonRequestErrorStatusPlugin } from "./plugins/json-error-status.js";
import { maskError } from "./plugins/mask-errors.js";
import { queryCostPlugin, type CostLimits } from "./plugins/query-cost.js";
import { REQUEST_LIMITS, requestLimits } from "./plugins/request-limits.js";
import { requestLogPlugin } from "./plugins/request-log.js";
import { sqlTracePlugin } from "./plugins/sql-trace.js";
import { stringifyInTurns } from "./json-in-turns.js";
import { compiledExecutionGateway } from "./compiled-execution.js";

export type { EntenteContext };

/**
 * Parsed and validated documents, kept so that a client's repeated operations skip both steps. Apollo's default
 * store holds 30 MB (counted as JSON; the ASTs with their token lists take several times that in the heap), which
 * a stream of distinct documents, as the fuzz suite sends, fills entirely. Real clients use a few hundred
 * documents at most; 4 MB of JSON holds thousands of them.
 */
const DOCUMENT_STORE_BYTES = 4 * 1024 * 1024;

function boundedDocumentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_STORE_BYTES });
}

export function createApolloServer(options: {
  schema: GraphQLSchema;
  httpServer: Server;
  logger: Logger;
  sqlTrace: boolean;
  introspection: boolean;
  costLimits: CostLimits;
  buckets: BucketStore | null;
  /** Where queries at or over the heavy cost wait for a turn; absent: they run at once. */
  admission?: HeavyQueryAdmission;
  /** Plugins of other concerns, e.g. the subscription server's drain (src/server/subscriptions/). */
  plugins?: ApolloServerPlugin<EntenteContext>[];
}): ApolloServer<EntenteContext> {
  const limits = requestLimits();
  return new ApolloServer<EntenteContext>({
    gateway: compiledExecutionGateway(options.schema),
    introspection: options.introspection,
    formatError: maskError(options.logger),
    includeStacktraceInErrorResponses: false,
    // Entente owns SIGTERM/SIGINT (src/main.ts): it drains HTTP, closes the database, then exits 0.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    validationRules: limits.validationRules,
    parseOptions: { maxTokens: REQUEST_LIMITS.maxTokens },
    documentStore: boundedDocumentStore(),
    // Large answers are stringified over several turns of the event loop, not in one block (json-in-turns.ts).
    stringifyResult: stringifyInTurns,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      // Apollo's landing page loads from a CDN; Entente serves its own GraphiQL instead.
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin(options.logger),
      ...(limits.plugins as ReturnType<typeof requestLogPlugin>[]),
      inputGuardPlugin(),
      queryCostPlugin(options.schema, { limits: options.costLimits, buckets: options.buckets, admission: options.admission }),
      // Cache-Control per operation (cache-policy.ts) instead of Apollo's per-field plugin, which is on by default.
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(),
      jsonRequestErrorStatusPlugin(),
      ...(options.sqlTrace ? [sqlTracePlugin()] : []),
      ...(options.plugins ?? []),
    ],
  });
}
