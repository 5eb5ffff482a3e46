// Hardening of the HTTP endpoint: every cheap-but-hostile request is refused before it runs, with a clear error,
// and clients are metered by query cost (issue 10). Speed is measured by `npm run fuzz`, not here.
import { randomBytes } from "node:crypto";
import { Socket } from "node:net";
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { openDatabase } from "../../src/db/database.js";
import { isStatementTimeout } from "../../src/db/driver-errors.js";
import { createLogger } from "../../src/server/logger.js";
import { maskError } from "../../src/server/plugins/mask-errors.js";
import { startServer, StartupError, type RunningServer } from "../../src/server/start-server.js";
import { createPostgresDatabase } from "../helpers/test-database.js";

const logger = createLogger({ level: "silent", format: "json" });
const baseEnv = { PORT: "0", HOST: "127.0.0.1", DATA_DIR: "memory://", SEED_DEMO: "false" };

async function post(server: RunningServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const codes = (body: any) => (body.errors ?? []).map((error: any) => error.extensions?.code);

describe("request limits and edge validation", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(loadConfig(baseEnv), logger);
  }, 120_000);
  afterAll(() => server?.stop());

  it("prices nested fragment spreads once each, so a small document cannot expand exponentially", async () => {
    let fragments = "";
    for (let i = 0; i < 22; i++) {
      fragments += `fragment F${i} on Query { ... on Query { ...F${i + 1} } ... on Query { ...F${i + 1} } } `;
    }
    fragments += "fragment F22 on Query { states(first: 1) { nodes { code } } }";
    const { body } = await post(server, { query: `{ ...F0 } ${fragments}` });
    // 2^22 spreads of a one-item list: priced, not expanded, and refused as far too large.
    expect(codes(body)).toEqual(["QUERY_TOO_LARGE"]);
    expect(body.errors[0].extensions.requestedNodes).toBe(2 ** 22 * 1);
  });

  it("prices timeline buckets and plain lists, so aliases of a long daily timeline are refused before running", async () => {
    const timeline = `relation(source: "JP", target: "KP") { timeline(granularity: DAY, from: "2000-01-01T00:00:00Z", to: "2013-09-08T00:00:00Z") { start statementCount } }`;
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: ${timeline}`).join(" ");
    const { body } = await post(server, { query: `{ ${aliases} }` });
    expect(codes(body)).toEqual(["QUERY_TOO_LARGE"]);
    expect(body.errors[0].extensions.requestedNodes).toBe(20 * 5_000);
  });

  it("prices introspection by the schema's own sizes, so aliased introspection is not free", async () => {
    const types = await post(server, { query: "{ __schema { types { name } } }" });
    const typeCount = types.body.data.__schema.types.length;
    expect(types.body.extensions.cost.requestedQueryCost).toBe(10 + typeCount);
    const whole = `__schema { types { fields { args { name } } } }`;
    const aliased = await post(server, { query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: ${whole}`).join(" ")} }` });
    const one = await post(server, { query: `{ ${whole} }` });
    expect(one.body.extensions.cost.requestedQueryCost).toBeGreaterThan(typeCount * 2);
    expect(aliased.body.extensions.cost.requestedQueryCost - 10).toBe(20 * (one.body.extensions.cost.requestedQueryCost - 10));
    // GraphiQL's and codegen's introspection query stays a light query.
    const full = await post(server, { query: getIntrospectionQuery() });
    expect(full.body.data.__schema.types.length).toBe(typeCount);
    expect(full.body.extensions.cost.requestedQueryCost).toBeLessThan(5_000);
  });

  it("refuses documents that are too deep, have too many aliases or too many tokens", async () => {
    const deep = "{ " + "statements { nodes { article { ".repeat(6) + "title" + " } } }".repeat(6) + " }";
    expect(codes((await post(server, { query: deep })).body)).toContain("GRAPHQL_VALIDATION_FAILED");
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: state(code: "JP") { code }`).join(" ")} }`;
    expect(codes((await post(server, { query: aliases })).body)).toContain("GRAPHQL_VALIDATION_FAILED");
    const tokens = `{ ${Array.from({ length: 4_100 }, () => "__typename").join(" ")} }`;
    expect(codes((await post(server, { query: tokens })).body)).toEqual(["GRAPHQL_PARSE_FAILED"]);
  });

  it("answers NUL bytes and over-long searches with BAD_USER_INPUT, whether literal or in variables", async () => {
    expect(codes((await post(server, { query: `{ topic(slug: "a\\u0000b") { name } }` })).body)).toEqual(["BAD_USER_INPUT"]);
    const search = `query($s: String!) { statements(filter: { search: $s }) { totalCount } }`;
    expect(codes((await post(server, { query: search, variables: { s: "peace\u0000" } })).body)).toEqual(["BAD_USER_INPUT"]);
    const long = await post(server, { query: search, variables: { s: "peace ".repeat(2_000) } });
    expect(codes(long.body)).toEqual(["BAD_USER_INPUT"]);
    expect(long.body.errors[0].message).toMatch(/at most 24 words/);
  });

  it("answers unresolvable operations, subscriptions and malformed bodies with 400 and a JSON error", async () => {
    const wrongName = await post(server, { query: "query A { __typename }", operationName: "B" });
    expect([wrongName.status, codes(wrongName.body)]).toEqual([400, ["OPERATION_RESOLUTION_FAILURE"]]);
    const twoAnonymous = await post(server, { query: "{ __typename } { __typename }" });
    expect(codes(twoAnonymous.body)).toContain("GRAPHQL_VALIDATION_FAILED");
    const subscription = await post(server, { query: "subscription { statementAdded { id } }" });
    expect(subscription.status).toBe(400);
    const wrongHash = await post(server, {
      query: "{ __typename }",
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expect([wrongHash.status, codes(wrongHash.body)]).toEqual([400, ["BAD_REQUEST"]]);
    const malformed = await post(server, "{not json");
    expect([malformed.status, codes(malformed.body)]).toEqual([400, ["BAD_REQUEST"]]);
  });

  it("reports the requested and actual cost and the client's bucket in extensions.cost", async () => {
    const { body, headers } = await post(server, { query: "{ states(first: 5) { nodes { code } } }" });
    expect(body.extensions.cost).toMatchObject({
      requestedQueryCost: 15,
      actualQueryCost: 15,
      throttleStatus: { maximumAvailable: 20_000, restoreRate: 500 },
    });
    expect(Number(headers.get("ratelimit-remaining"))).toBe(body.extensions.cost.throttleStatus.currentlyAvailable);
  });
});

describe("rate limiting by query cost", () => {
  const KEY = "rate-limit-test-key-0123456789";

  async function exhaust(server: RunningServer, headers: Record<string, string> = {}) {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | undefined;
    for (let i = 0; i < 12; i++) {
      last = await post(server, { query: "{ states(first: 20) { nodes { code } } }" }, headers);
      statuses.push(last.status);
      if (last.status === 429) break;
    }
    return { statuses, last: last! };
  }

  it("throttles a client past its bucket with 429 and Retry-After; API keys have their own budget", async () => {
    const server = await startServer(
      loadConfig({ ...baseEnv, RATE_LIMIT_ANONYMOUS: "100/1", RATE_LIMIT_API_KEY: "1000/10", ENTENTE_API_KEYS: KEY }),
      logger,
    );
    try {
      const anonymous = await exhaust(server);
      // Each request costs 10 + 20 = 30 points: three fit in a bucket of 100, the fourth waits.
      expect(anonymous.statuses).toEqual([200, 200, 200, 429]);
      expect(codes(anonymous.last.body)).toEqual(["THROTTLED"]);
      expect(Number(anonymous.last.headers.get("retry-after"))).toBeGreaterThan(0);
      const keyHolder = await post(
        server,
        { query: "{ states(first: 20) { nodes { code } } }" },
        { authorization: `Bearer ${KEY}` },
      );
      expect(keyHolder.status).toBe(200);
      expect(keyHolder.body.extensions.cost.throttleStatus.maximumAvailable).toBe(1_000);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it("shares one budget between replicas through Redis when REDIS_URL is set", async (context) => {
    const reachable = await new Promise<boolean>((resolve) => {
      const socket = new Socket().once("connect", () => resolve(true)).once("error", () => resolve(false));
      socket.connect(6379, "127.0.0.1");
      setTimeout(() => resolve(false), 1_000);
    }).finally(() => undefined);
    if (!reachable) return context.skip("Redis is not running on 127.0.0.1:6379");
    const env = { ...baseEnv, RATE_LIMIT_ANONYMOUS: "100/1", REDIS_URL: "redis://127.0.0.1:6379", TRUST_PROXY: "true" };
    const [a, b] = [await startServer(loadConfig(env), logger), await startServer(loadConfig(env), logger)];
    // A client address of its own, so runs never share a bucket.
    const client = { "x-forwarded-for": `10.${randomBytes(3).join(".")}` };
    try {
      const query = { query: "{ states(first: 20) { nodes { code } } }" };
      const statuses = [
        (await post(a, query, client)).status,
        (await post(b, query, client)).status,
        (await post(a, query, client)).status,
        (await post(b, query, client)).status,
      ];
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 120_000);
});

describe("database errors", () => {
  it("names the cause when the database cannot be reached", async () => {
    const refused = startServer(loadConfig({ ...baseEnv, DATABASE_URL: "postgres://postgres@127.0.0.1:1/none" }), logger);
    await expect(refused).rejects.toThrow(StartupError);
    await expect(refused).rejects.toThrow(/connection refused at 127\.0\.0\.1:1/);
  });

  it.runIf(process.env.TEST_DATABASE_URL)("cancels statements past STATEMENT_TIMEOUT_MS and reports QUERY_TIMEOUT", async () => {
    const { url, drop } = await createPostgresDatabase(process.env.TEST_DATABASE_URL!);
    const database = await openDatabase({ kind: "postgres", url }, { statementTimeoutMs: 100 });
    try {
      const error = await database.prisma.$queryRaw`SELECT pg_sleep(2)`.catch((e: unknown) => e);
      expect(isStatementTimeout(error)).toBe(true);
      const { GraphQLError } = await import("graphql");
      const formatted = maskError(logger)(
        { message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } },
        new GraphQLError("x", { originalError: error as Error }),
      );
      expect(formatted.extensions?.code).toBe("QUERY_TIMEOUT");
    } finally {
      await database.close();
      await drop();
    }
  });
});
