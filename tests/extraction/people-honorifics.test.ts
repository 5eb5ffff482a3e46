// Unit tests for rule people.honorific (src/extraction/people/honorifics.ts): honorific styles before a name are
// neither name nor role. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const people = (body: string) =>
  extractArticle(article(body), context()).people.map((p) => ({ name: p.name, role: p.role, state: p.stateCode }));

describe("rule people.honorific", () => {
  it("sets Malay styles aside, with or without an apostrophe, after a role", () => {
    expect(people("Malaysian Home Minister Datuk Seri Razak Omar said the border post would reopen in March.")).toEqual([
      { name: "Razak Omar", role: "Home Minister", state: "MY" },
    ]);
    expect(people("Malaysian Trade Minister Dato' Sri Lim Wei Ming said exports would grow.")[0]).toMatchObject({
      name: "Lim Wei Ming",
      role: "Trade Minister",
    });
  });

  it("sets West African and South Asian styles aside, and a later mention finds the same person", () => {
    const found = people(
      "Ghanaian Senator Alhaji Musa Adamu said the vote was fair. Adamu added that Accra would help. Shri Vikram Nair said talks went well.",
    );
    expect(found.map((p) => p.name)).toEqual(["Musa Adamu", "Vikram Nair"]);
  });

  it("keeps a family name that looks like a style at the end of a name", () => {
    expect(people("Myanmar's spokesman Kyaw Min Tun said the army would hold the line.")[0]?.name).toBe("Kyaw Min Tun");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.honorific"]);
    try {
      expect(people("Tan Sri Hamid Yusof said the plan would fail.")[0]?.name).toBe("Tan Sri Hamid Yusof");
    } finally {
      setDisabledFamilies([]);
    }
  });
});
