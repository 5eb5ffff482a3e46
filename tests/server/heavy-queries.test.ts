// Admission by query cost (issue 10): queries priced at the heavy threshold or more wait for one of a few turns,
// and their statements share as many turns; cheaper queries never wait; a heavy query that cannot get a turn in
// time is refused with SERVER_BUSY. How fast cheap queries stay under heavy load is measured by
// `npm run bench:contention`, not here.
import "reflect-metadata";
import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse, type OperationDefinitionNode } from "graphql";
import type { ApolloServer } from "@apollo/server";
import { newSqlTrace } from "../../src/db/sql-trace.js";
import { runInStatementLane, type StatementLane } from "../../src/db/statement-lane.js";
import type { Database } from "../../src/db/database.js";
import { LoaderRegistry } from "../../src/graphql/context.js";
import { ownTurn } from "../../src/graphql/common/own-turn.js";
import { FULL_TEXT_SEARCH_COST, operationNodes } from "../../src/graphql/query-cost.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { createApolloServer, type EntenteContext } from "../../src/server/apollo.js";
import { AdmissionQueue, QueueFullError } from "../../src/server/limits/admission-queue.js";
import { HeavyQueryAdmission, type HeavyQueryPolicy } from "../../src/server/limits/heavy-queries.js";
import { createLogger } from "../../src/server/logger.js";
import { answerThenRunDeferred } from "../../src/server/response-scope.js";
import { openSeededTestDatabase } from "../helpers/test-database.js";

/** A few turns of the event loop: freed turns are handed over on a later one. */
async function loopTurns(count = 5): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe("admission queue", () => {
  it("holds at most `concurrency` turns and hands a freed turn to the oldest waiter", async () => {
    const queue = new AdmissionQueue({ concurrency: 2, maxWaiting: 10, maxWaitMs: Infinity });
    const granted: string[] = [];
    const first = await queue.acquire();
    const second = await queue.acquire();
    const third = queue.acquire().then((release) => (granted.push("third"), release));
    const fourth = queue.acquire().then((release) => (granted.push("fourth"), release));
    expect([queue.running, queue.waiting]).toEqual([2, 2]);
    first();
    first(); // a second release of the same turn gives nothing back
    const releaseThird = await third;
    await loopTurns();
    expect(granted).toEqual(["third"]);
    expect([queue.running, queue.waiting]).toEqual([2, 1]);
    second();
    (await fourth)();
    releaseThird();
    await loopTurns();
    expect(granted).toEqual(["third", "fourth"]);
    expect([queue.running, queue.waiting]).toEqual([0, 0]);
  });

  it("refuses a waiter when the line is full, when it waited too long, or when its client left", async () => {
    const full = new AdmissionQueue({ concurrency: 1, maxWaiting: 1, maxWaitMs: Infinity });
    const holder = await full.acquire();
    const waiter = full.acquire();
    await expect(full.acquire()).rejects.toBeInstanceOf(QueueFullError);
    holder();
    (await waiter)();

    const impatient = new AdmissionQueue({ concurrency: 1, maxWaiting: 10, maxWaitMs: 1 });
    const held = await impatient.acquire();
    await expect(impatient.acquire()).rejects.toBeInstanceOf(QueueFullError);
    expect(impatient.waiting).toBe(0);
    held();

    const patient = new AdmissionQueue({ concurrency: 1, maxWaiting: 10, maxWaitMs: Infinity });
    const busy = await patient.acquire();
    const client = new AbortController();
    const leaving = patient.acquire(client.signal);
    client.abort(new Error("client gone"));
    await expect(leaving).rejects.toThrow("client gone");
    expect(patient.waiting).toBe(0);
    busy();
    await loopTurns();
    expect(patient.running).toBe(0);
  });
});

describe("large lists on turns of their own", () => {
  it("resolves a request's second turn only after its first, on a later turn of the event loop", async () => {
    const request = {};
    const seen: string[] = [];
    const first = ownTurn(request).then(() => seen.push("first"));
    const second = ownTurn(request).then(() => seen.push("second"));
    await first;
    await Promise.resolve();
    expect(seen).toEqual(["first"]);
    await second;
    expect(seen).toEqual(["first", "second"]);
  });
});

describe("query cost of full-text searches", () => {
  it("adds the rows a search reads to its page, literal or in variables; a state name search is not full-text", async () => {
    const schema = await buildGraphQLSchema();
    const price = (source: string, variables: Record<string, unknown> = {}) => {
      const document = parse(source);
      const operation = document.definitions[0] as OperationDefinitionNode;
      return operationNodes(schema, document, operation, variables);
    };
    expect(price(`{ statements(first: 10, filter: { search: "peace" }) { nodes { text } } }`)).toBe(10 + FULL_TEXT_SEARCH_COST);
    const byVariable = `query($f: StatementFilter) { statements(first: 10, filter: $f) { nodes { text } } }`;
    expect(price(byVariable, { f: { search: "peace" } })).toBe(10 + FULL_TEXT_SEARCH_COST);
    expect(price(byVariable, { f: { search: "  " } })).toBe(10);
    expect(price(`{ articles(first: 5, filter: { search: "summit" }) { nodes { title } } }`)).toBe(5 + FULL_TEXT_SEARCH_COST);
    expect(price(`{ states(first: 5, filter: { search: "jap" }) { nodes { name } } }`)).toBe(5);
  });
});

