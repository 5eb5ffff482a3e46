// Words that only look like names: the ORG_WORDS and PORTFOLIO_WORDS lists (src/extraction/lexicon.ts). Sentences
// written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context } from "./helpers.js";

const names = (body: string) => extractArticle(article(body), context()).people.map((p) => p.name);

afterEach(() => setDisabledFamilies([]));

describe("nouns that end the names of instruments and bodies (ORG_WORDS) and portfolios (PORTFOLIO_WORDS)", () => {
  it("finds no person in 'the Tegucigalpa Protocol' or 'Official Development Assistance', and a full name after a portfolio", () => {
    const body =
      "Chilean President Ana Ruiz said the Tegucigalpa Protocol binds both states. Chile will raise its Official " +
      "Development Assistance, Minister of Trade and Integration Luis Castro said.";
    expect(names(body)).toEqual(["Ana Ruiz", "Luis Castro"]);
  });
});
