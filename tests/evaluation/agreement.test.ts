// Agreement between two labellings (harness/agreement.ts): the second labelling is scored as the extractor would be,
// statements are paired by cue, and act agreement is counted strictly, by overlapping accepted labels and as kappa.
import { describe, expect, it } from "vitest";
import { actAgreement, labelsAsExtraction, pairStatements } from "./harness/agreement.js";
import type { GoldArticle, GoldStatement } from "./harness/gold.js";
import { evaluateArticle, summarise } from "./harness/metrics.js";

// Written for this test.
const body =
  "Karl Brandt, Austria's foreign minister, said the border closure by Hungary was a grave mistake and urged " +
  "Budapest to reopen the crossings at once. Hungary's government said the measure was temporary. " +
  "Brandt also thanked Slovenia for keeping its own border open.";

const statement = (cue: string, over: Partial<GoldStatement> = {}): GoldStatement => ({
  cue,
  kind: "REPORTED_SPEECH",
  speaker: "Karl Brandt",
  speakerState: "AT",
  targets: ["HU"],
  sentiment: "NEGATIVE",
  type: "CRITICISES",
  ...over,
});

const first: GoldArticle = {
  article: "t",
  states: ["AT", "HU", "SI"],
  people: [{ name: "Karl Brandt", state: "AT", role: "foreign minister", aliases: ["Brandt"] }],
  statements: [
    statement("was a grave mistake"),
    statement("reopen the crossings at once", { type: "DEMANDS", typeAlso: "APPEALS" }),
    statement("the measure was temporary", {
      speaker: null,
      speakerState: "HU",
      targets: [],
      sentiment: "NEUTRAL",
      type: "COMMENTS",
    }),
    statement("keeping its own border open", { targets: ["SI"], sentiment: "POSITIVE", type: "PRAISES" }),
  ],
};

describe("agreement of two labellings", () => {
  it("gives every figure 1 when the second labelling is the first", () => {
    const result = summarise([evaluateArticle(body, labelsAsExtraction(body, first), first)]);
    for (const kind of ["statements", "speaker", "speakerState", "targets", "sentiment", "type", "people", "states"])
      expect(result.find((m) => m.kind === kind)?.value, kind).toBe(1);
  });

  it("pairs two acts of one sentence by their own cues, not by sentence", () => {
    const second: GoldArticle = {
      ...first,
      statements: [
        statement("a grave mistake and"),
        statement("urged Budapest to reopen", { type: "APPEALS" }),
        statement("said the measure was", {
          speaker: null,
          speakerState: "HU",
          targets: [],
          sentiment: "NEUTRAL",
          type: "COMMENTS",
        }),
      ],
    };
    const pairs = pairStatements(body, first, second);
    expect(pairs.map(([a, b]) => [a.cue, b.cue])).toEqual([
      ["was a grave mistake", "a grave mistake and"],
      ["reopen the crossings at once", "urged Budapest to reopen"],
      ["the measure was temporary", "said the measure was"],
    ]);
    const acts = actAgreement(pairs);
    expect(acts).toMatchObject({ matched: 3, typeStrict: 2, typeOverlap: 3, sentimentStrict: 3, sentimentOverlap: 3 });
    expect(acts.sentimentKappa).toBe(1);

    // Scored as the extractor is: the missing fourth statement lowers recall, the appeal counts as a lenient type.
    const metrics = summarise([evaluateArticle(body, labelsAsExtraction(body, second), first)]);
    const value = (kind: string) => metrics.find((m) => m.kind === kind)?.value;
    expect(metrics.find((m) => m.kind === "statements")?.recall).toBe(0.75);
    expect(value("type")).toBeCloseTo(2 / 3);
    expect(value("typeLenient")).toBe(1);
  });

  it("corrects act agreement for chance (Cohen's kappa)", () => {
    const pair = (a: string, b: string): [GoldStatement, GoldStatement] => [
      statement("x", { sentiment: a as GoldStatement["sentiment"] }),
      statement("y", { sentiment: b as GoldStatement["sentiment"] }),
    ];
    // Observed agreement 0.5 on two labels used half the time each by both labellers: expected 0.5, kappa 0.
    const acts = actAgreement([
      pair("NEGATIVE", "NEGATIVE"),
      pair("NEGATIVE", "POSITIVE"),
      pair("POSITIVE", "NEGATIVE"),
      pair("POSITIVE", "POSITIVE"),
    ]);
    expect(acts.sentimentStrict).toBe(2);
    expect(acts.sentimentKappa).toBe(0);
  });

  it("leaves the labeller's optional statements out, as the extractor is not asked to find them", () => {
    const withOptional: GoldArticle = {
      ...first,
      statements: [...first.statements.slice(0, 3), { ...first.statements[3]!, optional: true }],
    };
    expect(labelsAsExtraction(body, withOptional).statements).toHaveLength(3);
  });
});