describe("heavy queries wait for a turn", () => {
  const logger = createLogger({ level: "silent", format: "json" });
  const unlimited = { capacity: Number.MAX_SAFE_INTEGER, restorePerSecond: Number.MAX_SAFE_INTEGER };
  // 100 statements with their targets: 100 + 100 × 10 items, over the 1,000-point threshold used here.
  const HEAVY = `{ statements(first: 100) { nodes { text targets { code } } } }`;
  const CHEAP = `{ state(code: "JP") { name } }`;
  let database: Database;
  const servers: ApolloServer<EntenteContext>[] = [];

  beforeAll(async () => {
    database = await openSeededTestDatabase("pglite");
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await database?.close();
  });

  async function serverWith(policy: HeavyQueryPolicy) {
    const admission = new HeavyQueryAdmission(policy);
    const apollo = createApolloServer({
      schema: await buildGraphQLSchema(),
      httpServer: createServer(),
      logger,
      sqlTrace: false,
      introspection: false,
      costLimits: { baseCost: 10, anonymous: unlimited, keyHolder: unlimited },
      buckets: null,
      admission,
    });
    await apollo.start();
    servers.push(apollo);
    const run = async (query: string, lane: StatementLane = { gate: null }) => {
      const contextValue: EntenteContext = {
        prisma: database.prisma,
        writer: database.prisma,
        loaders: new LoaderRegistry(),
        apiKeyLabel: null,
        sqlTrace: newSqlTrace(),
        clientAddress: "127.0.0.1",
      };
      const response = await runInStatementLane(lane, () => apollo.executeOperation({ query }, { contextValue }));
      const result = response.body.kind === "single" ? response.body.singleResult : null;
      return {
        status: response.http.status ?? 200,
        retryAfter: response.http.headers.get("retry-after"),
        codes: (result?.errors ?? []).map((error) => error.extensions?.code),
        data: result?.data as Record<string, unknown> | null | undefined,
      };
    };
    return { admission, run };
  }

  it("answers a cheap query while every heavy turn is taken, and refuses a heavy one with 503 SERVER_BUSY", async () => {
    const { admission, run } = await serverWith({ costThreshold: 1_000, concurrency: 1, maxWaitMs: 1 });
    const heavyInProgress = await admission.admit(2_000, { gate: null });
    const cheap = await run(CHEAP);
    expect([cheap.status, cheap.codes, cheap.data]).toEqual([200, [], { state: { name: "Japan" } }]);
    const refused = await run(HEAVY);
    expect([refused.status, refused.codes, refused.retryAfter]).toEqual([503, ["SERVER_BUSY"], "1"]);
    heavyInProgress();
    const admitted = await run(HEAVY);
    expect([admitted.status, admitted.codes]).toEqual([200, []]);
  });

  it("holds a heavy query's turn until its HTTP answer has been written, not only until Apollo has built it", async () => {
    const { admission, run } = await serverWith({ costThreshold: 1_000, concurrency: 1, maxWaitMs: 60_000 });
    const heldWhileWriting = await answerThenRunDeferred(async () => {
      const answer = await run(HEAVY);
      expect([answer.status, answer.codes]).toEqual([200, []]);
      await loopTurns();
      return admission.load.running;
    });
    expect(heldWhileWriting).toBe(1);
    await loopTurns();
    expect(admission.load.running).toBe(0);
    // Without an answer scope (executeOperation, subscriptions) the turn is freed when the answer is built.
    await run(HEAVY);
    await loopTurns();
    expect(admission.load.running).toBe(0);
  });

  it("runs heavy queries one at a time and gates their statements; a cheap query's lane stays open", async () => {
    const { admission, run } = await serverWith({ costThreshold: 1_000, concurrency: 1, maxWaitMs: 60_000 });
    const heavyInProgress = await admission.admit(2_000, { gate: null });
    const lanes: StatementLane[] = [{ gate: null }, { gate: null }, { gate: null }];
    const heavy = Promise.all(lanes.map((lane) => run(HEAVY, lane)));
    await vi.waitFor(() => expect(admission.load).toEqual({ running: 1, waiting: 3 }));
    heavyInProgress();
    const answers = await heavy;
    expect(answers.map((answer) => [answer.status, answer.codes])).toEqual([
      [200, []],
      [200, []],
      [200, []],
    ]);
    expect(lanes.every((lane) => lane.gate !== null)).toBe(true);
    const cheapLane: StatementLane = { gate: null };
    await run(CHEAP, cheapLane);
    expect(cheapLane.gate).toBeNull();
  });
});
