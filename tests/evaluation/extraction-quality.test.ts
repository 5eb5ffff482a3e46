import { describe, expect, it } from "vitest";
import { evaluateGoldSet, formatTable, hasEvalSet } from "./evaluate.js";

// Targets the pipeline does not reach yet on the tuning set (tests/evaluation/gold): until the rules improve, these
// kinds are held at today's measured level so that any regression fails the suite. `npm run eval:extraction` still
// reports them against the real targets (and exits 1 while they are missed). Remove an entry as soon as its target
// is met. (Sentiment sign ≥ 0.90 and topics F1 ≥ 0.80 are met since extractor 2026.11.2: now enforced at target.)
const NOT_YET_AT_TARGET: Record<string, number> = {};

describe("extraction quality on the gold set", () => {
  const metrics = evaluateGoldSet();

  it("has gold articles to evaluate", () => {
    expect(metrics.find((m) => m.kind === "statements")?.support).toBeGreaterThan(0);
  });

  for (const m of metrics.filter((x) => x.floor !== null)) {
    const floor = NOT_YET_AT_TARGET[m.kind] ?? m.floor!;
    it(`${m.kind} ≥ ${floor}${floor !== m.floor ? ` (target ${m.floor}, not met yet)` : ""}`, () => {
      expect(m.value, formatTable(metrics)).toBeGreaterThanOrEqual(floor);
    });
  }
});

// The held-out folder (tests/evaluation/gold-holdout, 8 demo articles labelled independently) is split in two (see
// DEV_ARTICLES / TEST_ARTICLES in src/extraction/evaluation/corpus.ts):
// - DEV (demo-01, -06, -12, -17): its errors may be studied to find general rules (never article-specific ones);
// - TEST (demo-03, -09, -14, -20): only ever measured in aggregate; never look at its per-article errors or gold.
// These are regression floors, not targets: each is set a little below the figure measured with extractor 2026.12.1
// (DEV: statements 0.923, speaker 0.958, states 1.000, people 1.000, sentiment 0.854, topics 0.712, type 0.875,
// targets 0.619; TEST: statements 0.913, speaker 0.957, states 1.000, people 0.939, sentiment 0.660, topics 0.646,
// type 0.489, targets 0.367), so that a rule change that only helps the tuning set while hurting unseen articles fails
// the suite. Raise them when the figures improve; never lower them to make a change pass.
const HELD_OUT_REGRESSION_FLOORS: Record<"dev" | "test", Record<string, number>> = {
  dev: {
    statements: 0.9,
    speaker: 0.93,
    states: 0.97,
    people: 0.97,
    sentiment: 0.83,
    topics: 0.69,
    type: 0.85,
    targets: 0.59,
  },
  test: {
    statements: 0.89,
    speaker: 0.93,
    states: 0.97,
    people: 0.91,
    sentiment: 0.63,
    topics: 0.62,
    type: 0.46,
    targets: 0.34,
  },
};

for (const set of ["dev", "test"] as const) {
  describe.runIf(hasEvalSet(set))(`extraction quality on the held-out ${set.toUpperCase()} split (regression floors)`, () => {
    const metrics = evaluateGoldSet(set);
    for (const [kind, floor] of Object.entries(HELD_OUT_REGRESSION_FLOORS[set])) {
      it(`${kind} ≥ ${floor} (held out, ${set})`, () => {
        const m = metrics.find((x) => x.kind === kind);
        expect(m, `no ${kind} metric`).toBeDefined();
        // The TEST split only ever reports aggregate figures (its table), never per-article errors.
        expect(m!.value, formatTable(metrics)).toBeGreaterThanOrEqual(floor);
      });
    }
  });
}
