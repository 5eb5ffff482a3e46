// Large lists of one request completed on turns of the event loop of their own. graphql-js turns a resolved list
// into its response objects synchronously, and the lists that one SQL batch answers (ten aliased timelines share
// one loader) all resolve in the same microtask sweep: tens of thousands of items without a break, during which no
// other request is read. A resolver about to return a large list awaits its turn here first; turns of one request
// follow each other through setImmediate, which Node runs only after polling sockets, so other requests are served
// between two large lists.
import { setImmediate as nextLoopTurn } from "node:timers/promises";

/** Lists of at least this many items take a turn of their own. */
export const OWN_TURN_ITEMS = 1_000;

const lastTurn = new WeakMap<object, Promise<unknown>>();

/** Resolves on a later turn of the event loop than this request's previous large list. */
export function ownTurn(request: object): Promise<unknown> {
  const previous = lastTurn.get(request);
  const turn = previous ? previous.then(() => nextLoopTurn()) : nextLoopTurn();
  lastTurn.set(request, turn);
  return turn;
}
