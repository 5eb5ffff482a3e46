// Unit tests for people.weekday-stop, people.aside-speech (src/extraction/people/) and speaker.title-of-state,
// speaker.pronoun-not-content (src/extraction/statements/subject-left.ts). Sentences written for these tests; they appear in no evaluation article.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const run = (body: string) => extractArticle(article(body), context());
const people = (body: string) => run(body).people.map((p) => ({ name: p.name, state: p.stateCode }));
const speakers = (body: string) => {
  const r = run(body);
  return r.statements.map((s) => ({
    speaker: r.people.find((p) => p.key === s.speakerKey)?.name ?? null,
    state: s.speakerStateCode,
  }));
};

afterEach(() => setDisabledFamilies([]));

describe("rule people.weekday-stop", () => {
  const body = "Portuguese Prime Minister Rui Lemos Tuesday said Lisbon would send two frigates to the Baltic.";

  it("ends the name before a weekday, so the person is found", () => {
    expect(people(body)).toContainEqual({ name: "Rui Lemos", state: "PT" });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.weekday-stop"]);
    expect(people(body).map((p) => p.name)).not.toContain("Rui Lemos");
  });
});

describe("rule people.aside-speech", () => {
  it("accepts a name whose aside is followed by a speech verb, with the possessive state of the aside", () => {
    const body = "Ines Varga, a trade analyst at Hungary's National Bank, said the new tariffs would hurt exporters.";
    expect(people(body)).toContainEqual({ name: "Ines Varga", state: "HU" });
  });

  it("accepts a name set off by commas right before the speech verb, with the state of the phrase before it", () => {
    const body = "On Monday, Norway's ruling party foreign affairs rapporteur, Lars Aune, urged Oslo to recall its envoy.";
    expect(speakers(body)).toContainEqual({ speaker: "Lars Aune", state: "NO" });
  });

  it("does not accept a name whose clause goes on to a verb other than a speech verb", () => {
    const body = "Lars Aune, a party rapporteur, visited the port of Bergen on Monday.";
    expect(people(body).map((p) => p.name)).not.toContain("Lars Aune");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.aside-speech"]);
    const body = "Ines Varga, a trade analyst at Hungary's National Bank, said the new tariffs would hurt exporters.";
    expect(people(body).map((p) => p.name)).not.toContain("Ines Varga");
  });
});

describe("rule speaker.title-of-state", () => {
  const body =
    "Peruvian President Ana Quispe received Chilean President Jorge Vidal in Lima on Monday. " +
    "Quispe thanked Vidal for the visit. " +
    '"Our ports will be open to each other," the Peruvian President said.';

  it("resolves a title with its state to the last person of that state with the title", () => {
    expect(speakers(body).at(-1)).toEqual({ speaker: "Ana Quispe", state: "PE" });
  });

  it("is a rule that can be switched off", () => {
    // people.unnamed-title-is-named-speaker reaches the same answer another way (the one Peruvian named as president),
    // and so does speaker.title-subject (Quispe is the subject of the last sentence naming a president).
    setDisabledFamilies(["speaker.title-of-state", "people.unnamed-title-is-named-speaker", "speaker.title-subject"]);
    expect(speakers(body).at(-1)?.speaker).not.toBe("Ana Quispe");
  });
});

describe("rule speaker.pronoun-not-content", () => {
  const body =
    "Norway's foreign ministry spokesperson said Colonel Ivo Brandt of Sweden had crossed the border. " +
    "He said Sweden must apologise. He said the claim of calm was false.";

  it("continues the unnamed speaker, not the person named in its words, over a chain of pronouns", () => {
    expect(speakers(body)).toEqual([
      { speaker: null, state: "NO" },
      { speaker: null, state: "NO" },
      { speaker: null, state: "NO" },
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speaker.pronoun-not-content"]);
    expect(speakers(body)[1]?.speaker).toBe("Ivo Brandt");
  });
});

describe("lexicon: features of disputed seas are no names (ORG_WORDS shoal, reef, atoll)", () => {
  it("does not take a shoal after 'said' for a person", () => {
    const body = "The Philippine foreign ministry said Second Thomas Shoal is part of its economic zone.";
    expect(people(body)).toEqual([]);
  });
});
