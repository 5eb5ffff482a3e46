// Words that only look like names: rule people.title-case-headline (src/extraction/people/headline-names.ts) and the
// ORG_WORDS / PORTFOLIO_WORDS lists (src/extraction/lexicon.ts). Sentences written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context } from "./helpers.js";

const names = (body: string) => extractArticle(article(body), context()).people.map((p) => p.name);

afterEach(() => setDisabledFamilies([]));

describe("rule people.title-case-headline", () => {
  const body =
    "Chilean President Ruiz Calls For Andean Unity\n" +
    "Chilean President Ana Ruiz on Monday called for unity among Andean states. Ruiz said Chile would work with Peru.";

  it("drops a run of headline words that only look like a name, keeps the person the story names", () => {
    expect(names(body)).toEqual(["Ana Ruiz"]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.title-case-headline"]);
    expect(names(body)).toContain("Ruiz Calls For Andean Unity");
  });
});

describe("nouns that end the names of instruments and bodies (ORG_WORDS) and portfolios (PORTFOLIO_WORDS)", () => {
  it("finds no person in 'the Tegucigalpa Protocol' or 'Official Development Assistance', and a full name after a portfolio", () => {
    const body =
      "Chilean President Ana Ruiz said the Tegucigalpa Protocol binds both states. Chile will raise its Official " +
      "Development Assistance, Minister of Trade and Integration Luis Castro said.";
    expect(names(body)).toEqual(["Ana Ruiz", "Luis Castro"]);
  });
});
