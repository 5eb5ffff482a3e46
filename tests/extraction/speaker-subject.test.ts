// The subject of a speech verb found left of it (subject-left.ts): "it also said", "they later said" (rule
// speaker.pronoun-adverb-gap) and states that are a verb's object (rule speaker.verb-object-state). Sentences written for
// these tests only.
import { describe, expect, it } from "vitest";
import { spokenStatements, withRulesOff } from "./helpers.js";

describe("rule speaker.pronoun-adverb-gap", () => {
  it("keeps 'it' and 'they' the subject of a speech verb after adverbs or auxiliaries, as 'she also said' is", () => {
    for (const gap of ["also", "later", "has repeatedly", "had earlier"]) {
      const body = `Spain criticised Portugal on Monday. It ${gap} said Portugal had disrupted the naval exercises.`;
      expect(
        spokenStatements(body).map((s) => s.state),
        gap,
      ).toEqual(["ES", "ES"]);
    }
    const off = withRulesOff(["speaker.pronoun-adverb-gap"], () =>
      spokenStatements("Spain criticised Portugal on Monday. It also said Portugal had lied."),
    );
    expect(off).toHaveLength(1);
  });

  it("does not bridge other words ('it was said')", () => {
    expect(spokenStatements("Spain criticised Portugal on Monday. It was widely said that talks had stalled.")).toHaveLength(1);
  });
});

describe("rule speaker.verb-object-state", () => {
  it("does not take a state right after a verb (its object) for the subject of a later speech verb", () => {
    const body = "Latvia does not recognise Belarus's claims on the river and has expressed its support for Lithuania.";
    expect(spokenStatements(body).map((s) => s.state)).toEqual(["LV"]);
    expect(withRulesOff(["speaker.verb-object-state"], () => spokenStatements(body).map((s) => s.state))).toEqual(["BY"]);
  });
});
