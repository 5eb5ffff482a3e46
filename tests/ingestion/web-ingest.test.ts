// Web pages and feeds into the database (in-memory PGlite), from a local server serving pages we wrote:
// a normal article, broken HTML, a page without article text, a huge page, a slow one, a redirect loop,
// a path robots.txt disallows, an RSS and an Atom feed answered 304 when unchanged, and a saved .html file.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { readArticleFile } from "../../src/ingestion/read-article-files.js";
import { PoliteFetcher } from "../../src/ingestion/web/fetcher.js";
import { ingestWebInputs } from "../../src/ingestion/web/web-inputs.js";
import { openSeededTestDatabase } from "../helpers/test-database.js";
import { articlePage, startWebTestServer, type WebTestServer } from "../helpers/web-test-server.js";

const manila = [
  "Philippine Foreign Secretary Enrique Manalo said on Monday that Manila was alarmed by the Chinese coast guard's use of water cannon near the shoal.",
  '"We will not be intimidated," Manalo told reporters in Manila, adding that the Philippines would file a diplomatic protest with Beijing.',
  "China's foreign ministry said its coast guard had acted lawfully and urged Manila to stop what it called provocations in the area.",
];
const berlin = [
  "German Chancellor Olaf Scholz praised France for its support of the new European defence fund during a visit to Paris on Tuesday.",
  "Scholz said Germany and France would deepen their cooperation on energy and on the production of munitions in the coming year.",
  "French President Emmanuel Macron welcomed the agreement and called it a step towards a stronger European Union.",
];
const ankara = [
  "Turkish Foreign Minister Hakan Fidan criticised Israel on Wednesday over the strikes on Gaza and demanded an immediate ceasefire.",
  "Fidan told a news conference in Ankara that Turkey was ready to host talks between the parties if both sides agreed to meet.",
  "Israel's foreign ministry rejected the criticism and accused Ankara of supporting Hamas.",
];

