// A subscription is priced like a query (src/graphql/query-cost.ts: the list items one event may return) and
// charged to the client's leaky bucket once, when it subscribes; oversized selections and clients over their
// budget are refused with the same codes as over HTTP (QUERY_TOO_LARGE, THROTTLED).
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { MAX_REQUESTED_NODES, queryTooLargeError, requestedNodes } from "../../graphql/query-cost.js";
import type { BucketStore } from "../limits/leaky-bucket.js";
import type { CostLimits } from "../plugins/query-cost.js";

export interface SubscriptionPriceInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  limits: CostLimits;
  buckets: BucketStore | null;
  client: { apiKeyLabel: string | null; clientAddress: string };
}

/** Charges the subscription's price; returns the error to send when it is refused, null when it may start. */
export async function subscriptionPrice(input: SubscriptionPriceInput): Promise<GraphQLError | null> {
  const { limits, buckets, client } = input;
  const fragments = Object.fromEntries(
    input.document.definitions.flatMap((definition) =>
      definition.kind === "FragmentDefinition" ? [[definition.name.value, definition]] : [],
    ),
  );
  const nodes = requestedNodes(input.schema, input.operation, fragments, input.variables);
  if (nodes > MAX_REQUESTED_NODES) return queryTooLargeError(nodes);
  if (!buckets) return null;
  const policy = client.apiKeyLabel ? limits.keyHolder : limits.anonymous;
  const cost = limits.baseCost + nodes;
  if (cost > policy.capacity) return queryTooLargeError(nodes, policy.capacity - limits.baseCost);
  const key = client.apiKeyLabel ? `key:${client.apiKeyLabel}` : `ip:${client.clientAddress}`;
  const status = await buckets.take(key, cost, policy);
  if (status.allowed) return null;
  return new GraphQLError(
    `Too many requests: this subscription costs ${cost} points and your bucket holds ${Math.floor(status.available)}. Retry in ${status.retryAfterSeconds} s.`,
    { extensions: { code: "THROTTLED", retryAfterSeconds: status.retryAfterSeconds } },
  );
}
