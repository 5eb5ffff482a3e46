// POST /graphql from Node's HTTP server straight to Apollo, through the same CORS and JSON body middlewares as the
// Express route, but without Express around them. Per request, Express's app.handle swaps the prototypes of the
// request and response and walks the router's layers, the Apollo integration re-parses the URL with url.parse,
// and res.send re-parses the content type and hashes the whole body for an ETag that no client can use on a POST
// (Express only answers 304 to GET and HEAD). A CPU profile of the point lookup under load put these at about a
// tenth of the server's busy time. Every other request (GET queries, CORS preflights, any other path or spelling
// of it) still goes through the Express app, and so does any error met before Apollo runs, so that the app's
// error handlers answer it as they did.
import type { IncomingMessage, ServerResponse } from "node:http";
import { setImmediate as nextLoopTurn } from "node:timers/promises";
import { HeaderMap, type ApolloServer, type ContextThunk } from "@apollo/server";
import type { EntenteContext } from "./entente-context.js";
import { answerThenRunDeferred } from "./response-scope.js";

/** A Connect-style middleware: Express's `cors()` and `express.json()` are used as such on both paths. */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export interface GraphQLPostOptions {
  apollo: ApolloServer<EntenteContext>;
  /** Run in order before Apollo, as on the Express route (CORS headers, then the JSON body into `req.body`). */
  middlewares: readonly NodeMiddleware[];
  /** Runs `work` inside the request's scope (SQL trace, abort signal, statement lane) and gives it the context. */
  inRequestScope(req: IncomingMessage, res: ServerResponse, work: (context: ContextThunk<EntenteContext>) => void): void;
  /** Answers a request whose middlewares or Apollo call failed, as the Express app does. */
  fail(req: IncomingMessage, res: ServerResponse, error: unknown): void;
}

/** Whether `req` is one the fast path takes: a POST to exactly /graphql, with or without a query string. */
export function isGraphQLPost(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  // 63 is "?": the path may carry a query string.
  return req.method === "POST" && url.startsWith("/graphql") && (url.length === 8 || url.charCodeAt(8) === 63);
}

function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

/**
 * Answers longer than this many characters are handed to the socket a slice per turn of the event loop: encoding a
 * 4 MB string to UTF-8 and copying it into the socket's queue is otherwise one block of several ms (tens under
 * load) during which no other request is read.
 */
export const WRITE_SLICE_CHARS = 256 * 1024;

/** Whether the UTF-16 code unit is the first half of a surrogate pair (a slice must not end between the two). */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Writes `body` in slices, one per turn of the event loop, and ends the response; stops if the client left. */
export async function endInSlices(res: ServerResponse, body: string, sliceChars = WRITE_SLICE_CHARS): Promise<void> {
  let start = 0;
  while (start < body.length && !res.destroyed) {
    let end = Math.min(body.length, start + sliceChars);
    if (end < body.length && isHighSurrogate(body.charCodeAt(end - 1))) end -= 1;
    res.write(body.slice(start, end));
    start = end;
    if (start < body.length) await nextLoopTurn();
  }
  if (!res.destroyed) res.end();
}

async function answer(
  apollo: ApolloServer<EntenteContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: ContextThunk<EntenteContext>,
) {
  const url = req.url ?? "";
  const query = url.indexOf("?");
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: "POST",
      headers: headerMap(req),
      search: query === -1 ? "" : url.slice(query),
      body: (req as IncomingMessage & { body?: unknown }).body,
    },
    context,
  });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    const body = response.body.string;
    res.setHeader("content-length", Buffer.byteLength(body));
    if (body.length <= WRITE_SLICE_CHARS) res.end(body);
    else await endInSlices(res, body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The handler of the requests `isGraphQLPost` accepts. */
export function graphqlPostHandler(options: GraphQLPostOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, middlewares, inRequestScope, fail } = options;
  return (req, res) => {
    let index = 0;
    const next = (error?: unknown): void => {
      if (error) return fail(req, res, error);
      const middleware = middlewares[index++];
      try {
        if (middleware) return middleware(req, res, next);
        inRequestScope(
          req,
          res,
          (context) =>
            void answerThenRunDeferred(() => answer(apollo, req, res, context)).catch((failure: unknown) =>
              fail(req, res, failure),
            ),
        );
      } catch (failure) {
        fail(req, res, failure);
      }
    };
    next();
  };
}
