// The contention benchmark (npm run bench:contention): how a cheap query fares while heavy clients send the most
// expensive query the API accepts (issue 10's target: its p99 stays under 100 ms with 10 such clients). The heavy
// load comes from autocannon in a worker thread, the cheap probe from this thread, one request after another, so
// neither client's own work delays the other's measurements.
import autocannon from "autocannon";

export interface HeavyCandidate {
  /** Short name for --heavy. */
  id: string;
  name: string;
  query: string;
}

export interface CandidateCost {
  name: string;
  /** Points the API priced the query at (extensions.cost.requestedQueryCost), null when refused. */
  requestedCost: number | null;
  /** Median time of one request alone, in ms. */
  aloneMs: number;
  refused: string | null;
}

export interface LatencySummary {
  requests: number;
  failures: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface ContentionResult {
  heavy: string;
  heavyClients: number;
  seconds: number;
  cheapAlone: LatencySummary;
  cheapUnderLoad: LatencySummary;
  heavyRequests: number;
  heavyFailures: number;
  heavyP99Ms: number;
}

const DAY_TIMELINE = (source: string, target: string) =>
  `relation(source: "${source}", target: "${target}") { timeline(granularity: DAY, from: "2000-01-01T00:00:00Z", to: "2013-09-08T00:00:00Z") { start statementCount averageSentiment } }`;

const SEARCH_WORDS =
  "peace security talks sanctions trade cooperation missile nuclear border military treaty summit alliance aid climate energy human rights election protest investment tariffs navy troops";

/**
 * Queries near the cost limit, each of a different kind: daily timeline buckets (priced per bucket), pages of
 * statements with their lists, and the longest accepted full-text search. The slowest one alone is the heavy load.
 */
export function heavyCandidates(source: string, target: string): HeavyCandidate[] {
  const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ");
  return [
    {
      id: "timelines",
      name: "10 daily timelines, 13.7 years (50,000 buckets)",
      query: `{ ${aliases(10, DAY_TIMELINE(source, target))} }`,
    },
    {
      id: "pages",
      name: "20 pages of 100 statements with speaker, article, targets",
      query: `{ ${aliases(20, `statements(first: 100, filter: { speakerStates: ["${source}"] }) { totalCount nodes { text speaker { name role } article { title source } targets { code } sentiment { label score } } }`)} }`,
    },
    {
      id: "searches",
      name: "20 searches of 24 words, by relevance",
      query: `{ ${aliases(20, `statements(first: 100, filter: { search: "${SEARCH_WORDS}" }, orderBy: { field: RELEVANCE }) { totalCount nodes { snippet speaker { name } } }`)} }`,
    },
  ];
}

export const CHEAP_QUERY = `{ state(code: "JP") { name alpha3 } }`;

interface GraphQLAnswer {
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requestedQueryCost?: number } };
}

async function timedPost(url: string, query: string): Promise<{ ms: number; ok: boolean; body: GraphQLAnswer | null }> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as GraphQLAnswer;
    return { ms: performance.now() - started, ok: response.ok && !body.errors?.length, body };
  } catch {
    return { ms: performance.now() - started, ok: false, body: null };
  }
}

function summarise(latencies: number[], failures: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { requests: sorted.length, failures, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: sorted[sorted.length - 1] ?? 0 };
}

/** Each candidate's price and median time alone (3 requests after one warm-up). */
export async function measureCandidates(url: string, candidates: HeavyCandidate[]): Promise<CandidateCost[]> {
  const costs: CandidateCost[] = [];
  for (const candidate of candidates) {
    const first = await timedPost(url, candidate.query);
    if (!first.ok) {
      const refused = first.body?.errors?.map((e) => e.extensions?.code ?? e.message).join(", ") ?? "no answer";
      costs.push({ name: candidate.name, requestedCost: null, aloneMs: first.ms, refused });
      continue;
    }
    const times: number[] = [];
    for (let n = 0; n < 3; n++) times.push((await timedPost(url, candidate.query)).ms);
    costs.push({
      name: candidate.name,
      requestedCost: first.body?.extensions?.cost?.requestedQueryCost ?? null,
      aloneMs: summarise(times, 0).p50Ms,
      refused: null,
    });
  }
  return costs;
}

/** Sends the cheap query one request after another until `until` resolves. */
async function probe(url: string, until: Promise<unknown>): Promise<LatencySummary> {
  let done = false;
  void until.then(() => (done = true));
  const latencies: number[] = [];
  let failures = 0;
  while (!done) {
    const answer = await timedPost(url, CHEAP_QUERY);
    latencies.push(answer.ms);
    if (!answer.ok) failures += 1;
  }
  return summarise(latencies, failures);
}

export async function runContention(
  url: string,
  heavy: HeavyCandidate,
  options: { heavyClients: number; seconds: number },
): Promise<ContentionResult> {
  // The cheap query alone, as a reference (a short warm-up first).
  const warmUp = new Promise((resolve) => setTimeout(resolve, 1_000));
  await probe(url, warmUp);
  const cheapAlone = await probe(url, new Promise((resolve) => setTimeout(resolve, options.seconds * 500)));
  const load = autocannon({
    url: `${url}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: heavy.query }),
    connections: options.heavyClients,
    duration: options.seconds,
    timeout: 120,
    workers: 1,
  });
  // Let the heavy clients get going before probing.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const cheapUnderLoad = await probe(url, load);
  const result = await load;
  return {
    heavy: heavy.name,
    heavyClients: options.heavyClients,
    seconds: options.seconds,
    cheapAlone,
    cheapUnderLoad,
    heavyRequests: result.requests.total,
    heavyFailures: result.errors + result.non2xx + result.timeouts,
    heavyP99Ms: result.latency.p99,
  };
}

const ms = (value: number) => value.toFixed(1);

export function formatContention(database: string, costs: CandidateCost[], result: ContentionResult): string {
  const lines = [`${database}: candidates for the most expensive accepted query (alone):`];
  for (const cost of costs) {
    lines.push(
      cost.refused
        ? `  ${cost.name}: refused (${cost.refused})`
        : `  ${cost.name}: cost ${cost.requestedCost ?? "?"}, ${ms(cost.aloneMs)} ms`,
    );
  }
  const row = (label: string, s: LatencySummary) =>
    `| ${label} | ${s.requests} | ${s.failures} | ${ms(s.p50Ms)} | ${ms(s.p99Ms)} | ${ms(s.maxMs)} |`;
  lines.push(
    "",
    `heavy load: ${result.heavyClients} clients sending "${result.heavy}" for ${result.seconds} s: ${result.heavyRequests} answered, ${result.heavyFailures} failed, p99 ${ms(result.heavyP99Ms)} ms`,
    "",
    `| cheap query ${CHEAP_QUERY} | requests | failed | p50 ms | p99 ms | max ms |`,
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    row("alone", result.cheapAlone),
    row(`with ${result.heavyClients} heavy clients`, result.cheapUnderLoad),
    "",
    `target (issue 10): p99 under load < 100 ms: ${result.cheapUnderLoad.p99Ms < 100 ? "met" : "NOT met"}`,
  );
  return lines.join("\n");
}
