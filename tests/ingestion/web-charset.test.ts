// Pages in legacy encodings are read in the encoding they declare: <meta charset>, <meta http-equiv="Content-Type">,
// the HTTP Content-Type header (which wins over the page), the XML declaration of a feed; undeclared pages that are
// not UTF-8 are read as windows-1252. Pages written by us, encoded here byte by byte and served on loopback.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PoliteFetcher } from "../../src/ingestion/web/fetcher.js";
import { readArticleFile } from "../../src/ingestion/read-article-files.js";
import { startWebTestServer, type WebTestServer } from "../helpers/web-test-server.js";

/** Our text in windows-1252: Latin-1 letters, plus the euro sign and curly quotes (0x80, 0x93, 0x94, 0x92). */
const TEXT = "Müller told São Tomé’s minister: “Déjà vu, 5 € más.”";
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { "€": 0x80, "“": 0x93, "”": 0x94, "’": 0x92 };
  return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}
const page = (head: string) =>
  Buffer.concat([
    windows1252(`<!doctype html><html><head>${head}<title>Charset test</title></head><body><p>`),
    windows1252(TEXT),
    windows1252("</p></body></html>"),
  ]);

describe("declared encodings of fetched and saved pages", () => {
  let server: WebTestServer;
  const fetcher = new PoliteFetcher({ perHostDelayMs: 0, respectRobots: false });
  const dir = mkdtempSync(path.join(tmpdir(), "entente-charset-"));

  beforeAll(async () => {
    server = await startWebTestServer();
    const serve = (route: string, contentType: string, body: Buffer) =>
      server.route(route, (_request, response) => response.writeHead(200, { "content-type": contentType }).end(body));
    serve("/meta-charset", "text/html", page('<meta charset="windows-1252">'));
    serve("/http-equiv", "text/html", page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'));
    serve("/header", "text/html; charset=iso-8859-1", page(""));
    // The header is right and the page is wrong: the header wins, as in browsers.
    serve("/header-wins", 'text/html; charset="windows-1252"', page('<meta charset="utf-8">'));
    serve("/undeclared", "text/html", page(""));
    serve("/utf8", "text/html", Buffer.from(`<p>${TEXT}</p>`, "utf8"));
    serve(
      "/feed.xml",
      "application/rss+xml",
      Buffer.concat([
        windows1252('<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>'),
        windows1252(TEXT),
        windows1252("</title></channel></rss>"),
      ]),
    );
  });
  afterAll(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(["/meta-charset", "/http-equiv", "/header", "/header-wins", "/undeclared", "/utf8"])("decodes %s", async (route) => {
    const fetched = await fetcher.fetch(`${server.origin}${route}`);
    expect(fetched.text).toContain(TEXT);
    expect(fetched.text).not.toContain("\uFFFD");
  });

  it("decodes a feed by its XML declaration", async () => {
    const fetched = await fetcher.fetch(`${server.origin}/feed.xml`, { accept: "application/rss+xml" });
    expect(fetched.text).toContain(`<title>${TEXT}</title>`);
  });

  it("reads a saved page in the encoding its meta tag declares", async () => {
    const file = path.join(dir, "saved.html");
    const body = `${TEXT} ${"The ministers met in Lisbon on Monday to discuss trade. ".repeat(8)}`;
    writeFileSync(
      file,
      Buffer.concat([
        windows1252('<html><head><meta charset="windows-1252"><title>Saved</title></head><body><article><p>'),
        windows1252(body),
        windows1252("</p></article></body></html>"),
      ]),
    );
    const [record] = await readArticleFile(file, { urlPrefix: "https://example.org/news" });
    expect(record!.readError).toBeUndefined();
    expect((record!.value as { body: string }).body).toContain(TEXT);
  });
});
