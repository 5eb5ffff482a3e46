// The stance classifier's trainer (src/extraction/classifier/logistic.ts): training is reproducible (fixed seeds, the
// same examples give the same weights) and `runs` averages the weights of that many seeds, so one seed's visiting
// order does not decide the committed weights. The examples are made up for this test.
import { describe, expect, it } from "vitest";
import { argmax, scores, train, type TrainingOptions } from "../../src/extraction/classifier/logistic.js";

const LABELS = ["NEGATIVE", "NEUTRAL", "POSITIVE"];
const EXAMPLES = [
  { features: ["bias", "cue:condemn", "w:reckless"], label: "NEGATIVE" },
  { features: ["bias", "cue:say", "w:reckless", "w:provocation"], label: "NEGATIVE" },
  { features: ["bias", "cue:accuse", "w:shelled"], label: "NEGATIVE" },
  { features: ["bias", "cue:say", "w:meeting", "w:schedule"], label: "NEUTRAL" },
  { features: ["bias", "cue:say", "w:figures", "w:schedule"], label: "NEUTRAL" },
  { features: ["bias", "cue:note", "w:meeting"], label: "NEUTRAL" },
  { features: ["bias", "cue:welcome", "w:grateful"], label: "POSITIVE" },
  { features: ["bias", "cue:say", "w:grateful", "w:friendship"], label: "POSITIVE" },
  { features: ["bias", "cue:praise", "w:friendship"], label: "POSITIVE" },
];
const OPTIONS: TrainingOptions = { epochs: 20, learningRate: 0.2, l2: 0.0005, seed: 7 };
const predict = (model: ReturnType<typeof train>, features: string[]) => model.labels[argmax(scores(model, features))];

describe("classifier training", () => {
  it("gives the same weights when trained twice on the same examples", () => {
    expect(train(EXAMPLES, LABELS, { ...OPTIONS, runs: 4 })).toEqual(train(EXAMPLES, LABELS, { ...OPTIONS, runs: 4 }));
  });

  it("averages the weights of `runs` seeds (seed, seed + 1, …)", () => {
    const single = [0, 1, 2].map((r) => train(EXAMPLES, LABELS, { ...OPTIONS, seed: OPTIONS.seed + r }));
    const averaged = train(EXAMPLES, LABELS, { ...OPTIONS, runs: 3 });
    for (const [feature, weights] of Object.entries(averaged.weights)) {
      weights.forEach((w, k) => {
        const mean = single.reduce((sum, m) => sum + (m.weights[feature]?.[k] ?? 0), 0) / 3;
        // Each run is rounded to 3 decimals before this comparison, the average only once.
        expect(Math.abs(w - mean)).toBeLessThanOrEqual(0.002);
      });
    }
  });

  it("learns the examples' labels whether one run or several are averaged", () => {
    for (const runs of [1, 5]) {
      const model = train(EXAMPLES, LABELS, { ...OPTIONS, runs });
      for (const e of EXAMPLES) expect(predict(model, e.features)).toBe(e.label);
    }
  });
});
