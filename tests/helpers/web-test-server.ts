// A local HTTP server on 127.0.0.1 (loopback only) serving pages and feeds the web-ingestion tests write themselves;
// it records every request (path, headers, time) so tests can check politeness.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage["headers"];
  at: number;
}

export interface WebTestServer {
  origin: string;
  requests: RecordedRequest[];
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startWebTestServer(): Promise<WebTestServer> {
  const routes = new Map<string, Route>();
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push({ path, headers: request.headers, at: performance.now() });
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An article page as news sites publish them: navigation, metadata tags, the story, a footer. */
export function articlePage(article: {
  title: string;
  paragraphs: string[];
  publishedAt?: string;
  siteName?: string;
  canonical?: string;
  lang?: string;
}): string {
  const meta = [
    `<meta property="og:title" content="${article.title}">`,
    article.publishedAt && `<meta property="article:published_time" content="${article.publishedAt}">`,
    article.siteName && `<meta property="og:site_name" content="${article.siteName}">`,
    article.canonical && `<link rel="canonical" href="${article.canonical}">`,
  ]
    .filter(Boolean)
    .join("\n");
  return `<!doctype html>
<html lang="${article.lang ?? "en"}"><head><meta charset="utf-8"><title>${article.title} | ${article.siteName ?? "News"}</title>
${meta}</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<main><article>
<h1>${article.title}</h1>
${article.paragraphs.map((text) => `<p>${text}</p>`).join("\n")}
</article></main>
<footer><p>Copyright. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}
