// POST /graphql from Node's HTTP server straight to Apollo, through the same CORS and JSON body middlewares as the
// Express route, but without Express around them. Per request, Express's app.handle swaps the prototypes of the
// request and response and walks the router's layers, the Apollo integration re-parses the URL with url.parse,
// and res.send re-parses the content type and hashes the whole body for an ETag that no client can use on a POST
// (Express only answers 304 to GET and HEAD). A CPU profile of the point lookup under load put these at about a
// tenth of the server's busy time. Every other request (GET queries, CORS preflights, any other path or spelling
// of it) still goes through the Express app, and so does any error met before Apollo runs, so that the app's
// error handlers answer it as they did.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type ContextThunk } from "@apollo/server";
import type { EntenteContext } from "./entente-context.js";

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
    res.setHeader("content-length", Buffer.byteLength(response.body.string));
    res.end(response.body.string);
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
          (context) => void answer(apollo, req, res, context).catch((failure: unknown) => fail(req, res, failure)),
        );
      } catch (failure) {
        fail(req, res, failure);
      }
    };
    next();
  };
}
