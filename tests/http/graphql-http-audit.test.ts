// GraphQL over HTTP compliance of the real server: graphql-http's audit suite, plus the transport
// rules of API-CONVENTIONS.md (GET for queries only, CSRF prevention on).
import { createHash } from "node:crypto";
import { serverAudits, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server/start-server.js";
import { startTestServer } from "./running-server.js";

type Status = AuditResult["status"];

describe("GraphQL over HTTP", () => {
  let server: RunningServer;
  let endpoint: string;
  beforeAll(async () => {
    server = await startTestServer();
    endpoint = `${server.url}/graphql`;
  }, 120_000);
  afterAll(() => server?.stop());

  it("passes graphql-http's server audits with no errors", async () => {
    const results: AuditResult[] = [];
    for (const audit of serverAudits({ url: () => endpoint })) results.push(await audit.fn());
    const counts: Record<Status, number> = { ok: 0, notice: 0, warn: 0, error: 0 };
    for (const result of results) counts[result.status] += 1;
    const notOk = results
      .filter((result) => result.status !== "ok")
      .map(
        (result) =>
          `  ${result.status.padEnd(6)} ${result.id} ${result.name}\n         ${"reason" in result ? result.reason : ""}`,
      );
    console.info(`[graphql-http audit] ${results.length} audits: ${JSON.stringify(counts)}\n${notOk.join("\n")}`);
    expect(
      results
        .filter((result) => result.status === "error")
        .map((result) => `${result.name}: ${"reason" in result ? result.reason : ""}`),
    ).toEqual([]);
    expect(counts.ok).toBeGreaterThanOrEqual(50);
  }, 60_000);

  it("owes its GET notices to CSRF prevention only: with Apollo-Require-Preflight they pass", async () => {
    // graphql-http's GET audits send no preflight-forcing header, so Apollo's CSRF prevention answers 400.
    const withPreflightHeader: typeof fetch = (input, init) => {
      if ((init?.method ?? "GET").toUpperCase() !== "GET") return fetch(input, init);
      const headers = new Headers(init?.headers);
      headers.set("apollo-require-preflight", "true");
      return fetch(input, { ...init, headers });
    };
    const notOk: string[] = [];
    for (const audit of serverAudits({ url: () => endpoint, fetchFn: withPreflightHeader })) {
      const result = await audit.fn();
      if (result.status !== "ok") notOk.push(`${result.status} ${audit.id}`);
    }
    // Only the three application/json status-code warnings remain (see the report / apollo.ts proposal).
    expect(notOk.filter((entry) => !entry.startsWith("warn"))).toEqual([]);
  }, 60_000);

  it("serves a query over GET (with a preflight-forcing header)", async () => {
    const query = encodeURIComponent(`query StateName($code: String!) { state(code: $code) { name } }`);
    const variables = encodeURIComponent(JSON.stringify({ code: "KR" }));
    const response = await fetch(`${endpoint}?query=${query}&variables=${variables}`, {
      headers: { "apollo-require-preflight": "true", accept: "application/graphql-response+json" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toMatchObject({ data: { state: { name: "South Korea" } } });
  });

  it("refuses a mutation over GET, even with a valid API key header", async () => {
    const mutation = `mutation Merge($duplicate: ID!, $into: ID!) {
      mergePeople(input: { duplicate: $duplicate, into: $into }) { person { id } userErrors { message } }
    }`;
    const params = new URLSearchParams({ query: mutation, variables: JSON.stringify({ duplicate: "x", into: "y" }) });
    const response = await fetch(`${endpoint}?${params}`, {
      headers: { "apollo-require-preflight": "true", authorization: "Bearer any-key-at-all-0123456789" },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/GET requests only support query operations/);
  });

  it("blocks a GET without a preflight-forcing header (Apollo CSRF prevention)", async () => {
    const query = encodeURIComponent(`{ state(code: "KR") { name } }`);
    const response = await fetch(`${endpoint}?query=${query}`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/CSRF/);
    expect(text).not.toContain("South Korea");
  });

  it("blocks a simple cross-site POST (text/plain or form content type)", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": contentType },
        body: JSON.stringify({ query: `{ state(code: "KR") { name } }` }),
      });
      const text = await response.text();
      expect(response.status, contentType).toBe(400);
      expect(text, contentType).not.toContain("South Korea");
    }
  });

  it("negotiates application/graphql-response+json and application/json", async () => {
    const post = (accept: string) =>
      fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept },
        body: JSON.stringify({ query: `{ __typename }` }),
      });
    const modern = await post("application/graphql-response+json, application/json;q=0.9");
    expect(modern.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    await modern.body?.cancel();
    const legacy = await post("application/json");
    expect(legacy.headers.get("content-type")).toMatch(/^application\/json/);
    await legacy.body?.cancel();
  });

  it("supports automatic persisted queries (Apollo's default in-memory APQ cache)", async () => {
    const query = `{ state(code: "FR") { name } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } };
    const post = (body: object) =>
      fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then(
        (response) => response.json() as Promise<{ data?: any; errors?: { extensions?: { code?: string } }[] }>,
      );
    const unknown = await post({ extensions });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await post({ query, extensions })).data.state.name).toBe("France");
    expect((await post({ extensions })).data.state.name).toBe("France");
    // And over GET, which is what makes APQ useful with HTTP caches.
    const params = new URLSearchParams({ extensions: JSON.stringify(extensions) });
    const get = await fetch(`${endpoint}?${params}`, { headers: { "apollo-require-preflight": "true" } });
    expect(((await get.json()) as { data: any }).data.state.name).toBe("France");
  });

  it("marks public queries cacheable, credentialed queries private, and mutations and errors uncacheable", async () => {
    const query = encodeURIComponent(`{ state(code: "KR") { name } }`);
    const get = (headers: Record<string, string>) =>
      fetch(`${endpoint}?query=${query}`, { headers: { "apollo-require-preflight": "true", ...headers } });
    const anonymous = await get({});
    await anonymous.body?.cancel();
    expect(anonymous.headers.get("cache-control")).toBe("max-age=60, public");
    const credentialed = await get({ authorization: "Bearer not-a-real-key-but-long-enough" });
    await credentialed.body?.cancel();
    expect(credentialed.headers.get("cache-control")).toBe("max-age=60, private");
    const mutation = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { mergePeople(input: { into: "x", duplicate: "y" }) { userErrors { code } } }` }),
    });
    await mutation.body?.cancel();
    expect(mutation.headers.get("cache-control")).toBe("no-store");
  });
});
