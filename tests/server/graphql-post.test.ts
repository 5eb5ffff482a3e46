// POST /graphql takes a shorter way than Express (src/server/graphql-post.ts); any other spelling of the path still
// goes through the Express route. Both must answer alike: same status, headers that matter and body, CORS, body
// errors and client address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";

const ORIGIN = "https://app.example.org";

describe("POST /graphql without Express", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: "memory://",
      SEED_DEMO: "false",
      CORS_ORIGINS: ORIGIN,
      TRUST_PROXY: "true",
      RATE_LIMIT_ANONYMOUS: "1000/1",
    });
    server = await startServer(config, createLogger({ level: "silent", format: "json" }));
  }, 120_000);
  afterAll(() => server?.stop());

  /** The same request to the fast path (`/graphql`) and to the Express route (`/GraphQL`, routed case-insensitively). */
  async function both(init: RequestInit, search = "") {
    const answers = [];
    for (const path of ["/graphql", "/GraphQL"]) {
      const response = await fetch(`${server.url}${path}${search}`, { method: "POST", ...init });
      const headers = Object.fromEntries(
        [...response.headers].filter(([name]) => !["date", "etag", "ratelimit-remaining", "content-length"].includes(name)),
      );
      const text = await response.text();
      // Outside production Express's error page shows the error's stack, which names the path's own frames.
      const body = text.replace(/"currentlyAvailable":\d+/, "").replace(/<br>.*<\/pre>/s, "</pre>");
      answers.push({ status: response.status, headers, body });
    }
    return answers;
  }

  it("answers queries, errors and CORS as the Express route does", async () => {
    const json = { "content-type": "application/json", origin: ORIGIN };
    const requests: [RequestInit, string?][] = [
      [{ headers: json, body: JSON.stringify({ query: `{ state(code: "KR") { name } }` }) }],
      [
        {
          headers: json,
          body: JSON.stringify({ query: `query($c: String!) { state(code: $c) { name } }`, variables: { c: "FR" } }),
        },
        "?x=1",
      ],
      [{ headers: json, body: JSON.stringify({ query: "{ nope }" }) }],
      [{ headers: { ...json, accept: "application/graphql-response+json" }, body: JSON.stringify({ query: "{ nope }" }) }],
      [{ headers: { ...json, origin: "https://elsewhere.example" }, body: JSON.stringify({ query: "{ __typename }" }) }],
      [{ headers: { "content-type": "text/plain" }, body: "{ __typename }" }],
      [{ headers: json, body: "{not json" }],
      [{ headers: json, body: JSON.stringify({ query: "#".repeat(3 * 1024 * 1024) }) }],
      [{ headers: { "content-type": "application/json; charset=latin1" }, body: "{}" }],
    ];
    for (const [init, search] of requests) {
      const [fast, express] = await both(init, search);
      expect(fast).toEqual(express);
    }
    const [ok] = await both(requests[0]![0]);
    expect(ok!.status).toBe(200);
    expect(ok!.headers["access-control-allow-origin"]).toBe(ORIGIN);
    expect(ok!.headers["cache-control"]).toBe("max-age=60, public");
    const [tooLarge] = await both(requests[7]![0]);
    expect(tooLarge!.status).toBe(413);
  });

  it("keys the rate limit by the first X-Forwarded-For hop behind a trusted proxy, as Express's req.ip", async () => {
    const cost = async (path: string, client: string) => {
      const response = await fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `${client}, 10.0.0.1` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      return Number(response.headers.get("ratelimit-remaining"));
    };
    // A fresh client starts with a full bucket whichever path it takes, and both paths charge the same bucket.
    const first = await cost("/graphql", "203.0.113.7");
    const second = await cost("/GraphQL", "203.0.113.7");
    expect(first).toBeLessThan(1000);
    expect(second).toBeLessThan(first);
    expect(await cost("/graphql", "203.0.113.8")).toBe(first);
  });
});
