// Unit tests for the statement rules of h8c (issue 8): cue.verb-before-that, speech.frame.recall-that,
// speech.frame.hint (src/extraction/statements/cues.ts, speech-frames.ts) and speech.closing-attribution
// (reported-speech.ts); speech.embedded-verb was removed with guide §1's 'each reporting predicate'. Sentences
// written for these tests; they appear in no evaluation article.
import { afterEach, describe, expect, it } from "vitest";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { spokenStatements } from "./helpers.js";

const statements = spokenStatements;
const texts = (body: string) => statements(body).map((s) => s.text);

afterEach(() => setDisabledFamilies([]));

describe("rule cue.verb-before-that", () => {
  const body =
    "The Estonian side expresses its deep concern about the incident at the border and states that the use of force " +
    "is not the way to solve the problems.";

  it("reads a word in -s before 'that' as a speech verb, a second statement of the same speaker", () => {
    expect(statements(body)).toContainEqual({
      text: "and states that the use of force is not the way to solve the problems.",
      speaker: null,
      state: "EE",
    });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["cue.verb-before-that"]);
    expect(texts(body)).toHaveLength(1);
  });
});

describe("rules speech.frame.recall-that and speech.frame.hint", () => {
  it("reads 'recalls that' as speech, but not 'recalls its ambassador'", () => {
    const body =
      "The Latvian government denounces the raid on its border post and recalls that Latvia's patience is not unlimited.";
    expect(texts(body)).toContain("and recalls that Latvia's patience is not unlimited.");
    expect(texts("Latvia recalls its ambassador to Minsk.")).toEqual([]);
  });

  it("reads 'hinted that' as speech", () => {
    const body =
      "Latvia first blamed Estonia for the clash, but an adviser to the Latvian president hinted that a third country " +
      "could be responsible.";
    expect(statements(body).at(-1)).toMatchObject({ state: "LV" });
    expect(statements(body).at(-1)?.text).toMatch(/^but an adviser .* hinted that/);
    setDisabledFamilies(["speech.frame"]);
    expect(texts(body)).toHaveLength(1);
  });
});

describe("a stance verb inside a 'said' clause is its own statement (guide §1, speech.embedded-verb removed)", () => {
  it("splits 'said Canada condemned … and urged …' into two statements", () => {
    const body =
      "In Ottawa, foreign ministry spokesperson Anne Roy said Canada condemned the raid and urged Chile to return to talks.";
    expect(texts(body)).toEqual([
      "In Ottawa, foreign ministry spokesperson Anne Roy said Canada condemned the raid",
      "and urged Chile to return to talks.",
    ]);
  });
});

describe("rule speech.closing-attribution", () => {
  const body =
    "Foreign Minister Ana Duarte of Portugal met the Spanish envoy on Monday. " +
    "Portugal welcomes and applauds the steps Spain has taken, and is ready to help both sides, Duarte added.";

  it("reads a closing ', X added.' first: the earlier verbs are X's words", () => {
    expect(statements(body).at(-1)).toMatchObject({ speaker: "Ana Duarte" });
  });

  it("leaves a named person's own act to that person", () => {
    const own =
      "Prime Minister Rui Lemos has called on Spain to respect the fishing deal, government spokeswoman Ana Duarte said.";
    expect(statements(own)[0]).toMatchObject({ speaker: "Rui Lemos" });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.closing-attribution"]);
    expect(statements(body).at(-1)?.speaker).toBeNull();
  });
});

describe("lexicon: the participles 'refuting' and 'dismissing' report a rejection", () => {
  it("reads 'issued a statement refuting …' as a statement", () => {
    const body =
      "Chile's foreign ministry on Monday issued a statement refuting comments attributed to its minister by Peruvian media.";
    expect(statements(body)).toEqual([{ text: body, speaker: null, state: "CL" }]);
  });
});
