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

// The held-out set (tests/evaluation/gold-holdout, 8 demo articles) is never used to tune rules. These are regression
// floors, not targets: set a little below the figures measured with extractor 2026.11.2 (statements 0.913,
// speaker 0.872, states 0.989, people 0.907, sentiment 0.606, topics 0.648, type 0.543, targets 0.451), so that a rule
// change that only helps the tuning set while hurting unseen articles fails the suite. Raise them when the held-out
// figures improve; never lower them to make a change pass.
const HOLDOUT_REGRESSION_FLOORS: Record<string, number> = {
  statements: 0.89,
  speaker: 0.85,
  states: 0.96,
  people: 0.88,
  sentiment: 0.58,
  topics: 0.62,
  type: 0.51,
  targets: 0.42,
};

describe.runIf(hasEvalSet("holdout"))("extraction quality on the held-out set (regression floors)", () => {
  const metrics = evaluateGoldSet("holdout");
  for (const [kind, floor] of Object.entries(HOLDOUT_REGRESSION_FLOORS)) {
    it(`${kind} ≥ ${floor} (held out)`, () => {
      const m = metrics.find((x) => x.kind === kind);
      expect(m, `no ${kind} metric`).toBeDefined();
      expect(m!.value, formatTable(metrics)).toBeGreaterThanOrEqual(floor);
    });
  }
});
