// npm run fuzz -- [--requests N] [--seconds S] [--seed N] [--concurrency N] [--max-latency-ms N] [--max-rss-growth-mb N]
//   [--throttle-requests N]
// Starts the production build on loopback (in-memory database, demo corpus), sends fuzzed and malicious requests,
// prints a summary, and exits 1 on any 5xx, internal error, slow answer, response over the cost limit, write without
// a key, unclean 429, unstructured log line or RSS growth over the bound. See src/fuzz/.
import { integerArg, parseCliArgs } from "./cli-args.js";
import { runCli } from "./run-cli.js";
import { DEFAULT_FUZZ_OPTIONS, formatFuzzReport, runFuzz } from "../fuzz/run-fuzz.js";

const d = DEFAULT_FUZZ_OPTIONS;
const USAGE = `Usage: npm run fuzz -- [options]
  Fuzzes the production build (dist/main.js, started on 127.0.0.1 with an in-memory database) and fails on any
  5xx, internal error, slow answer, response over the cost limit, write without a key or RSS growth over the bound.
  --requests N            requests to send (default ${d.requests})
  --seconds S             stop sending after S seconds (default ${d.seconds})
  --seed N                random seed: the same seed sends the same requests (default ${d.seed})
  --concurrency N         requests in flight (default ${d.concurrency})
  --max-latency-ms N      slowest acceptable answer (default ${d.maxLatencyMs})
  --max-rss-growth-mb N   how much the server's RSS may grow after start (default ${d.maxRssGrowthBytes / 1048576})
  --throttle-requests N   requests of the rate-limit check under the default budget, 0 to skip (default ${d.throttleRequests})
  --help, -h              this help`;

await runCli(async () => {
  const { values } = parseCliArgs({
    usage: USAGE,
    options: {
      requests: { type: "string" },
      seconds: { type: "string" },
      seed: { type: "string" },
      concurrency: { type: "string" },
      "max-latency-ms": { type: "string" },
      "max-rss-growth-mb": { type: "string" },
      "throttle-requests": { type: "string" },
    },
  });
  const maxRssGrowthMb = integerArg(values["max-rss-growth-mb"], "--max-rss-growth-mb");
  const report = await runFuzz({
    requests: integerArg(values.requests, "--requests") ?? d.requests,
    seconds: integerArg(values.seconds, "--seconds") ?? d.seconds,
    seed: integerArg(values.seed, "--seed", 0) ?? d.seed,
    concurrency: integerArg(values.concurrency, "--concurrency") ?? d.concurrency,
    maxLatencyMs: integerArg(values["max-latency-ms"], "--max-latency-ms") ?? d.maxLatencyMs,
    maxRssGrowthBytes: maxRssGrowthMb ? maxRssGrowthMb * 1048576 : d.maxRssGrowthBytes,
    throttleRequests: integerArg(values["throttle-requests"], "--throttle-requests", 0) ?? d.throttleRequests,
    log: (line) => console.error(line),
  });
  console.log(formatFuzzReport(report));
  if (report.failures.length) process.exitCode = 1;
});
