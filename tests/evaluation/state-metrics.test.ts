// The person-state and speaker-state accuracies of the evaluation harness (no floors yet: reported only).
import { describe, expect, it } from "vitest";
import { evaluateArticle, summarise, type GoldArticle } from "./evaluate.js";
import type { ExtractionResult } from "../../src/extraction/types.js";

const body = "Minister Ana Ruiz said the deal was fair. Boris Petrov said talks would go on.";
const person = (key: string, name: string, stateCode: string | null) => ({
  key,
  name,
  normalizedName: name.toLowerCase(),
  knownPersonId: null,
  aliases: [],
  role: null,
  organisation: null,
  stateCode,
  sanctioned: false,
  sanctionNote: null,
  count: 1,
  mentions: [],
});
const statement = (text: string, speakerKey: string, speakerStateCode: string | null) => ({
  text,
  kind: "INDIRECT_SPEECH",
  startOffset: body.indexOf(text),
  endOffset: body.indexOf(text) + text.length,
  sentenceIndex: 0,
  speakerKey,
  speakerStateCode,
  targetCodes: [],
  sentiment: { score: 0, label: "NEUTRAL" },
  type: "COMMENTS",
  cameoCode: "010",
  goldstein: 0,
  topics: [],
  confidence: 1,
});

describe("state metrics", () => {
  it("counts matched people and statements, null states included", () => {
    const result = {
      extractorVersion: "test",
      states: [],
      people: [person("p1", "Ana Ruiz", "ES"), person("p2", "Boris Petrov", null), person("p3", "Extra Person", "FR")],
      statements: [
        statement("Minister Ana Ruiz said the deal was fair.", "p1", "ES"),
        statement("Boris Petrov said talks would go on.", "p2", null),
      ],
    } as unknown as ExtractionResult;
    const gold: GoldArticle = {
      article: "x",
      states: [],
      people: [
        { name: "Ana Ruiz", state: "ES", role: null },
        { name: "Boris Petrov", state: "BG", role: null },
        { name: "Missing One", state: null, role: null },
      ],
      statements: [
        {
          evidence: "the deal was fair",
          kind: "INDIRECT_SPEECH",
          speaker: "Ana Ruiz",
          speakerState: "ES",
          targets: [],
          sentiment: "NEUTRAL",
          type: "COMMENTS",
          topics: [],
        },
        {
          evidence: "talks would go on",
          kind: "INDIRECT_SPEECH",
          speaker: "Boris Petrov",
          speakerState: "BG",
          targets: [],
          sentiment: "NEUTRAL",
          type: "COMMENTS",
          topics: [],
        },
      ],
    };
    const e = evaluateArticle(body, result, gold);
    expect(e.personState).toEqual({ correct: 1, total: 2 });
    expect(e.speakerState).toEqual({ correct: 1, total: 2 });
    const metrics = summarise([e]);
    expect(metrics.find((m) => m.kind === "personState")).toMatchObject({ value: 0.5, support: 2, floor: null });
    expect(metrics.find((m) => m.kind === "speakerState")).toMatchObject({ value: 0.5, support: 2, floor: null });
  });
});

describe("speaker metric", () => {
  const result = {
    extractorVersion: "test",
    states: [],
    people: [person("p1", "Ruiz", "ES"), person("p2", "Petrov Boris", null)],
    statements: [
      statement("Minister Ana Ruiz said the deal was fair.", "p1", "ES"),
      statement("Boris Petrov said talks would go on.", "p2", null),
    ],
  } as unknown as ExtractionResult;
  const gold = (aliases: string[]): GoldArticle => ({
    article: "x",
    states: [],
    people: [{ name: "Ana Ruiz", state: "ES", role: null, aliases }],
    statements: [
      {
        evidence: "the deal was fair",
        kind: "INDIRECT_SPEECH",
        speaker: "Ana Ruiz",
        speakerState: "ES",
        targets: [],
        sentiment: "NEUTRAL",
        type: "COMMENTS",
        topics: [],
      },
      {
        evidence: "talks would go on",
        kind: "INDIRECT_SPEECH",
        speaker: "Boris Petrov",
        speakerState: null,
        targets: [],
        sentiment: "NEUTRAL",
        type: "COMMENTS",
        topics: [],
      },
    ],
  });

  it("accepts a person named by one of the aliases the gold people entry lists, as the people metric does", () => {
    expect(evaluateArticle(body, result, gold(["Ruiz"])).speaker).toEqual({ correct: 1, total: 2 });
  });

  it("does not accept a name the gold lists for nobody", () => {
    expect(evaluateArticle(body, result, gold([])).speaker).toEqual({ correct: 0, total: 2 });
  });
});
