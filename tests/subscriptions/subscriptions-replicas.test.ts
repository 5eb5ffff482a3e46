// Two API processes on one PostgreSQL (needs TEST_DATABASE_URL): an article ingested through one reaches the
// subscribers of both (PostgreSQL LISTEN/NOTIFY), filters apply, connections over the limit are refused, and the
// delay from commit to a client receiving the event is measured over 200 articles (logged as p50/p99).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INGEST_CHANNEL } from "../../src/db/notifications/ingest-events.js";
import { startServerProcess, type ServerProcess } from "../helpers/server-process.js";
import { createPostgresDatabase } from "../helpers/test-database.js";
import {
  articleByArticle,
  inCommitOrder,
  ingestThroughApi,
  japanArticle,
  koreaArticle,
  openClient,
  settleProbes,
  type TestClient,
} from "../helpers/subscription-client.js";

const serverUrl = process.env.TEST_DATABASE_URL;
const apiKey = randomBytes(24).toString("base64url");
const STATEMENTS = `subscription($f: StatementFilter) { statementAdded(filter: $f) { id speakerState { code } } }`;
const ARTICLES = `subscription { articleIngested { article { title } } }`;
const EVENTS = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe.skipIf(!serverUrl)("subscriptions across two server processes on PostgreSQL", () => {
  let database: { url: string; drop: () => Promise<void> };
  let a: ServerProcess;
  let b: ServerProcess;
  const clients: TestClient[] = [];
  const open = (server: ServerProcess) => {
    const client = openClient(server.url);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    database = await createPostgresDatabase(serverUrl!);
    const env = {
      DATABASE_URL: database.url,
      SEED_DEMO: "false",
      ENTENTE_API_KEYS: apiKey,
      RATE_LIMIT: "false",
      SUBSCRIPTION_MAX_CONNECTIONS: "3",
    };
    a = await startServerProcess(env, 300_000);
    b = await startServerProcess({ ...env, MIGRATE_ON_START: "false" }, 300_000);
  }, 600_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    for (const server of [a, b]) {
      server?.child.kill("SIGTERM");
      await server?.exited;
    }
    await database?.drop();
  });

  it("delivers an article ingested through one process to subscribers of both, filtered", async () => {
    const onA = open(a);
    const onB = open(b);
    const allOnA = onA.subscribe(STATEMENTS, {}, "all on A");
    const japanOnB = onB.subscribe(STATEMENTS, { f: { speakerStates: ["JP"] } }, "JP on B");
    const allOnB = onB.subscribe(STATEMENTS, {}, "all on B");
    for (let n = 0; !allOnA.events.length || !japanOnB.events.length || !allOnB.events.length; n++) {
      await ingestThroughApi(a.url, apiKey, japanArticle(2000 + n));
      await Promise.all([allOnA.waitFor(1, 1_000), japanOnB.waitFor(1, 1_000), allOnB.waitFor(1, 1_000)]).catch(() => {});
    }
    const all = () => true;
    const japanese = (node: any) => node.speakerState?.code === "JP";
    await settleProbes(a.url, apiKey, japanArticle(3000), [
      { subscription: allOnA, accepts: all },
      { subscription: japanOnB, accepts: japanese },
      { subscription: allOnB, accepts: all },
    ]);
    const before = { a: allOnA.events.length, jp: japanOnB.events.length, b: allOnB.events.length };
    const korean = await ingestThroughApi(a.url, apiKey, koreaArticle(7));
    const japaneseArticle = await ingestThroughApi(a.url, apiKey, japanArticle(7));
    const koreanIds = korean.article.statements.nodes.map((node: any) => node.id);
    const japaneseIds = japaneseArticle.article.statements.nodes.map((node: any) => node.id);
    const fromJapan = [...korean.article.statements.nodes, ...japaneseArticle.article.statements.nodes]
      .filter((node: any) => node.speakerState?.code === "JP")
      .map((node: any) => node.id);
    expect(fromJapan.length).toBeGreaterThan(0);
    await allOnA.waitFor(before.a + koreanIds.length + japaneseIds.length);
    await allOnB.waitFor(before.b + koreanIds.length + japaneseIds.length);
    await japanOnB.waitFor(before.jp + fromJapan.length);
    expect(
      articleByArticle(
        allOnA.events.slice(before.a).map((event: any) => event.statementAdded.id),
        koreanIds.length,
      ),
    ).toEqual(inCommitOrder(koreanIds, japaneseIds));
    expect(
      articleByArticle(
        allOnB.events.slice(before.b).map((event: any) => event.statementAdded.id),
        koreanIds.length,
      ),
    ).toEqual(inCommitOrder(koreanIds, japaneseIds));
    expect(
      japanOnB.events
        .slice(before.jp)
        .map((event: any) => event.statementAdded.id)
        .sort(),
    ).toEqual([...fromJapan].sort());
  });

  it("refuses connections over the limit (SUBSCRIPTION_MAX_CONNECTIONS)", async () => {
    // B holds one connection from the previous test; two more reach the limit of 3.
    const second = open(b);
    const third = open(b);
    second.subscribe(ARTICLES);
    third.subscribe(ARTICLES);
    await Promise.all([second.connected, third.connected]);
    const fourth = open(b);
    const refused = fourth.subscribe(ARTICLES);
    await expect(refused.waitFor(1, 5_000)).rejects.toThrow();
    expect(fourth.closeCodes).toContain(1013);
  });

  it(`measures commit → client receive over ${EVENTS} articles`, async () => {
    // A plain LISTEN connection hears the NOTIFY when the ingest commits: the reference time of each event.
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    const committedAt: number[] = [];
    listener.on("notification", () => committedAt.push(performance.now()));
    await listener.query(`LISTEN ${INGEST_CHANNEL}`);
    const onA = open(a);
    const articles = onA.subscribe(ARTICLES, {}, "articles on A");
    const receivedAt: number[] = [];
    onA.client.on("message", (message) => {
      if (message.type === "next") receivedAt.push(performance.now());
    });
    await onA.connected;
    // Warm-up until the subscription is live, then the measured events (one at a time, so they pair by order).
    for (let n = 0; !articles.events.length; n++) {
      await ingestThroughApi(a.url, apiKey, japanArticle(3000 + n));
      await articles.waitFor(1, 1_000).catch(() => {});
    }
    const offset = { committed: committedAt.length, received: receivedAt.length };
    for (let n = 0; n < EVENTS; n++) {
      await ingestThroughApi(b.url, apiKey, japanArticle(4000 + n));
      await articles.waitFor(offset.received + n + 1, 30_000);
    }
    await listener.end();
    const delays = receivedAt
      .slice(offset.received, offset.received + EVENTS)
      .map((at, index) => at - committedAt[offset.committed + index]!)
      .sort((x, y) => x - y);
    expect(delays).toHaveLength(EVENTS);
    const p50 = percentile(delays, 50);
    const p99 = percentile(delays, 99);
    console.info(
      `[subscriptions] commit → client receive over ${EVENTS} events (ingest on B, client on A): p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
    );
    expect(p50).toBeGreaterThan(0);
  }, 600_000);
});
