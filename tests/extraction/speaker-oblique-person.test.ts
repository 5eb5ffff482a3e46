// Unit tests for rule speaker.oblique-person (src/extraction/statements/subject-left.ts) and for titles of a state
// resolving to the person already known to be of that state (speaker.title-of-state, person-states.ts definite
// descriptions). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const speakers = (body: string) => {
  const r = extractArticle(article(body), context());
  return r.statements.map((s) => r.people.find((p) => p.key === s.speakerKey)?.name ?? null);
};
const stateOf = (body: string, name: string) =>
  extractArticle(article(body), context()).people.find((p) => p.name === name)?.stateCode ?? null;

const VISIT =
  "Kenyan President Daniel Mwangi said Nairobi would open a new trade office. " +
  "He sent his warm greetings to President Joseph Okello, expressing hope that the two economies would grow together.";

describe("rule speaker.oblique-person", () => {
  it("does not take a person after a preposition for the subject of a participle cue", () => {
    expect(speakers(VISIT)).toEqual(["Daniel Mwangi", "Daniel Mwangi"]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speaker.oblique-person"]);
    try {
      expect(speakers(VISIT)[1]).toBe("Joseph Okello");
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("a title of a state refers to the person known to be of that state", () => {
  const body =
    "Kenyan President Daniel Mwangi said Nairobi would open a new trade office. " +
    "He praised Uganda's newly sworn-in President, Joseph Okello, for his reforms. " +
    "The Kenyan President also said that the railway would be finished next year.";

  it("gives the statement to the Kenyan president, not to the president named last", () => {
    expect(speakers(body)[speakers(body).length - 1]).toBe("Daniel Mwangi");
  });

  it("does not give the other president the state of the description", () => {
    expect(stateOf(body, "Joseph Okello")).not.toBe("KE");
  });
});
