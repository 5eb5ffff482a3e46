// People named in lists (rules people.sanctioned-list, people.delegation-state). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context } from "./helpers.js";

const people = (body: string) => extractArticle(article(body), context()).people;

describe("people in lists", () => {
  it("marks everyone listed after a sanction phrase as sanctioned, with the phrase as the note", () => {
    const ps = people(
      "The envoys met two individuals sanctioned by the European Union, including General Tomas Rivas and Colonel Ana Duarte.",
    );
    for (const name of ["Tomas Rivas", "Ana Duarte"]) {
      const p = ps.find((x) => x.name === name);
      expect(p?.sanctioned).toBe(true);
      expect(p?.sanctionNote).toMatch(/sanctioned by the European Union/);
    }
  });

  it("leaves people outside the list alone", () => {
    const ps = people(
      "Minister Lena Park said firms sanctioned by the European Union had left, according to Colonel Ana Duarte.",
    );
    expect(ps.every((p) => !p.sanctioned)).toBe(true);
  });

  it("gives people listed in a state's delegation that state", () => {
    const ps = people("The Peruvian delegation, led by Rosa Quispe and Deputy Minister Luis Mamani, arrived on Monday.");
    expect(ps.find((p) => p.name === "Rosa Quispe")?.stateCode).toBe("PE");
    expect(ps.find((p) => p.name === "Luis Mamani")?.stateCode).toBe("PE");
  });
});
