// Large answers are turned into JSON over several turns of the event loop (src/server/json-in-turns.ts) and written
// to the socket in slices (src/server/graphql-post.ts): the text must be exactly what one JSON.stringify writes.
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { stringifyInTurns, weighJson } from "../../src/server/json-in-turns.js";
import { endInSlices, WRITE_SLICE_CHARS } from "../../src/server/graphql-post.js";

/** An object as graphql-js builds its results: no prototype. */
const row = (fields: Record<string, unknown>) => Object.assign(Object.create(null) as object, fields);

const buckets = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    row({
      start: new Date(Date.UTC(2000, 0, 1 + i)).toISOString(),
      statementCount: i % 7,
      averageSentiment: i % 3 ? null : i / 7,
    }),
  );

describe("stringifyInTurns", () => {
  const values: [string, unknown][] = [
    ["a small answer", { data: row({ state: row({ name: "Japan" }) }), errors: undefined }],
    ["timelines", { data: row({ a0: row({ timeline: buckets(3_000) }), a1: row({ timeline: buckets(10) }) }) }],
    [
      "values JSON leaves out or replaces",
      {
        data: [
          row({ gone: undefined, fn: () => 1, kept: 1 }),
          undefined,
          () => 2,
          Symbol("s"),
          new Date(0),
          ...buckets(50),
          [[], {}, row({})],
          { toJSON: () => ({ replaced: true }) },
        ],
      },
    ],
    [
      "escapes in keys and strings",
      { data: row({ 'k"\\\u2028': buckets(40).map((b) => ({ ...b, text: 'é "q" \\ 😀 \u0000' })) }) },
    ],
    ["a large item among small ones", { data: [1, "x", row({ big: buckets(500) }), null, ...buckets(30), [buckets(200)]] }],
    ["an empty answer", { data: row({}), list: [] }],
  ];

  it.each(values)("writes %s as JSON.stringify does, at any slice size", async (_name, value) => {
    for (const sliceNodes of [2, 7, 50, 1_000, 100_000]) {
      await expect(Promise.resolve(stringifyInTurns(value, sliceNodes))).resolves.toBe(`${JSON.stringify(value)}\n`);
    }
  });

  it("answers a small value at once, and lets other work run while it writes a large one", async () => {
    expect(typeof stringifyInTurns({ data: row({ a: buckets(10) }) }, 1_000)).toBe("string");
    let otherWork = 0;
    const ticker = setInterval(() => (otherWork += 1), 0);
    let turns = 0;
    const counter = () => {
      turns += 1;
      if (pending) setImmediate(counter);
    };
    let pending = true;
    setImmediate(counter);
    const text = await stringifyInTurns({ data: row({ timeline: buckets(20_000) }) }, 1_000);
    pending = false;
    clearInterval(ticker);
    expect(text.length).toBeGreaterThan(1_000_000);
    // 80,000 values in slices of about 1,000: the other callbacks ran between the slices, not only after.
    expect(turns).toBeGreaterThanOrEqual(40);
  });

  it("weighs values up to the limit only", () => {
    expect(weighJson(5, 100)).toBe(1);
    expect(weighJson(row({ a: 1, b: [1, 2] }), 100)).toBe(5);
    expect(weighJson(buckets(1_000), 100)).toBe(100);
  });
});

describe("endInSlices", () => {
  function recorder() {
    const chunks: string[] = [];
    let ended = false;
    const res = {
      destroyed: false,
      write: (chunk: string) => chunks.push(chunk),
      end: () => (ended = true),
    };
    return { res, chunks, ended: () => ended };
  }

  it("writes the whole body in slices without splitting a surrogate pair", async () => {
    const body = "ab😀".repeat(1_000);
    const { res, chunks, ended } = recorder();
    await endInSlices(res as unknown as ServerResponse, body, 5);
    expect(chunks.join("")).toBe(body);
    expect(chunks.length).toBeGreaterThan(100);
    for (const chunk of chunks) expect(Buffer.from(chunk, "utf8").toString("utf8")).toBe(chunk);
    expect(ended()).toBe(true);
  });

  it("stops writing once the client has gone", async () => {
    const { res, chunks, ended } = recorder();
    const writing = endInSlices(res as unknown as ServerResponse, "x".repeat(100), 10);
    res.destroyed = true;
    await writing;
    expect(chunks).toHaveLength(1);
    expect(ended()).toBe(false);
  });
});

describe("a large answer over HTTP", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: "memory://", SEED_DEMO: "false", RATE_LIMIT: "false" });
    server = await startServer(config, createLogger({ level: "silent", format: "json" }));
  }, 120_000);
  afterAll(() => server?.stop());

  it("is the same text, with the same length, on the fast path (written in slices) and on the Express route", async () => {
    const timeline = `timeline(granularity: DAY, from: "2000-01-01T00:00:00Z", to: "2010-01-01T00:00:00Z") { start statementCount }`;
    const query = `{ ${["a", "b", "c"].map((alias) => `${alias}: relation(source: "US", target: "CN") { ${timeline} }`).join(" ")} }`;
    const answers = [];
    for (const path of ["/graphql", "/GraphQL"]) {
      const response = await fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(Number(response.headers.get("content-length"))).toBe(Buffer.byteLength(text));
      answers.push(text);
    }
    const [fast, express] = answers as [string, string];
    expect(fast.length).toBeGreaterThan(WRITE_SLICE_CHARS * 2);
    expect(fast).toBe(express);
    const body = JSON.parse(fast) as { data: Record<string, { timeline: { start: string }[] }> };
    expect(body.data.c!.timeline).toHaveLength(3_653);
    expect(body.data.a!.timeline[3_652]!.start).toBe("2009-12-31T00:00:00.000Z");
  }, 60_000);
});
