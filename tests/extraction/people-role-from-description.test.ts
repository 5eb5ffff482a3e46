// Unit tests for rule people.role-from-description (src/extraction/people/role-from-description.ts): a person named
// by bare name takes the office of a later "the … spokesman". Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const BODY =
  "The Chilean Foreign Ministry spokeswoman on Friday criticised the new tariffs imposed by Argentina. " +
  'Ana Rojas said: "These tariffs hurt farmers on both sides of the border." ' +
  '"We expect a reply within a week," the Foreign Ministry spokeswoman added.';

const rojas = () => extractArticle(article(BODY), context()).people.find((p) => p.name === "Ana Rojas");

describe("rule people.role-from-description", () => {
  it("gives the bare-named person the office of the later description, and so the state of the article's speaker", () => {
    expect(rojas()).toMatchObject({ role: "Foreign Ministry spokeswoman", stateCode: "CL" });
  });

  it("leaves a person with a role of their own alone", () => {
    const r = extractArticle(
      article(
        "Chilean Senator Ana Rojas said the tariffs were unfair. " +
          '"We expect a reply," the Foreign Ministry spokeswoman added.',
      ),
      context(),
    );
    expect(r.people.find((p) => p.name === "Ana Rojas")?.role).toBe("Senator");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.role-from-description"]);
    try {
      expect(rojas()?.role ?? null).toBeNull();
    } finally {
      setDisabledFamilies([]);
    }
  });
});
