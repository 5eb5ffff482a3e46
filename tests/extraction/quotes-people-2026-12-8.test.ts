// Unit tests for quotes.tail-after-adverbial (src/extraction/statements/direct-quotes.ts), people.surname-speaks
// (people/known-names.ts), people.apposition-last-title (people/appositions.ts) and cue.according-relative
// (statements/cues.ts). Sentences written for these tests; they appear in no evaluation article.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const run = (body: string) => extractArticle(article(body), context());
const statements = (body: string) => {
  const r = run(body);
  return r.statements.map((s) => ({
    text: s.text,
    speaker: r.people.find((p) => p.key === s.speakerKey)?.name ?? null,
    state: s.speakerStateCode,
  }));
};
const people = (body: string) => run(body).people.map((p) => ({ name: p.name, state: p.stateCode }));

afterEach(() => setDisabledFamilies([]));

describe("rule quotes.tail-after-adverbial", () => {
  const body =
    '"We are watching the border closely," Secretary of State Antony Blinken told reporters at an event in Ohio, ' +
    "adding that Russia could also use its influence in the region.";

  it("gives an added act after a place phrase to the quote's speaker", () => {
    expect(statements(body)).toEqual([
      { text: '"We are watching the border closely,"', speaker: "Antony Blinken", state: "US" },
      {
        text: "adding that Russia could also use its influence in the region.",
        speaker: "Antony Blinken",
        state: "US",
      },
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["quotes.tail-after-adverbial"]);
    expect(statements(body).at(-1)?.text).toMatch(/^Secretary of State Antony Blinken told reporters/);
  });
});

describe("rule people.surname-speaks", () => {
  const body =
    "The leader of the opposition party, Timo Laine, was in Oslo on Friday. " +
    "The plan according to which the country would join the pact is feasible, said Laine.";

  it("makes a full name a person when its surname speaks later, and gives the sentence to that person", () => {
    expect(people(body).map((p) => p.name)).toEqual(["Timo Laine"]);
    expect(statements(body)).toEqual([{ text: expect.stringMatching(/^The plan/), speaker: "Timo Laine", state: null }]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.surname-speaks"]);
    expect(people(body)).toEqual([]);
  });
});

describe("rule cue.according-relative", () => {
  const body = "Estonia published a plan on Monday according to which the border with Russia would close in May.";

  it("reads 'according to which' as a relative clause, not as a source", () => {
    expect(statements(body)).toEqual([]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["cue.according-relative"]);
    expect(statements(body)).toHaveLength(1);
  });
});

describe("rule people.apposition-last-title", () => {
  const body =
    "The new rules were signed by Ana Duarte, Minister of Culture and Media and spokeswoman for the Portuguese government.";

  it("takes the state next to the last office of an apposition", () => {
    expect(people(body)).toEqual([{ name: "Ana Duarte", state: "PT" }]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.apposition-last-title"]);
    expect(people(body)).toEqual([{ name: "Ana Duarte", state: null }]);
  });
});
