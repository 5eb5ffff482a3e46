// Prices every operation before it runs (src/graphql/query-cost.ts), refuses the ones over the limit, charges the
// client's leaky bucket (src/server/limits/leaky-bucket.ts), makes heavy queries wait for a turn
// (src/server/limits/heavy-queries.ts), and reports Shopify-style `extensions.cost`.
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import type { EntenteContext } from "../entente-context.js";
import { MAX_REQUESTED_NODES, operationNodes, queryTooLargeError } from "../../graphql/query-cost.js";
import type { BucketPolicy, BucketStore } from "../limits/leaky-bucket.js";
import type { HeavyQueryAdmission } from "../limits/heavy-queries.js";
import type { Release } from "../limits/admission-queue.js";
import { currentStatementLane } from "../../db/statement-lane.js";
import { currentRequestSignal } from "../../db/request-signal.js";
import { countResultListItems } from "./result-list-count.js";
import { afterAnswer } from "../response-scope.js";

export interface CostLimits {
  /** Points every request costs on top of the list items it asks for, so floods of tiny requests are limited too. */
  baseCost: number;
  anonymous: BucketPolicy;
  keyHolder: BucketPolicy;
}

/**
 * List items in a response: arrays of objects, a connection's `edges` and `nodes` counted once. Runs on every
 * response, so it walks with plain loops and allocates nothing.
 */
export function countListItems(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (typeof first === "object" && first !== null) count = value.length;
    for (let index = 0; index < value.length; index++) count += countListItems(value[index]);
    return count;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const child = record[key];
    if (key === "edges" && Array.isArray(child) && Array.isArray(record.nodes)) count += countListItems(child) - child.length;
    else count += countListItems(child);
  }
  return count;
}

function clientGoneError(): GraphQLError {
  return new GraphQLError("The client went away while its query waited for a turn.", {
    extensions: { code: "CLIENT_CLOSED_REQUEST", http: { status: 499 } },
  });
}

function throttledError(retryAfterSeconds: number, cost: number, available: number): GraphQLError {
  return new GraphQLError(
    `Too many requests: this query costs ${cost} points and your bucket holds ${Math.floor(available)}. Retry in ${retryAfterSeconds} s, or ask for less.`,
    {
      extensions: {
        code: "THROTTLED",
        retryAfterSeconds,
        http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
      },
    },
  );
}

/**
 * Refuses oversized queries and clients over their budget before any SQL runs, and queues heavy queries.
 * `buckets` null: no rate limit; `admission` absent: heavy queries run at once.
 */
export function queryCostPlugin(
  schema: GraphQLSchema,
  options: { limits: CostLimits; buckets: BucketStore | null; admission?: HeavyQueryAdmission },
): ApolloServerPlugin<EntenteContext> {
  const { limits, buckets, admission } = options;
  return {
    async requestDidStart({ contextValue }) {
      const client = contextValue.apiKeyLabel ? `key:${contextValue.apiKeyLabel}` : `ip:${contextValue.clientAddress}`;
      const policy = contextValue.apiKeyLabel ? limits.keyHolder : limits.anonymous;
      let requested: number | null = null;
      let charged = false;
      let available: number = policy.capacity;
      let release: Release | null = null;
      let responded = false;
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const nodes = operationNodes(schema, document, operation, request.variables ?? {});
          if (nodes > MAX_REQUESTED_NODES) throw queryTooLargeError(nodes);
          requested = limits.baseCost + nodes;
          if (buckets) {
            if (requested > policy.capacity) throw queryTooLargeError(nodes, policy.capacity - limits.baseCost);
            const status = await buckets.take(client, requested, policy);
            available = status.available;
            if (!status.allowed) throw throttledError(status.retryAfterSeconds, requested, status.available);
            charged = true;
          }
          if (!admission || operation.operation !== "query" || !admission.isHeavy(requested)) return;
          const lane = currentStatementLane() ?? { gate: null };
          release = await admission.admit(requested, lane, currentRequestSignal()).catch((error: unknown) => {
            throw error instanceof GraphQLError ? error : clientGoneError();
          });
          // Another plugin refused the request while this one waited: its response has gone already.
          if (responded) release();
        },
        async willSendResponse({ response, document, operation }) {
          responded = true;
          // A heavy query holds its turn until its answer has been handed to the socket (stringified and written
          // over several turns of the event loop), so that the next one does not run beside that.
          if (release && !afterAnswer(release)) release();
          if (requested === null || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          const items =
            operation && document ? countResultListItems(schema, document, operation, result.data) : countListItems(result.data);
          const actual = limits.baseCost + items;
          if (buckets && charged) available = await buckets.refund(client, Math.max(0, requested - actual), policy);
          result.extensions = {
            ...result.extensions,
            cost: {
              requestedQueryCost: requested,
              actualQueryCost: actual,
              throttleStatus: {
                maximumAvailable: policy.capacity,
                currentlyAvailable: Math.floor(available),
                restoreRate: policy.restorePerSecond,
              },
            },
          };
          if (buckets) {
            response.http.headers.set("ratelimit-limit", String(policy.capacity));
            response.http.headers.set("ratelimit-remaining", String(Math.floor(available)));
          }
        },
      };
    },
  };
}
