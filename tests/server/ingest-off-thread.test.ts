// ingestArticle extracts long articles in a worker thread (src/ingestion/on-demand-extraction.ts), so the server
// keeps answering while it does (issue 10: a 1,000,000-character article held every request for 1-1.6 s).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bigArticleBody } from "../../src/bench/ingest-contention.js";
import { loadConfig } from "../../src/config/env.js";
import { extractForIngest } from "../../src/ingestion/article-extraction.js";
import { extractionContext } from "../../src/ingestion/extraction-context.js";
import { OnDemandExtraction } from "../../src/ingestion/on-demand-extraction.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createPostgresDatabase, openSeededTestDatabase, testTargets } from "../helpers/test-database.js";

const logger = createLogger({ level: "silent", format: "json" });
const API_KEY = "ingest-off-thread-test-key";
const CHEAP_QUERY = `{ state(code: "JP") { name } }`;
const INGEST = `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status userErrors { message } article { statements { totalCount } } } }`;

const article = (body: string) => ({ title: "Long", body, publishedAt: new Date("2025-06-01T00:00:00Z"), language: "en" });

describe("extraction in a worker thread", () => {
  it("gives the same extraction as this thread, starts only for long articles and stops when closed", async () => {
    const database = await openSeededTestDatabase("pglite");
    const extraction = new OnDemandExtraction(async () => (await extractionContext(database.prisma)).states, {
      threadFromChars: 20_000,
    });
    try {
      const context = await extractionContext(database.prisma);
      const short = article(bigArticleBody(1, 5_000));
      expect(await extraction.extract(short)).toEqual(extractForIngest(short, context));
      expect(extraction.running).toBe(false);
      const long = article(bigArticleBody(2, 60_000));
      const inThread = await extraction.extract(long);
      expect(extraction.running).toBe(true);
      expect(inThread.statements.length).toBeGreaterThan(20);
      expect(inThread).toEqual(extractForIngest(long, context));
    } finally {
      await extraction.close();
      await database.close();
    }
    expect(extraction.running).toBe(false);
    await expect(extraction.extract(article(bigArticleBody(3, 60_000)))).rejects.toThrow(/shut down/);
  }, 120_000);
});

describe.each(testTargets)("a cheap query while a long article is ingested (%s)", (target) => {
  let server: RunningServer;
  let dropDatabase = async () => {};
  beforeAll(async () => {
    // A 300,000-character article: over PGlite's default MAX_ARTICLE_CHARS (50,000), which this test raises.
    const env: Record<string, string> = {
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: "memory://",
      SEED_DEMO: "false",
      MAX_ARTICLE_CHARS: "300000",
    };
    if (target === "postgres") {
      const created = await createPostgresDatabase(process.env.TEST_DATABASE_URL!);
      env.DATABASE_URL = created.url;
      dropDatabase = created.drop;
    }
    server = await startServer(loadConfig({ ...env, ENTENTE_API_KEYS: API_KEY, RATE_LIMIT: "false" }), logger);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await dropDatabase();
  });

  const post = (query: string, variables?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    }).then((response) => response.json() as Promise<any>);

  it("answers cheap queries while the article is extracted, and stores what this thread would extract", async () => {
    const body = bigArticleBody(4, 300_000);
    let answered = false;
    const ingest = post(
      INGEST,
      { i: { url: "https://example.org/long-4", title: "Long", source: "Test", publishedAt: "2025-06-01T00:00:00Z", body } },
      { authorization: `Bearer ${API_KEY}` },
    ).finally(() => (answered = true));
    // Wait until the article is with the extraction thread, then query until the thread is done with it.
    while (server.extraction.pending === 0 && !answered) await new Promise((resolve) => setTimeout(resolve, 5));
    const latencies: number[] = [];
    while (server.extraction.pending > 0) {
      const started = performance.now();
      const answer = await post(CHEAP_QUERY);
      latencies.push(performance.now() - started);
      expect(answer.data.state.name).toBe("Japan");
    }
    const result = await ingest;
    expect(result.data.ingestArticle.status).toBe("CREATED");
    const expected = extractForIngest(article(body), await extractionContext(server.database.prisma));
    expect(result.data.ingestArticle.article.statements.totalCount).toBe(expected.statements.length);
    // On the main thread, extracting 300,000 characters takes hundreds of ms during which nothing else is answered.
    expect(latencies.length).toBeGreaterThanOrEqual(5);
    const median = [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length / 2)]!;
    expect(median).toBeLessThan(250);
  }, 300_000);
});
