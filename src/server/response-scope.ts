// Work a GraphQL request's plugins leave for after its answer has been handed to the socket. Apollo's last hook
// (willSendResponse) runs before the answer is stringified and written, which for a large answer takes several
// turns of the event loop (json-in-turns.ts, graphql-post.ts); a plugin that holds something until the answer is
// out (a heavy query's turn) registers it here. The scope reaches the plugins through AsyncLocalStorage, as the
// request signal and the statement lane do. Only POST /graphql's fast path opens one: elsewhere (the Express
// route, subscriptions, executeOperation) nothing is deferred.
import { AsyncLocalStorage } from "node:async_hooks";

const scopeStore = new AsyncLocalStorage<(() => void)[]>();

/** Runs `answer` (which builds and writes one request's answer), then what was deferred to after it, even if it threw. */
export async function answerThenRunDeferred<T>(answer: () => Promise<T>): Promise<T> {
  const deferred: (() => void)[] = [];
  try {
    return await scopeStore.run(deferred, answer);
  } finally {
    for (const work of deferred) work();
  }
}

/** Defers `work` to after the current request's answer has been written; false (nothing deferred) outside a scope. */
export function afterAnswer(work: () => void): boolean {
  const deferred = scopeStore.getStore();
  if (!deferred) return false;
  deferred.push(work);
  return true;
}
