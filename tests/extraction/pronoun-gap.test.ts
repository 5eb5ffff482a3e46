// "It also said", "they later said" (rule speaker.pronoun-adverb-gap). Sentences written for these tests only.
import { describe, expect, it } from "vitest";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { spokenStatements } from "./helpers.js";

describe("rule speaker.pronoun-adverb-gap", () => {
  it("keeps 'it' and 'they' the subject of a speech verb after adverbs or auxiliaries, as 'she also said' is", () => {
    for (const gap of ["also", "later", "has repeatedly", "had earlier"]) {
      const body = `Spain criticised Portugal on Monday. It ${gap} said Portugal had disrupted the naval exercises.`;
      expect(
        spokenStatements(body).map((s) => s.state),
        gap,
      ).toEqual(["ES", "ES"]);
    }
    setDisabledFamilies(["speaker.pronoun-adverb-gap"]);
    try {
      expect(spokenStatements("Spain criticised Portugal on Monday. It also said Portugal had lied.")).toHaveLength(1);
    } finally {
      setDisabledFamilies([]);
    }
  });

  it("does not bridge other words ('it was said')", () => {
    expect(spokenStatements("Spain criticised Portugal on Monday. It was widely said that talks had stalled.")).toHaveLength(1);
  });
});
