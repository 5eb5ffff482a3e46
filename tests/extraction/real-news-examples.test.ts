// Training examples from real-news labels (src/extraction/classifier/real-news-examples.ts) and whole-article
// cross-validation groups (cross-validation.ts). The article and its labels are written for this test.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { crossValidate } from "../../src/extraction/classifier/cross-validation.js";
import { realNewsExamples, type RealNewsLabels } from "../../src/extraction/classifier/real-news-examples.js";
import { argmax, scores } from "../../src/extraction/classifier/logistic.js";
import { fitModels, trainingExamples } from "../../src/extraction/classifier/training.js";
import { context } from "./helpers.js";

const BODY = [
  "Norway's foreign minister said on Monday that Oslo would double its aid to Malawi's flood relief next year.",
  "Malawi's government thanked Norway for the pledge and called the aid a lifeline for farmers.",
  "Flooding in the south has displaced thousands of families since January.",
].join("\n\n");

const LABELS: RealNewsLabels = {
  id: "test-article",
  statements: [
    { cue: "double its aid to", kind: "REPORTED_SPEECH", type: "INTENDS_TO_COOPERATE", sentiment: "POSITIVE" },
    { cue: "aid a lifeline for", kind: "REPORTED_SPEECH", type: "PRAISES", sentiment: "POSITIVE" },
    // A borderline attribution: not an example.
    { cue: "displaced thousands of families", kind: "REPORTED_SPEECH", type: "COMMENTS", sentiment: "NEUTRAL", optional: true },
    // Labels that do not match the text are skipped, not guessed.
    { cue: "words not in the body", kind: "REPORTED_SPEECH", type: "COMMENTS", sentiment: "NEUTRAL" },
  ],
};

describe("real-news training examples", () => {
  const examples = realNewsExamples(LABELS, { body: BODY, publishedAt: "2026-03-02" }, context(), 3);

  it("makes one example per required statement whose cue is in the text, counted `weight` times", () => {
    expect(examples.map((e) => e.record.cue)).toEqual(["double its aid to", "aid a lifeline for"]);
    expect(examples.every((e) => e.weight === 3 && e.file === "test-article")).toBe(true);
    expect(examples.map((e) => [e.record.type, e.record.sentiment])).toEqual([
      ["INTENDS_TO_COOPERATE", "POSITIVE"],
      ["PRAISES", "POSITIVE"],
    ]);
  });

  it("reads each statement as the pipeline does: its reporting verb and its own content", () => {
    const [pledge, thanks] = examples;
    expect(pledge!.input.cue).toBe("say");
    expect(pledge!.input.content).toContain("double its aid");
    expect(thanks!.input.content).not.toContain("double its aid");
    expect(thanks!.features).toContain(`cue:${thanks!.input.cue}`);
  });

  it("falls back to the cue's sentence, without a reporting verb, when the pipeline finds no statement there", () => {
    const [fallback] = realNewsExamples(
      {
        id: "x",
        statements: [{ cue: "displaced thousands of families", kind: "REPORTED_SPEECH", type: "COMMENTS", sentiment: "NEUTRAL" }],
      },
      { body: BODY, publishedAt: "2026-03-02" },
      context(),
      1,
    );
    expect(fallback!.input.cue).toBeNull();
    expect(fallback!.input.content).toBe("Flooding in the south has displaced thousands of families since January.");
  });

  it("cross-validates written and real-news statements as separate groups", () => {
    const written = trainingExamples(
      [
        {
          id: "w1",
          text: "The minister said the talks were useful and friendly.",
          cue: "talks were useful and",
          kind: "REPORTED_SPEECH",
          type: "PRAISES",
          sentiment: "POSITIVE",
        },
        {
          id: "w2",
          text: "The ministry said the shelling was a reckless provocation.",
          cue: "was a reckless provocation",
          kind: "REPORTED_SPEECH",
          type: "CRITICISES",
          sentiment: "NEGATIVE",
        },
      ],
      context(),
    ).map((e, i) => ({ ...e, file: `w${i}.jsonl` }));
    const options = { epochs: 2, learningRate: 0.2, l2: 0.0005, seed: 1 };
    const real = new Set<object>(examples);
    const cv = crossValidate([...written, ...examples], options, (e) => (real.has(e) ? "real news" : "written"), 2);
    expect([...cv.keys()].sort()).toEqual(["real news", "written"]);
    expect(cv.get("real news")!.statements).toBe(2);
    expect(cv.get("written")!.statements).toBe(2);
  });

  it("counts an example `weight` times: of two readings of the same words, the heavier wins", () => {
    const [pledge] = examples;
    const praise = { ...pledge!, record: { ...pledge!.record, type: "PRAISES" }, weight: 1 };
    const model = fitModels([pledge!, praise], { epochs: 5, learningRate: 0.2, l2: 0.0005, seed: 1 });
    expect(model.type.labels[argmax(scores(model.type, pledge!.features))]).toBe("INTENDS_TO_COOPERATE");
    const reversed = fitModels(
      [
        { ...pledge!, weight: 1 },
        { ...praise, weight: 3 },
      ],
      { epochs: 5, learningRate: 0.2, l2: 0.0005, seed: 1 },
    );
    expect(reversed.type.labels[argmax(scores(reversed.type, pledge!.features))]).toBe("PRAISES");
  });
});

describe("real-news training list (training/real-news-articles.json)", () => {
  const root = path.join(import.meta.dirname, "..", "..");
  const ids = JSON.parse(readFileSync(path.join(root, "training", "real-news-articles.json"), "utf8")) as string[];

  it("names development-set articles only, each once, never a held-out one", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(existsSync(path.join(root, "tests", "evaluation", "real", "labels", `${id}.json`)), id).toBe(true);
      expect(existsSync(path.join(root, "tests", "evaluation", "real-holdout", "labels", `${id}.json`)), id).toBe(false);
    }
  });
});
