// A minimal same-origin fetcher: POST /graphql with JSON, the tab's headers merged in.
// (No subscriptions or incremental delivery: the API has neither.)
import type { GraphiQLProps } from "graphiql";

type Fetcher = GraphiQLProps["fetcher"];

export const GRAPHQL_PATH = "/graphql";

export const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    credentials: "same-origin",
    headers: {
      accept: "application/graphql-response+json, application/json",
      "content-type": "application/json",
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    // A proxy error page or similar: show it in the result panel instead of failing silently.
    return { errors: [{ message: `HTTP ${response.status} ${response.statusText}: ${text.slice(0, 500)}` }] };
  }
};
