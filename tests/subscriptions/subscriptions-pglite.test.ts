// Subscriptions on the embedded default (PGlite, in process): graphql-ws at /graphql delivers statements and
// articles when their ingest commits, applies the statement filter, and refuses bad keys, queries and connections
// over the limit.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
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

const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? "silent", format: "json" });
const apiKey = randomBytes(24).toString("base64url");

const STATEMENTS = `subscription($f: StatementFilter) { statementAdded(filter: $f) { id text speakerState { code } targets { code } article { title } } }`;
const ARTICLES = `subscription { articleIngested { status newStatementCount article { id title } } }`;

describe("subscriptions on PGlite", () => {
  let server: RunningServer;
  const clients: TestClient[] = [];
  const open = (params?: Record<string, unknown>) => {
    const client = openClient(server.url, params);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServer(
      loadConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        DATA_DIR: "memory://",
        SEED_DEMO: "false",
        ENTENTE_API_KEYS: apiKey,
        SUBSCRIPTION_MAX_CONNECTIONS: "2",
      }),
      logger,
    );
  }, 300_000);
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server?.stop();
  });

  it("delivers new statements (filtered) and articles when the ingest commits", async () => {
    const client = open();
    const all = client.subscribe(STATEMENTS, {}, "all");
    const fromJapan = client.subscribe(STATEMENTS, { f: { speakerStates: ["JP"], targetStates: ["KP"] } }, "fromJapan");
    const articles = client.subscribe(ARTICLES, {}, "articles");
    // The subscribe messages are in flight: ingest probes until every subscription has heard one.
    for (let n = 0; !all.events.length || !fromJapan.events.length || !articles.events.length; n++) {
      if (n === 20) {
        const seen = { all: all.events.length, fromJapan: fromJapan.events.length, articles: articles.events.length };
        throw new Error(`no event after 20 probes: ${JSON.stringify(seen)}; close codes ${client.closeCodes.join(", ")}`);
      }
      await ingestThroughApi(server.url, apiKey, japanArticle(1000 + n));
      await Promise.all([all.waitFor(1, 1_000), fromJapan.waitFor(1, 1_000), articles.waitFor(1, 1_000)]).catch(() => {});
    }
    await settleProbes(server.url, apiKey, japanArticle(3000), [
      { subscription: all, accepts: () => true },
      {
        subscription: fromJapan,
        accepts: (node: any) => node.speakerState?.code === "JP" && node.targets.some((target: any) => target.code === "KP"),
      },
    ]);
    await articles.waitUntil((events) => events.some((event: any) => event.articleIngested.article.title.endsWith(" 3000")));
    const before = { all: all.events.length, fromJapan: fromJapan.events.length, articles: articles.events.length };

    const korean = await ingestThroughApi(server.url, apiKey, koreaArticle(1));
    const japanese = await ingestThroughApi(server.url, apiKey, japanArticle(1));
    expect(korean.status).toBe("CREATED");
    const koreanIds = korean.article.statements.nodes.map((node: any) => node.id);
    const japaneseIds = japanese.article.statements.nodes.map((node: any) => node.id);
    // What the filter should let through, by the API's own answer for the stored statements.
    const matching = [...korean.article.statements.nodes, ...japanese.article.statements.nodes]
      .filter((node: any) => node.speakerState?.code === "JP" && node.targets.some((target: any) => target.code === "KP"))
      .map((node: any) => node.id);
    expect(koreanIds.length).toBeGreaterThan(0);
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.every((id: string) => japaneseIds.includes(id))).toBe(true);

    await all.waitFor(before.all + koreanIds.length + japaneseIds.length);
    await fromJapan.waitFor(before.fromJapan + matching.length);
    await articles.waitFor(before.articles + 2);
    // Events arrive in commit order: once the Japanese article's statements are in, the Korean ones would be too.
    const japanIds = fromJapan.events.slice(before.fromJapan).map((event: any) => event.statementAdded.id);
    expect([...japanIds].sort()).toEqual([...matching].sort());
    const allIds = all.events.slice(before.all).map((event: any) => event.statementAdded.id);
    expect(articleByArticle(allIds, koreanIds.length)).toEqual(inCommitOrder(koreanIds, japaneseIds));
    expect(fromJapan.events.at(-1)).toMatchObject({ statementAdded: { speakerState: { code: "JP" } } });
    const lastTwo = articles.events.slice(-2).map((event: any) => event.articleIngested);
    expect(lastTwo.map((event: any) => event.article.id)).toEqual([korean.article.id, japanese.article.id]);
    expect(lastTwo[0]).toMatchObject({ status: "CREATED", newStatementCount: koreanIds.length });

    // Ingesting the same content again changes nothing and publishes nothing.
    await ingestThroughApi(server.url, apiKey, japanArticle(1));
    await ingestThroughApi(server.url, apiKey, japanArticle(2));
    await articles.waitFor(before.articles + 3);
    expect(articles.events.at(-1)).toMatchObject({ articleIngested: { article: { title: "Tokyo protests launch 2" } } });
    await client.close();
  }, 300_000);

  it("refuses a malformed filter, queries over WebSocket, invalid keys and connections over the limit", async () => {
    const client = open();
    const badFilter = client.subscribe(STATEMENTS, { f: { speakers: ["not-an-id"] } });
    await expect(badFilter.waitFor(1, 5_000)).rejects.toThrow(/BAD_USER_INPUT|not a valid|Person/);
    const query = client.subscribe(`{ states(first: 1) { nodes { code } } }`);
    await expect(query.waitFor(1, 5_000)).rejects.toThrow(/serves subscriptions/);

    const badKey = open({ Authorization: "Bearer not-a-valid-key-at-all" });
    const refused = badKey.subscribe(ARTICLES);
    await expect(refused.waitFor(1, 5_000)).rejects.toThrow();
    expect(badKey.closeCodes).toContain(4403);

    // The limit is 2 and `client` holds one: a second is accepted, a third refused with 1013.
    await client.connected;
    const second = open({ Authorization: `Bearer ${apiKey}` });
    const ok = second.subscribe(ARTICLES);
    await second.connected;
    const third = open();
    const over = third.subscribe(ARTICLES);
    await expect(over.waitFor(1, 5_000)).rejects.toThrow();
    expect(third.closeCodes).toContain(1013);
    expect(ok.errors).toEqual([]);
  }, 300_000);
});
