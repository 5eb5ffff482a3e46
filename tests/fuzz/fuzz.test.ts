// The fuzz suite in CI: a short seeded run of `npm run fuzz` against the production build (dist/, compiled by
// tests/global-setup.ts) started as a child process on loopback. Any 5xx, internal error, slow answer, response over
// the cost limit, write without a key, unclean 429, unstructured log line or RSS over the bound fails it.
import { describe, expect, it } from "vitest";
import { formatFuzzReport, runFuzz } from "../../src/fuzz/run-fuzz.js";

describe("fuzzing the production build", () => {
  it("answers 400 fuzzed requests and a rate-limited flood cleanly", { timeout: 600_000 }, async () => {
    const report = await runFuzz({ requests: 400, seconds: 60, seed: 20261130, throttleRequests: 60 });
    console.log(formatFuzzReport(report));
    expect(report.failures).toEqual([]);
    expect(report.requests).toBeGreaterThanOrEqual(100);
    // Every hand-written category and the mutated README queries were sent.
    expect(Object.keys(report.categories).length).toBeGreaterThanOrEqual(18);
    expect(report.statuses["500"] ?? 0).toBe(0);
    expect(report.throttled?.statuses["429"]).toBeGreaterThan(0);
  });
});
