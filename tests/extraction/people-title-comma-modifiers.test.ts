// Unit tests for rule people.role-modifiers before a title set off by a comma (src/extraction/people/acceptance.ts):
// "<state>'s newly inaugurated President, X" gives X the state. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const BODY = "Chile's President Ana Lima welcomed Peru's newly appointed President, Jorge Quispe, to Santiago.";
const quispe = () => extractArticle(article(BODY), context()).people.find((p) => p.name === "Jorge Quispe");

describe("rule people.role-modifiers before '<title>, X'", () => {
  it("reads the state across the words that date the office", () => {
    expect(quispe()).toMatchObject({ role: "President", stateCode: "PE" });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.role-modifiers"]);
    try {
      expect(quispe()?.stateCode).not.toBe("PE");
    } finally {
      setDisabledFamilies([]);
    }
  });
});
