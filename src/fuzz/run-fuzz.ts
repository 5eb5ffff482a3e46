// The fuzz run (npm run fuzz): starts the production build on loopback, sends seeded random requests of every
// category of issue 10 and mutated README queries, judges every answer (verdict.ts), then checks the default rate
// limit answers a flood with clean 429s. Bounded by a request count and a time budget.
import "reflect-metadata";
import { MAX_REQUESTED_NODES } from "../graphql/query-cost.js";
import type { FuzzRequest } from "./fuzz-request.js";
import { post } from "./fuzz-request.js";
import { Random } from "./random.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";
import { judge, type Answer, type VerdictLimits } from "./verdict.js";
import * as documents from "./hostile-documents.js";
import * as arguments_ from "./hostile-arguments.js";
import * as http from "./hostile-http.js";
import { mutatedReadmeQuery, readmeExampleQueries, readmeQuery } from "./readme-mutations.js";

export interface FuzzOptions {
  requests: number;
  seconds: number;
  seed: number;
  concurrency: number;
  maxLatencyMs: number;
  /** How much the server's RSS may grow over its size when it became ready. */
  maxRssGrowthBytes: number;
  /** Requests of the second phase against the default rate limit (0 skips it). */
  throttleRequests: number;
  /** Progress lines (one every few seconds). */
  log?: (line: string) => void;
}

export const DEFAULT_FUZZ_OPTIONS: FuzzOptions = {
  requests: 10_000,
  seconds: 600,
  seed: 1,
  concurrency: 4,
  maxLatencyMs: 5_000,
  maxRssGrowthBytes: 600 * 1024 * 1024,
  throttleRequests: 300,
};

export interface Failure {
  category: string;
  problems: string[];
  /** Enough to replay the request: method, headers and the start of the body or query string. */
  request: string;
}

export interface PhaseReport {
  requests: number;
  statuses: Record<string, number>;
  codes: Record<string, number>;
  maxLatencyMs: number;
  p99LatencyMs: number;
}

export interface FuzzReport extends PhaseReport {
  seed: number;
  seconds: number;
  categories: Record<string, number>;
  underpriced: number;
  readyRssBytes: number;
  peakRssBytes: number;
  failures: Failure[];
  throttled: PhaseReport | null;
}

type Generator = (random: Random) => FuzzRequest;

const mb = (bytes: number) => Math.round(bytes / 1048576);

function generators(): Generator[] {
  const examples = readmeExampleQueries();
  const mutated: Generator = (random) => mutatedReadmeQuery(random, examples);
  return [
    documents.exponentialFragments,
    documents.manyAliases,
    documents.deepNesting,
    documents.hugeLists,
    documents.wrongOperationName,
    documents.severalAnonymousOperations,
    documents.subscriptions,
    arguments_.nulBytes,
    arguments_.longStrings,
    arguments_.badVariables,
    arguments_.badCursors,
    arguments_.badIds,
    arguments_.outOfRangePages,
    arguments_.unknownEnums,
    arguments_.unauthenticatedMutation,
    http.malformedJson,
    http.wrongContentType,
    http.getMutation,
    // Grammar-based mutations weigh as much as all hand-written categories together.
    ...Array.from({ length: 16 }, () => mutated),
    (random) => readmeQuery(random, examples),
  ];
}

async function send(url: string, request: FuzzRequest, timeoutMs: number): Promise<Answer> {
  const started = performance.now();
  const target = request.search ? `${url}/graphql?${request.search}` : `${url}/graphql`;
  try {
    const response = await fetch(target, {
      method: request.method,
      headers: request.headers,
      body: request.body === undefined ? undefined : new Uint8Array(Buffer.from(request.body)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, headers: new Headers(), text: `no answer: ${(error as Error).message}`, ms: performance.now() - started };
  }
}

function describeRequest(request: FuzzRequest): string {
  const body = request.body === undefined ? "" : Buffer.isBuffer(request.body) ? request.body.toString("latin1") : request.body;
  const shown = body.length > 600 ? `${body.slice(0, 600)}… (${body.length} bytes)` : body;
  return `${request.method} /graphql${request.search ? `?${request.search.slice(0, 400)}` : ""} ${JSON.stringify(request.headers)} ${shown}`;
}

class Tally {
  readonly statuses: Record<string, number> = {};
  readonly codes: Record<string, number> = {};
  readonly latencies: number[] = [];
  count = 0;

  add(answer: Answer, codes: string[]): void {
    this.count += 1;
    this.statuses[answer.status] = (this.statuses[answer.status] ?? 0) + 1;
    for (const code of new Set(codes)) this.codes[code] = (this.codes[code] ?? 0) + 1;
    this.latencies.push(answer.ms);
  }

  report(): PhaseReport {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      requests: this.count,
      statuses: this.statuses,
      codes: this.codes,
      maxLatencyMs: Math.round(sorted[sorted.length - 1] ?? 0),
      p99LatencyMs: Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0),
    };
  }
}

