// The article-size limit (MAX_ARTICLE_CHARS, issue 10): lower by default on the embedded database, where an
// article's write transaction holds the one connection every request needs; configurable; and applied on every way
// in, before anything is extracted or stored: GraphQL, npm run ingest (which goes on with the other articles), web
// pages and queued jobs. A rejected article is rejected whole, never cut.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bigArticleBody } from "../../src/bench/ingest-contention.js";
import { loadConfig, PGLITE_MAX_ARTICLE_CHARS } from "../../src/config/env.js";
import type { Database } from "../../src/db/database.js";
import { MAX_ARTICLE_CHARS_CEILING, parseArticleInput } from "../../src/ingestion/article-input.js";
import { bulkIngest } from "../../src/ingestion/bulk-ingest.js";
import { IngestJobHandler } from "../../src/ingestion/queue/job-handler.js";
import { PoliteFetcher } from "../../src/ingestion/web/fetcher.js";
import { WebIngester } from "../../src/ingestion/web/web-ingester.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { openSeededTestDatabase } from "../helpers/test-database.js";
import { articlePage, startWebTestServer } from "../helpers/web-test-server.js";

const article = (url: string, body: string) => ({
  url,
  title: "A long article",
  source: "Limit test",
  publishedAt: "2025-06-01T00:00:00Z",
  body,
});

describe("MAX_ARTICLE_CHARS", () => {
  it("defaults to 50,000 characters on PGlite and 1,000,000 on PostgreSQL, and can be set either way", () => {
    expect(PGLITE_MAX_ARTICLE_CHARS).toBe(50_000);
    expect(loadConfig({}).articleLimits.maxBodyChars).toBe(PGLITE_MAX_ARTICLE_CHARS);
    const postgres = { DATABASE_URL: "postgres://localhost/entente" };
    expect(loadConfig(postgres).articleLimits.maxBodyChars).toBe(MAX_ARTICLE_CHARS_CEILING);
    expect(loadConfig({ MAX_ARTICLE_CHARS: "200000" }).articleLimits.maxBodyChars).toBe(200_000);
    expect(loadConfig({ ...postgres, MAX_ARTICLE_CHARS: "20000" }).articleLimits.maxBodyChars).toBe(20_000);
  });

  it("stops the service with a readable line for a value it cannot use", () => {
    expect(() => loadConfig({ MAX_ARTICLE_CHARS: "lots" })).toThrow(/MAX_ARTICLE_CHARS must be a number/);
    expect(() => loadConfig({ MAX_ARTICLE_CHARS: "10" })).toThrow(/MAX_ARTICLE_CHARS must be at least 1000/);
    expect(() => loadConfig({ MAX_ARTICLE_CHARS: "2000000" })).toThrow(/MAX_ARTICLE_CHARS must be at most 1000000/);
  });

  it("rejects a longer body whole, naming its length, the limit and the setting", () => {
    const limits = { maxBodyChars: 1_000 };
    expect(parseArticleInput(article("https://limit.example/ok", "x".repeat(1_000)), limits)).toHaveProperty("article");
    // Whitespace around the text is not counted: it is trimmed before the check, as before the limit existed.
    expect(parseArticleInput(article("https://limit.example/ok", ` ${"x".repeat(1_000)}\n`), limits)).toHaveProperty("article");
    expect(parseArticleInput(article("https://limit.example/long", "x".repeat(1_001)), limits)).toEqual({
      errors: [
        {
          field: "body",
          code: "BAD_USER_INPUT",
          message: "body is 1,001 characters long; this server accepts articles of at most 1,000 characters (MAX_ARTICLE_CHARS)",
        },
      ],
    });
  });
});

