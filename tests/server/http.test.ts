// The real HTTP server, in-process on a free port with an in-memory embedded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";

describe("HTTP server", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: "memory://",
      GRAPHQL_SQL_TRACE: "1",
      SEED_DEMO: "false",
    });
    server = await startServer(config, createLogger({ level: "silent", format: "json" }));
  }, 120_000);
  afterAll(() => server?.stop());

  it("answers health and readiness probes", async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it("serves GraphQL over POST with SQL statistics in extensions", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ state(code: "KR") { name alpha3 } states { totalCount } topics { slug } }` }),
    });
    const body: any = await response.json();
    expect(body.data.state).toEqual({ name: "South Korea", alpha3: "KOR" });
    expect(body.data.states.totalCount).toBeGreaterThanOrEqual(249);
    expect(body.extensions.sql.queries).toBeGreaterThan(0);
  });

  it("serves queries over GET", async () => {
    const query = encodeURIComponent(`{ state(code: "JP") { name } }`);
    const response = await fetch(`${server.url}/graphql?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    expect(((await response.json()) as any).data.state.name).toBe("Japan");
  });

  it("masks unexpected errors and reports bad input with its code", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ states(first: 1000) { totalCount } }` }),
    });
    const body: any = await response.json();
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules/);
  });
});

describe("query size limit", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(
      loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: "memory://", SEED_DEMO: "false" }),
      createLogger({ level: "silent", format: "json" }),
    );
  }, 120_000);
  afterAll(() => server?.stop());

  const post = async (query: string, variables?: Record<string, unknown>) =>
    (
      await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      })
    ).json() as Promise<any>;

  it("refuses a query whose nested pages multiply past the limit, before running it", async () => {
    // 100 states + 100 × 100 statements + 100 × 100 × 10 statements of their articles = 110,100.
    const body = await post(
      `query($n: Int) { states(first: 100) { nodes { statements(first: 100) { nodes { article { statements(first: $n) { totalCount } } } } } } }`,
      { n: 10 },
    );
    expect(body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", requestedNodes: 110_100, maxNodes: 50_000 });
    const deeper = await post(
      `fragment S on State { statements(first: 100) { nodes { article { statements(first: 100) { totalCount } } } } } { states(first: 100) { nodes { ...S } } }`,
    );
    expect(deeper.errors[0].extensions.code).toBe("QUERY_TOO_LARGE");
    expect(deeper.errors[0].extensions.requestedNodes).toBe(1_010_100);
    const fine = await post(`{ states(first: 100) { nodes { statements(first: 100) { totalCount } } } }`);
    expect(fine.errors).toBeUndefined();
  });
});

describe("request logs", () => {
  it("writes one structured line per GraphQL request with its operation, SQL count and error codes", async () => {
    const { pino } = await import("pino");
    const lines: any[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const server = await startServer(
      loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: "memory://", SEED_DEMO: "false" }),
      logger,
    );
    try {
      const send = (query: string) =>
        fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        }).then((r) => r.json());
      await send(`query Korea { state(code: "KR") { name } }`);
      await send(`{ states(first: 0) { totalCount } }`);
    } finally {
      await server.stop();
    }
    const requests = lines.filter((line) => line.msg === "graphql request");
    expect(requests[0]).toMatchObject({ operation: "query", operationName: "Korea", status: 200, sqlQueries: 1 });
    expect(requests[1]).toMatchObject({ errorCodes: ["BAD_USER_INPUT"] });
  });
});
