// The context of a GraphQL subscription: a query context plus the process's live event stream.
import type { GraphQLContext } from "../context.js";
import type { LiveEvents } from "./live-events.js";

export interface LiveContext extends GraphQLContext {
  live: LiveEvents;
}

/** Subscriptions are served only over WebSocket (src/server/subscriptions/), where the context carries `live`. */
export function liveEventsOf(context: GraphQLContext): LiveEvents {
  const live = (context as Partial<LiveContext>).live;
  if (!live) throw new Error("Subscriptions are served over WebSocket only (graphql-ws at /graphql).");
  return live;
}