describe("an article over the limit, through GraphQL on the embedded database's defaults", () => {
  const API_KEY = "article-size-limit-test-key";
  let server: RunningServer;
  beforeAll(async () => {
    const env = { PORT: "0", HOST: "127.0.0.1", DATA_DIR: "memory://", SEED_DEMO: "false", RATE_LIMIT: "false" };
    server = await startServer(
      loadConfig({ ...env, ENTENTE_API_KEYS: API_KEY }),
      createLogger({ level: "silent", format: "json" }),
    );
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  const ingest = (url: string, body: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({
        query: `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status article { id } userErrors { field message code } } }`,
        variables: { i: article(url, body) },
      }),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));

  it("answers BAD_USER_INPUT naming the limit, stores nothing and extracts nothing; an article at the limit is stored", async () => {
    const before = await server.database.prisma.article.count();
    const refused = await ingest("https://limit.example/over", bigArticleBody(1, PGLITE_MAX_ARTICLE_CHARS + 1));
    expect(refused.status).toBe(200);
    expect(refused.body.errors).toBeUndefined();
    expect(refused.body.data.ingestArticle).toEqual({
      status: null,
      article: null,
      userErrors: [
        {
          field: "body",
          code: "BAD_USER_INPUT",
          message:
            "body is 50,001 characters long; this server accepts articles of at most 50,000 characters (MAX_ARTICLE_CHARS)",
        },
      ],
    });
    expect(await server.database.prisma.article.count()).toBe(before);
    // Refused before extraction: the extraction threads (started by the first long article) never started.
    expect(server.extraction.running).toBe(false);

    const stored = await ingest("https://limit.example/at-limit", bigArticleBody(2, PGLITE_MAX_ARTICLE_CHARS));
    expect(stored.body.data.ingestArticle.userErrors).toEqual([]);
    expect(stored.body.data.ingestArticle.status).toBe("CREATED");
    const row = await server.database.prisma.article.findUniqueOrThrow({ where: { url: "https://limit.example/at-limit" } });
    expect(row.body).toBe(bigArticleBody(2, PGLITE_MAX_ARTICLE_CHARS).trim());
  }, 120_000);
});

describe("an article over a configured limit, on the other ways in", () => {
  const limits = loadConfig({ MAX_ARTICLE_CHARS: "2000" }).articleLimits;
  const short = (n: number) =>
    `Philippine Foreign Secretary Enrique Manalo said on Monday (${n}) that Manila was alarmed by the Chinese coast guard's use of water cannon near the shoal.`;
  let db: Database;
  const dir = mkdtempSync(path.join(tmpdir(), "entente-limit-"));
  beforeAll(async () => {
    db = await openSeededTestDatabase("pglite");
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("npm run ingest reports the long one with its place and goes on with the others", async () => {
    const records = [
      article("https://limit.example/file-1", short(1)),
      article("https://limit.example/file-long", bigArticleBody(3, 2_500)),
      article("https://limit.example/file-2", short(2)),
    ];
    writeFileSync(path.join(dir, "articles.json"), JSON.stringify(records));
    const summary = await bulkIngest(db.prisma, [path.join(dir, "articles.json")], { limits });
    expect(summary.counts).toEqual({ CREATED: 2, UPDATED: 0, UNCHANGED: 0, DUPLICATE: 0, FAILED: 1 });
    expect(summary.failures).toEqual([
      expect.stringMatching(
        /articles\.json\[1\]: body is 2,500 characters long; .* at most 2,000 characters \(MAX_ARTICLE_CHARS\)/,
      ),
    ]);
    const urls = (await db.prisma.article.findMany({ select: { url: true } })).map((row) => row.url);
    expect(urls).toEqual(expect.arrayContaining(["https://limit.example/file-1", "https://limit.example/file-2"]));
    expect(urls).not.toContain("https://limit.example/file-long");
  });

  it("a web page skips with the reason, and a queued job completes with it (a retry would not help)", async () => {
    const web = await startWebTestServer();
    try {
      const paragraphs = Array.from({ length: 30 }, (_, n) => short(n));
      web.route("/long", (_request, response) =>
        response
          .writeHead(200, { "content-type": "text/html" })
          .end(articlePage({ title: "Long page", paragraphs, publishedAt: "2025-06-02T10:00:00Z" })),
      );
      const fetcher = new PoliteFetcher({ perHostDelayMs: 0, timeoutMs: 1_500 });
      const page = await new WebIngester(db.prisma, fetcher, { limits }).ingestUrl(`${web.origin}/long`);
      expect(page).toEqual({
        url: `${web.origin}/long`,
        skipped: expect.stringMatching(/^body is [\d,]+ characters long; .* at most 2,000 characters \(MAX_ARTICLE_CHARS\)$/),
        transient: false,
      });
    } finally {
      await web.close();
    }
    // Queued by a process with a larger limit: the worker checks again with its own.
    const job = {
      kind: "article" as const,
      origin: "queued.json",
      article: { ...article("https://limit.example/job", bigArticleBody(4, 2_500)), language: "en" },
    };
    const output = await new IngestJobHandler(db.prisma, {}, limits).handle(job);
    expect(output).toEqual({ skipped: expect.stringMatching(/body is 2,500 characters long; .*\(MAX_ARTICLE_CHARS\)/) });
    expect(await db.prisma.article.count({ where: { url: { in: [`https://limit.example/job`] } } })).toBe(0);
  });
});
