// Regression floors of the evaluation sets (harness/floors.ts). The blind set is the headline figure:
// its table is the only output on failure (totals, never per-article results). The real-news texts are not committed:
// on CI that part is skipped with a message.
import { describe, expect, it } from "vitest";
import { BLIND_FLOORS, HELD_OUT_FLOORS } from "./harness/floors.js";
import { loadReal } from "./harness/runner.js";
import { evaluateGoldSet, formatTable, hasEvalSet } from "./evaluate.js";

function checkFloors(name: string, metrics: ReturnType<typeof evaluateGoldSet>, floors: Record<string, number>) {
  it(`${name}: has gold statements to evaluate`, () => {
    expect(metrics.find((m) => m.kind === "statements")?.support).toBeGreaterThan(0);
  });
  for (const [kind, floor] of Object.entries(floors)) {
    it(`${name}: ${kind} ≥ ${floor}`, () => {
      const m = metrics.find((x) => x.kind === kind);
      expect(m, `no ${kind} metric`).toBeDefined();
      expect(m!.value, formatTable(metrics)).toBeGreaterThanOrEqual(floor);
    });
  }
}

describe.runIf(hasEvalSet("blind"))("extraction quality on the blind set (headline, totals only)", () => {
  checkFloors("blind", evaluateGoldSet("blind"), BLIND_FLOORS);
});

for (const set of ["dev", "test"] as const) {
  describe.runIf(hasEvalSet(set))(`extraction quality on the old held-out ${set.toUpperCase()} split`, () => {
    checkFloors(set, evaluateGoldSet(set), HELD_OUT_FLOORS[set]);
  });
}

describe("extraction quality on the tuning set (in-sample, reported only)", () => {
  it("evaluates every gold statement", () => {
    expect(evaluateGoldSet("tuning").find((m) => m.kind === "statements")?.support).toBeGreaterThan(0);
  });
});

const real = loadReal();
describe("extraction quality on the real-news development set", () => {
  it.skipIf(real.items.length === 0)("scores every article whose text is present", () => {
    const metrics = evaluateGoldSet("real");
    expect(metrics.find((m) => m.kind === "statements")?.support).toBeGreaterThan(0);
  });
  if (real.items.length === 0)
    it("is skipped: the real-news texts (tests/evaluation/real/texts, git-ignored) are absent", () => {
      console.log(`real-news set skipped: ${real.missingTexts} labels without their text`);
      expect(real.items).toHaveLength(0);
    });
});
