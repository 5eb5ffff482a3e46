// Polite fetching against a local server (loopback only): User-Agent, size limit, timeout, redirects and loops,
// robots.txt, conditional GET and the per-host delay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError, PoliteFetcher, type FetcherOptions } from "../../src/ingestion/web/fetcher.js";
import { startWebTestServer, type WebTestServer } from "../helpers/web-test-server.js";

const fast: Partial<FetcherOptions> = { perHostDelayMs: 0, timeoutMs: 2_000, maxBytes: 64 * 1024, maxRedirects: 3 };

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError, got ${String(error)}`);
  return error;
}

describe("polite fetcher", () => {
  let server: WebTestServer;
  const pathsRequested = (path: string) => server.requests.filter((request) => request.path === path).length;

  beforeAll(async () => {
    server = await startWebTestServer();
    server.route("/robots.txt", (_request, response) =>
      response.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n"),
    );
    server.route("/page", (_request, response) => response.writeHead(200, { "content-type": "text/html" }).end("<p>hello</p>"));
    server.route("/private/page", (_request, response) => response.writeHead(200, { "content-type": "text/html" }).end("secret"));
    server.route("/huge", (_request, response) => {
      // No content-length: the limit must hold while streaming.
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = "<p>" + "x".repeat(16 * 1024) + "</p>";
      for (let index = 0; index < 20; index++) response.write(chunk);
      response.end();
    });
    server.route("/huge-declared", (_request, response) =>
      response
        .writeHead(200, { "content-type": "text/html", "content-length": String(1024 * 1024) })
        .end("x".repeat(1024 * 1024)),
    );
    server.route("/slow", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<p>first part</p>");
      const timer = setTimeout(() => response.end("<p>too late</p>"), 5_000);
      response.on("close", () => clearTimeout(timer));
    });
    const redirect = (to: string) => (_request: unknown, response: import("node:http").ServerResponse) =>
      response.writeHead(301, { location: to }).end();
    server.route("/r1", redirect("/r2"));
    server.route("/r2", redirect(`${server.origin}/page`));
    server.route("/loop-a", redirect("/loop-b"));
    server.route("/loop-b", redirect("/loop-a"));
    server.route("/chain-1", redirect("/chain-2"));
    server.route("/chain-2", redirect("/chain-3"));
    server.route("/chain-3", redirect("/chain-4"));
    server.route("/chain-4", redirect("/chain-5"));
    server.route("/chain-5", redirect("/page"));
    server.route("/to-private", redirect("/private/page"));
    server.route("/feed.xml", (request, response) => {
      if (request.headers["if-none-match"] === '"v1"') return void response.writeHead(304, { etag: '"v1"' }).end();
      response.writeHead(200, {
        "content-type": "application/rss+xml",
        etag: '"v1"',
        "last-modified": "Mon, 02 Jun 2025 10:00:00 GMT",
      });
      response.end("<rss version='2.0'><channel><title>t</title></channel></rss>");
    });
  });
  afterAll(() => server?.close());

  it("sends a User-Agent naming Entente and reads robots.txt once per host", async () => {
    const fetcher = new PoliteFetcher(fast);
    const first = await fetcher.fetch(`${server.origin}/page`);
    await fetcher.fetch(`${server.origin}/page`);
    expect(first).toMatchObject({ status: 200, notModified: false, text: "<p>hello</p>", url: `${server.origin}/page` });
    const pageRequest = server.requests.find((request) => request.path === "/page")!;
    expect(pageRequest.headers["user-agent"]).toMatch(/^Entente\//);
    expect(pathsRequested("/robots.txt")).toBe(1);
  });

  it("skips paths robots.txt disallows, also when a redirect leads there, without requesting them", async () => {
    const fetcher = new PoliteFetcher(fast);
    expect(await failure(fetcher.fetch(`${server.origin}/private/page`))).toMatchObject({ failure: "robots" });
    expect(await failure(fetcher.fetch(`${server.origin}/to-private`))).toMatchObject({ failure: "robots" });
    expect(pathsRequested("/private/page")).toBe(0);
  });

  it("abandons responses over the size limit, streamed or declared", async () => {
    const fetcher = new PoliteFetcher(fast);
    const streamed = await failure(fetcher.fetch(`${server.origin}/huge`));
    expect(streamed).toMatchObject({ failure: "too-large", transient: false });
    expect(streamed.message).toMatch(/larger than 65536 bytes/);
    expect(await failure(fetcher.fetch(`${server.origin}/huge-declared`))).toMatchObject({ failure: "too-large" });
  });

  it("gives up on a slow response after the timeout, as a transient failure", async () => {
    const started = performance.now();
    const error = await failure(
      new PoliteFetcher({ ...fast, timeoutMs: 500, respectRobots: false }).fetch(`${server.origin}/slow`),
    );
    expect(error).toMatchObject({ failure: "timeout", transient: true });
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it("follows redirects up to the limit and stops on loops", async () => {
    const fetcher = new PoliteFetcher(fast);
    expect(await fetcher.fetch(`${server.origin}/r1`)).toMatchObject({ url: `${server.origin}/page`, text: "<p>hello</p>" });
    const loop = await failure(fetcher.fetch(`${server.origin}/loop-a`));
    expect(loop).toMatchObject({ failure: "redirects" });
    expect(loop.message).toMatch(/redirect loop/);
    const chain = await failure(fetcher.fetch(`${server.origin}/chain-1`));
    expect(chain.message).toMatch(/more than 3 redirects/);
  });

  it("asks conditionally with the validators it was given and reports 304 as not modified", async () => {
    const fetcher = new PoliteFetcher(fast);
    const first = await fetcher.fetch(`${server.origin}/feed.xml`, { accept: "application/rss+xml" });
    expect(first.validators).toEqual({ etag: '"v1"', lastModified: "Mon, 02 Jun 2025 10:00:00 GMT" });
    const second = await fetcher.fetch(`${server.origin}/feed.xml`, {
      accept: "application/rss+xml",
      validators: first.validators,
    });
    expect(second).toMatchObject({ status: 304, notModified: true, text: "" });
    const conditional = server.requests.filter((request) => request.path === "/feed.xml").at(-1)!;
    expect(conditional.headers).toMatchObject({ "if-none-match": '"v1"', "if-modified-since": "Mon, 02 Jun 2025 10:00:00 GMT" });
  });

  it("waits between two requests to the same host", async () => {
    const fetcher = new PoliteFetcher({ ...fast, perHostDelayMs: 250 });
    await fetcher.fetch(`${server.origin}/page`); // robots.txt, then the page: two requests already spaced
    const before = server.requests.length;
    await Promise.all([fetcher.fetch(`${server.origin}/page`), fetcher.fetch(`${server.origin}/page`)]);
    const [first, second] = server.requests.slice(before);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(200);
  });
});