/** Sends requests from `next` with `concurrency` in flight until it returns null. */
async function pump(concurrency: number, next: () => FuzzRequest | null, handle: (request: FuzzRequest) => Promise<void>) {
  const worker = async () => {
    for (let request = next(); request; request = next()) await handle(request);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/**
 * The key of the server checks, configured on both phases' servers and sent by nothing else: the checks are then a
 * client of their own, with a bucket the flood of the throttle phase never touched. As the flooded anonymous client,
 * the check after that phase found whatever the last admitted flood query had left, some 30 points when that query
 * was the last to run (it had waited for the bucket to refill to its cost), and was itself throttled: CI failed on a
 * server that answered everything.
 */
const CHECK_API_KEY = "fuzz-server-check-key-never-fuzzed";

/** The article count, or the answer that carried none (status and the start of its body). */
async function articleCount(server: ServerProcess): Promise<number | string> {
  const check = post("check", "{ articles { totalCount } }", { headers: { authorization: `Bearer ${CHECK_API_KEY}` } });
  const answer = await send(server.url, check, 30_000);
  try {
    return (JSON.parse(answer.text) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;
  } catch {
    return `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
  }
}

/** Checks the server's own state after a phase: alive, no writes, structured logs, RSS, clean stop. */
async function serverChecks(server: ServerProcess, articlesBefore: number | string, options: FuzzOptions): Promise<Failure[]> {
  const failures: Failure[] = [];
  const fail = (problem: string) => failures.push({ category: "server", problems: [problem], request: "" });
  const articlesAfter = await articleCount(server);
  if (typeof articlesAfter === "string") fail(`the server no longer answers a simple query (${articlesAfter})`);
  else if (articlesAfter !== articlesBefore)
    fail(`the article count changed from ${articlesBefore} to ${articlesAfter}: a write got through`);
  for (const line of server.unstructuredOutput().slice(0, 5)) fail(`printed a line that is not a JSON log line: ${line}`);
  for (const line of server.errorLogs().slice(0, 5)) fail(`logged an error: ${line}`);
  const growth = server.peakRss() - server.readyRss;
  if (growth > options.maxRssGrowthBytes) {
    fail(`RSS grew by ${mb(growth)} MB (from ${mb(server.readyRss)} MB), over the bound of ${mb(options.maxRssGrowthBytes)} MB`);
  }
  const exitCode = await server.stop();
  if (exitCode !== 0) fail(`the server exited with code ${exitCode} on SIGTERM`);
  return failures;
}

async function fuzzPhase(options: FuzzOptions, limits: VerdictLimits, report: FuzzReport): Promise<void> {
  // A bucket so large that no request is throttled: every request reaches the checks it is meant to test. The
  // fuzzed mutations never send the one key, so each of them is a write attempt without a valid key.
  const server = await startServerProcess({ RATE_LIMIT_ANONYMOUS: "100000000/100000000", ENTENTE_API_KEYS: CHECK_API_KEY });
  const articlesBefore = await articleCount(server);
  const random = new Random(options.seed);
  const all = generators();
  const tally = new Tally();
  const deadline = Date.now() + options.seconds * 1000;
  let sent = 0;
  let lastLog = Date.now();
  try {
    await pump(
      options.concurrency,
      () => (sent < options.requests && Date.now() < deadline ? (sent++, random.pick(all)(random)) : null),
      async (request) => {
        const answer = await send(server.url, request, Math.max(30_000, options.maxLatencyMs * 3));
        const verdict = judge(request, answer, limits);
        tally.add(answer, verdict.codes);
        report.categories[request.category] = (report.categories[request.category] ?? 0) + 1;
        if (verdict.underpriced) report.underpriced += 1;
        if (verdict.problems.length && report.failures.length < 200) {
          report.failures.push({ category: request.category, problems: verdict.problems, request: describeRequest(request) });
        }
        if (options.log && Date.now() - lastLog > 5_000) {
          lastLog = Date.now();
          options.log(`${tally.count} requests, ${report.failures.length} failures, RSS ${mb(server.peakRss())} MB`);
        }
      },
    );
  } finally {
    report.readyRssBytes = server.readyRss;
    report.peakRssBytes = server.peakRss();
    report.failures.push(...(await serverChecks(server, articlesBefore, options)));
  }
  Object.assign(report, tally.report());
}

/**
 * Ten pages of 100 states: about 1,000 points that the answer really uses (no refund), so a client's default bucket
 * empties after some twenty of them even on a slow machine.
 */
const FLOOD_QUERY = `{ ${Array.from({ length: 10 }, (_, i) => `p${i}: states(first: 100) { nodes { code } }`).join(" ")} }`;

/** The default rate limit under a flood of expensive queries: some 429s, each with Retry-After, nothing else broken. */
async function throttlePhase(options: FuzzOptions, limits: VerdictLimits, report: FuzzReport): Promise<void> {
  // The default anonymous budget (the flood's); the checks use their key (its own budget).
  const server = await startServerProcess({ ENTENTE_API_KEYS: CHECK_API_KEY });
  const articlesBefore = await articleCount(server);
  // This phase checks the 429s; a flood of the most expensive pages on a cold server may answer slower than the
  // fuzz phase's bound (latency under load is what npm run bench:api measures).
  const floodLimits = { ...limits, maxLatencyMs: limits.maxLatencyMs * 3 };
  const tally = new Tally();
  let sent = 0;
  try {
    await pump(
      options.concurrency,
      () => (sent < options.throttleRequests ? (sent++, post("rate limit", FLOOD_QUERY)) : null),
      async (request) => {
        const answer = await send(server.url, request, 60_000);
        const verdict = judge(request, answer, floodLimits);
        tally.add(answer, verdict.codes);
        if (verdict.problems.length && report.failures.length < 200) {
          report.failures.push({ category: request.category, problems: verdict.problems, request: describeRequest(request) });
        }
      },
    );
  } finally {
    report.failures.push(...(await serverChecks(server, articlesBefore, options)));
  }
  report.throttled = tally.report();
  if (!report.throttled.statuses["429"]) {
    report.failures.push({ category: "rate limit", problems: ["a flood under the default limit got no 429"], request: "" });
  }
}

export async function runFuzz(overrides: Partial<FuzzOptions> = {}): Promise<FuzzReport> {
  const options = { ...DEFAULT_FUZZ_OPTIONS, ...overrides };
  const started = performance.now();
  const limits: VerdictLimits = { maxLatencyMs: options.maxLatencyMs, maxCost: MAX_REQUESTED_NODES + 10 };
  const report: FuzzReport = {
    seed: options.seed,
    seconds: 0,
    requests: 0,
    statuses: {},
    codes: {},
    categories: {},
    maxLatencyMs: 0,
    p99LatencyMs: 0,
    underpriced: 0,
    readyRssBytes: 0,
    peakRssBytes: 0,
    failures: [],
    throttled: null,
  };
  await fuzzPhase(options, limits, report);
  if (options.throttleRequests > 0) await throttlePhase(options, limits, report);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

const sortedCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => `${key} ${value}`)
    .join(", ");

export function formatFuzzReport(report: FuzzReport): string {
  const lines = [
    `fuzz (seed ${report.seed}): ${report.requests} requests in ${report.seconds.toFixed(0)} s`,
    `  statuses: ${sortedCounts(report.statuses)}`,
    `  error codes: ${sortedCounts(report.codes)}`,
    `  latency: max ${report.maxLatencyMs} ms, p99 ${report.p99LatencyMs} ms; RSS ${mb(report.readyRssBytes)} MB when ready, peak ${mb(report.peakRssBytes)} MB while fuzzed`,
    `  categories: ${sortedCounts(report.categories)}`,
    `  answers that counted more list items than priced (estimates): ${report.underpriced}`,
  ];
  if (report.throttled) {
    lines.push(
      `rate limit (default budget): ${report.throttled.requests} requests; statuses: ${sortedCounts(report.throttled.statuses)}; max ${report.throttled.maxLatencyMs} ms`,
    );
  }
  lines.push(
    report.failures.length
      ? `FAILED: ${report.failures.length} problems`
      : "passed: no 5xx, no internal errors, no slow answers, no writes",
  );
  for (const failure of report.failures.slice(0, 30)) {
    lines.push(`  [${failure.category}] ${failure.problems.join("; ")}${failure.request ? `\n      ${failure.request}` : ""}`);
  }
  return lines.join("\n");
}
