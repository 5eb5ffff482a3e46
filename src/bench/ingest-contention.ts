// A cheap query's latency while clients ingest articles of the largest size the server accepts through the API
// (issue 10: extraction of a 1,000,000-character article held the event loop for 1-1.6 s, and on PGlite its write
// transaction held every other request). The articles are demo-corpus bodies (written by us) joined until the
// size, each made distinct by an edition line so that none is a duplicate.
import { MAX_ARTICLE_CHARS_CEILING } from "../ingestion/article-input.js";
import { listArticles, loadArticle } from "../ingestion/demo-articles.js";
import { CHEAP_QUERY, type LatencySummary } from "./contention.js";

/** A body of exactly `chars` characters: the demo corpus, paragraph after paragraph, as often as it takes. */
export function bigArticleBody(edition: number, chars = MAX_ARTICLE_CHARS_CEILING): string {
  const paragraphs = listArticles().map((file) => loadArticle(file).body);
  const parts = [`Edition ${edition}.`];
  let length = parts[0]!.length;
  for (let index = 0; length < chars; index++) {
    const paragraph = paragraphs[index % paragraphs.length]!;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join("\n\n").slice(0, chars);
}

const INGEST = `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status userErrors { message } } }`;

async function ingestBig(url: string, apiKey: string, edition: number, body: string): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  // A connection the server closed while it was busy fails the request (ECONNRESET): counted as a failed ingest.
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      query: INGEST,
      variables: {
        i: {
          url: `https://bench.example.org/big/${edition}`,
          title: `Big article ${edition}`,
          source: "Entente bench",
          publishedAt: "2025-06-01T00:00:00Z",
          body,
        },
      },
    }),
  }).catch(() => null);
  const answer = (await response?.json().catch(() => null)) as { data?: { ingestArticle?: { status?: string } } } | null;
  return { ms: performance.now() - started, ok: answer?.data?.ingestArticle?.status === "CREATED" };
}

function summarise(latencies: number[], failures: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { requests: sorted.length, failures, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1] ?? 0 };
}

async function probeWhile(url: string, busy: () => boolean): Promise<LatencySummary> {
  const latencies: number[] = [];
  let failures = 0;
  while (busy()) {
    const started = performance.now();
    try {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: CHEAP_QUERY }),
      });
      const answer = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || answer.errors) failures += 1;
    } catch {
      failures += 1; // a connection reset: counted, with its time
    }
    latencies.push(performance.now() - started);
  }
  return summarise(latencies, failures);
}

export interface IngestContentionResult {
  articles: number;
  /** Characters in each article's body. */
  articleChars: number;
  clients: number;
  ingestFailures: number;
  /** Each ingest's time from request to answer, in ms. */
  ingestMs: number[];
  cheapAlone: LatencySummary;
  cheapUnderLoad: LatencySummary;
}

/**
 * `clients` clients each ingest `perClient` maximum-size articles, one after the other, while the cheap query is
 * sent one request after another; first the cheap query alone for `aloneSeconds`.
 */
export async function runIngestContention(
  url: string,
  apiKey: string,
  options: { clients: number; perClient: number; aloneSeconds: number; articleChars: number },
): Promise<IngestContentionResult> {
  const aloneUntil = performance.now() + options.aloneSeconds * 1000;
  const cheapAlone = await probeWhile(url, () => performance.now() < aloneUntil);
  let running = options.clients;
  const ingestMs: number[] = [];
  let ingestFailures = 0;
  const client = async (index: number) => {
    for (let n = 0; n < options.perClient; n++) {
      const edition = Date.now() * 100 + index * options.perClient + n;
      const result = await ingestBig(url, apiKey, edition, bigArticleBody(edition, options.articleChars));
      ingestMs.push(result.ms);
      if (!result.ok) ingestFailures += 1;
    }
    running -= 1;
  };
  const load = Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  const cheapUnderLoad = await probeWhile(url, () => running > 0);
  await load;
  return {
    articles: options.clients * options.perClient,
    articleChars: options.articleChars,
    clients: options.clients,
    ingestFailures,
    ingestMs,
    cheapAlone,
    cheapUnderLoad,
  };
}

export function formatIngestContention(database: string, result: IngestContentionResult): string {
  const ms = (value: number) => value.toFixed(1);
  const sorted = [...result.ingestMs].sort((a, b) => a - b);
  const row = (label: string, s: LatencySummary) =>
    `| ${label} | ${s.requests} | ${s.failures} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${ms(s.maxMs)} |`;
  return [
    `${database}: ${result.clients} clients ingesting ${result.articles} articles of ${result.articleChars.toLocaleString("en")} characters through ingestArticle: ${result.ingestFailures} failed, median ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms, max ${ms(sorted[sorted.length - 1] ?? 0)} ms`,
    "",
    `| cheap query ${CHEAP_QUERY} | requests | failed | p50 ms | p99 ms | max ms |`,
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    row("alone", result.cheapAlone),
    row("while articles are ingested", result.cheapUnderLoad),
  ].join("\n");
}