function rss(origin: string, links: string[]): string {
  const items = links
    .map(
      (link, index) =>
        `<item><title>Story ${index}</title><link>${origin}${link}</link><pubDate>Mon, 02 Jun 2025 0${index}:00:00 GMT</pubDate></item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title><link>${origin}/</link>${items}</channel></rss>`;
}

function atom(origin: string, links: string[]): string {
  const entries = links
    .map(
      (link, index) =>
        `<entry><title>Entry ${index}</title><id>${origin}${link}</id><link href="${origin}${link}"/><updated>2025-06-03T0${index}:00:00Z</updated></entry>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test atom</title><id>${origin}/atom</id><updated>2025-06-03T00:00:00Z</updated>${entries}</feed>`;
}

describe("ingesting web pages and feeds", () => {
  let db: Database;
  let server: WebTestServer;
  let rssLinks = ["/news/manila"];
  const dir = mkdtempSync(path.join(tmpdir(), "entente-web-"));
  const stateFile = path.join(dir, "state", "feeds.json");
  const fetcher = () => new PoliteFetcher({ perHostDelayMs: 0, timeoutMs: 1_500, maxBytes: 256 * 1024 });
  const run = (inputs: { urls?: string[]; feeds?: string[]; watchIntervalMs?: number }, signal = new AbortController().signal) =>
    ingestWebInputs(
      db.prisma,
      { urls: inputs.urls ?? [], feeds: inputs.feeds ?? [], watchIntervalMs: inputs.watchIntervalMs },
      {
        fetcher: fetcher(),
        feedStateFile: stateFile,
        signal,
      },
    );
  const html = (page: string) => (_request: unknown, response: import("node:http").ServerResponse) =>
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);

  beforeAll(async () => {
    db = await openSeededTestDatabase("pglite");
    server = await startWebTestServer();
    const { origin } = server;
    server.route("/robots.txt", (_request, response) =>
      response.writeHead(200).end("User-agent: entente\nDisallow: /members/\n"),
    );
    server.route(
      "/news/manila",
      html(
        articlePage({
          title: "Manila protests water cannon use",
          paragraphs: manila,
          publishedAt: "2025-06-02T09:30:00Z",
          siteName: "Loopback Times",
          canonical: `${origin}/news/manila-canonical`,
        }),
      ),
    );
    // Unclosed tags, a stray closing div, no </body>: browsers and our parser cope.
    server.route(
      "/news/broken",
      html(`<html lang=en-GB><head><title>Scholz praises France</title><meta name=date content="2025-06-03T08:00:00Z">
        <body><div class=story><h1>Scholz praises France</h2><p>${berlin[0]}<p>${berlin[1]} & more</span><p><b>${berlin[2]}<div></td>`),
    );
    server.route(
      "/news/ankara",
      html(articlePage({ title: "Fidan criticises Israel", paragraphs: ankara, siteName: "Loopback Times" })),
    );
    server.route("/news/empty", html(`<html><head><title>Index</title></head><body><nav><a href="/a">A</a></nav></body></html>`));
    server.route("/news/huge", html(articlePage({ title: "Huge", paragraphs: [...manila, "z".repeat(400 * 1024)] })));
    server.route("/news/slow", (_request, response) => {
      const timer = setTimeout(() => response.writeHead(200).end(articlePage({ title: "Slow", paragraphs: manila })), 6_000);
      response.on("close", () => clearTimeout(timer));
    });
    server.route("/news/loop", (_request, response) => response.writeHead(302, { location: "/news/loop" }).end());
    server.route(
      "/members/story",
      html(articlePage({ title: "Members only", paragraphs: berlin, publishedAt: "2025-06-01T00:00:00Z" })),
    );
    server.route("/feed.rss", (request, response) => {
      const etag = `"rss-${rssLinks.length}"`;
      if (request.headers["if-none-match"] === etag) return void response.writeHead(304, { etag }).end();
      response.writeHead(200, { "content-type": "application/rss+xml", etag }).end(rss(origin, rssLinks));
    });
    server.route("/feed.atom", (request, response) => {
      const lastModified = "Tue, 03 Jun 2025 00:00:00 GMT";
      if (request.headers["if-modified-since"] === lastModified) return void response.writeHead(304).end();
      response
        .writeHead(200, { "content-type": "application/atom+xml", "last-modified": lastModified })
        .end(atom(origin, ["/news/ankara", "/news/empty"]));
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ingests article pages with their metadata and reports every page it skips with the reason", async () => {
    const { origin } = server;
    const urls = ["manila", "broken", "empty", "huge", "slow", "loop"].map((slug) => `${origin}/news/${slug}`);
    const summary = await run({ urls: [...urls, `${origin}/members/story`] });
    expect(summary.skipped).toEqual([
      expect.stringMatching(/\/news\/empty: (no article text found|article text too short)/),
      expect.stringMatching(/\/news\/huge: response of .* is larger than 262144 bytes/),
      expect.stringMatching(/\/news\/slow: no complete answer from .* within 1500 ms/),
      expect.stringMatching(/\/news\/loop: redirect loop/),
      expect.stringMatching(/\/members\/story: disallowed by .*robots\.txt/),
    ]);
    expect(summary.counts).toMatchObject({ CREATED: 2, SKIPPED: 5 });
    expect(summary.found.statements).toBeGreaterThanOrEqual(2);
    const stored = await db.prisma.article.findUniqueOrThrow({ where: { url: `${origin}/news/manila-canonical` } });
    expect(stored).toMatchObject({ title: "Manila protests water cannon use", source: "Loopback Times", language: "en" });
    expect(stored.publishedAt.toISOString()).toBe("2025-06-02T09:30:00.000Z");
    expect(stored.body.split("\n\n")).toEqual(manila);
    expect(await db.prisma.statement.count({ where: { articleId: stored.id } })).toBeGreaterThanOrEqual(1);
    const broken = await db.prisma.article.findUniqueOrThrow({ where: { url: `${origin}/news/broken` } });
    expect(broken).toMatchObject({ title: "Scholz praises France", source: "127.0.0.1", language: "en" });
    expect(broken.body).toContain(berlin[2]);
    expect(server.requests.filter((request) => request.path === "/members/story")).toHaveLength(0);
  });

  it("reads RSS and Atom feeds, remembers their validators and handled entries, and ingests only what is new", async () => {
    const { origin } = server;
    const feeds = [`${origin}/feed.rss`, `${origin}/feed.atom`];
    const first = await run({ feeds });
    // manila was ingested by the previous test (UNCHANGED); ankara is new and takes its date from the feed; empty is skipped.
    expect(first.counts).toMatchObject({ CREATED: 1, UNCHANGED: 1, SKIPPED: 1 });
    const ankara = await db.prisma.article.findUniqueOrThrow({ where: { url: `${origin}/news/ankara` } });
    expect(ankara.publishedAt.toISOString()).toBe("2025-06-03T00:00:00.000Z");

    const pagesBefore = server.requests.filter((request) => request.path.startsWith("/news/")).length;
    const second = await run({ feeds });
    expect(second.feedsNotModified).toBe(2);
    expect(second.pages).toBe(0);
    expect(server.requests.filter((request) => request.path.startsWith("/news/")).length).toBe(pagesBefore);

    rssLinks = ["/news/manila", "/news/broken"]; // the feed changes: one new entry, one seen before
    const third = await run({ feeds });
    expect(third.entriesAlreadySeen).toBe(1);
    expect(third.counts).toMatchObject({ UNCHANGED: 1 }); // broken was ingested from its url before
    expect(server.requests.filter((request) => request.path === "/news/manila").length).toBe(2); // not again
  });

  it("watches feeds at an interval until stopped", async () => {
    const controller = new AbortController();
    let rounds = 0;
    const summary = await ingestWebInputs(
      db.prisma,
      { urls: [], feeds: [`${server.origin}/feed.rss`], watchIntervalMs: 50 },
      {
        fetcher: fetcher(),
        feedStateFile: stateFile,
        signal: controller.signal,
        onRound: () => {
          rounds += 1;
          if (rounds === 3) controller.abort();
        },
      },
    );
    expect(rounds).toBe(3);
    expect(summary.feedsNotModified).toBe(3);
  });

  it("reads saved .html files like fetched pages", async () => {
    const file = path.join(dir, "saved-story.html");
    writeFileSync(
      file,
      articlePage({ title: "Fidan criticises Israel", paragraphs: ankara, publishedAt: "2025-06-04T10:00:00Z" }),
    );
    const [record] = await readArticleFile(file, { urlPrefix: "https://saved.example/pages", source: "Saved" });
    expect(record!.value).toMatchObject({
      url: "https://saved.example/pages/saved-story",
      title: "Fidan criticises Israel",
      source: "Saved",
      publishedAt: "2025-06-04T10:00:00Z",
      language: "en",
    });
    const empty = path.join(dir, "empty.html");
    writeFileSync(empty, "<html><body><p>Too short.</p></body></html>");
    const [skipped] = await readArticleFile(empty);
    expect(skipped!.readError).toMatch(/^skipped: /);
  });
});
