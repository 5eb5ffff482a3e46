// npm run bench:contention -- [--database-url postgres://…] [--statements N] [--seconds S] [--heavy-clients N] [--pair US,CN]
// Starts the production build (embedded PGlite with the demo corpus, or the given PostgreSQL database, generated
// first when empty) and measures a cheap query's latency while heavy clients send the most expensive accepted query.
import { loadConfig, PGLITE_MAX_ARTICLE_CHARS } from "../config/env.js";
import { MAX_ARTICLE_CHARS_CEILING } from "../ingestion/article-input.js";
import { DEFAULT_STATEMENTS } from "../bench/generate-data.js";
import { prepareBenchDatabase } from "../bench/prepare-database.js";
import { formatContention, heavyCandidates, measureCandidates, runContention } from "../bench/contention.js";
import { formatIngestContention, runIngestContention } from "../bench/ingest-contention.js";
import { startServerProcess } from "../fuzz/server-process.js";
import { integerArg, parseCliArgs, UsageError } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run bench:contention -- [options]
  Measures a cheap query's latency (p50/p99/max) alone and while heavy clients send the most expensive query the
  API accepts (the slowest of a few near the cost limit), against the production build on loopback, rate limit off.
  --database-url URL   PostgreSQL database (generated first when empty); default: embedded PGlite, demo corpus
  --statements N       statements to generate into an empty PostgreSQL database (default ${DEFAULT_STATEMENTS})
  --seconds S          duration of each phase (default 20)
  --heavy-clients N    concurrent clients sending the heavy query (default 10)
  --pair A,B           source and target state of the heavy queries (default US,CN)
  --heavy ID           send this candidate as the heavy load (timelines, pages or searches) instead of the
                       slowest alone, so that two builds are compared under the same load; "ingest": the
                       heavy clients ingest the longest articles the server accepts through ingestArticle instead
  --articles N         with --heavy ingest: articles each heavy client ingests (default 3)
  --article-chars N    with --heavy ingest: characters per article (default: the server's limit, MAX_ARTICLE_CHARS
                       from the environment, else ${PGLITE_MAX_ARTICLE_CHARS.toLocaleString("en")} on PGlite and ${MAX_ARTICLE_CHARS_CEILING.toLocaleString("en")} on PostgreSQL)
  --help, -h           this help`;

/** A key for the ingest load only: the server is on loopback and lives as long as this run. */
const BENCH_API_KEY = "bench-contention-ingest-key";

await runCli(async () => {
  const { values } = parseCliArgs({
    usage: USAGE,
    options: {
      "database-url": { type: "string" },
      statements: { type: "string" },
      seconds: { type: "string" },
      "heavy-clients": { type: "string" },
      pair: { type: "string" },
      heavy: { type: "string" },
      articles: { type: "string" },
      "article-chars": { type: "string" },
    },
  });
  const url = values["database-url"];
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new UsageError(`--database-url must be a postgres:// URL, not "${url}"`);
  const [source, target] = (values.pair ?? "US,CN").split(",");
  if (!source || !target) throw new UsageError(`--pair takes two state codes, e.g. US,CN, not "${values.pair}"`);
  const seconds = integerArg(values.seconds, "--seconds") ?? 20;
  const heavyClients = integerArg(values["heavy-clients"], "--heavy-clients") ?? 10;
  const ids = heavyCandidates(source, target).map((candidate) => candidate.id);
  if (values.heavy !== undefined && !ids.includes(values.heavy) && values.heavy !== "ingest") {
    throw new UsageError(`--heavy must be one of ${ids.join(", ")}, ingest, not "${values.heavy}"`);
  }
  if (url) await prepareBenchDatabase(url, integerArg(values.statements, "--statements") ?? DEFAULT_STATEMENTS);
  // The server's article limit: MAX_ARTICLE_CHARS from this environment, else the default for its database.
  const limitEnv = process.env.MAX_ARTICLE_CHARS ? { MAX_ARTICLE_CHARS: process.env.MAX_ARTICLE_CHARS } : {};
  const maxArticleChars = loadConfig({ ...limitEnv, ...(url ? { DATABASE_URL: url } : {}) }).articleLimits.maxBodyChars;
  const server = await startServerProcess({
    MAX_ARTICLE_CHARS: String(maxArticleChars),
    RATE_LIMIT: "false",
    ENTENTE_API_KEYS: BENCH_API_KEY,
    ...(url ? { DATABASE_URL: url, MIGRATE_ON_START: "false", SEED_ON_START: "false", SEED_DEMO: "false" } : {}),
  });
  const database = url ? `PostgreSQL (${new URL(url).pathname.slice(1)})` : "PGlite (in memory, demo corpus)";
  try {
    if (values.heavy === "ingest") {
      const perClient = integerArg(values.articles, "--articles") ?? 3;
      const articleChars = integerArg(values["article-chars"], "--article-chars") ?? maxArticleChars;
      const result = await runIngestContention(server.url, BENCH_API_KEY, {
        clients: heavyClients,
        perClient,
        aloneSeconds: seconds / 2,
        articleChars,
      });
      console.log(formatIngestContention(database, result));
      console.log(
        `server RSS: ready ${Math.round(server.readyRss / 2 ** 20)} MB, peak ${Math.round(server.peakRss() / 2 ** 20)} MB`,
      );
      for (const line of [...server.errorLogs(), ...server.unstructuredOutput()]) console.log(`server: ${line}`);
      return;
    }
    const candidates = heavyCandidates(source, target);
    const costs = await measureCandidates(server.url, candidates);
    const accepted = costs.filter((cost) => !cost.refused);
    if (!accepted.length) throw new Error("every heavy candidate was refused: nothing to measure");
    const slowest = accepted.reduce((a, b) => (b.aloneMs > a.aloneMs ? b : a));
    const heavy = candidates.find((candidate) =>
      values.heavy ? candidate.id === values.heavy : candidate.name === slowest.name,
    )!;
    const result = await runContention(server.url, heavy, { heavyClients, seconds });
    console.log(formatContention(database, costs, result));
  } finally {
    await server.stop();
  }
});
