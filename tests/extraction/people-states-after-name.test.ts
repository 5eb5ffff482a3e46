// Rules people.name-of-state and people.apposition-not-predicate (src/extraction/people/acceptance.ts,
// appositions.ts): a person's state and role read from the words right after the name. Sentences written for this
// test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const people = (body: string) =>
  extractArticle(article(body), context()).people.map((p) => ({ name: p.name, state: p.stateCode, role: p.role }));

afterEach(() => setDisabledFamilies([]));

describe("rule people.name-of-state", () => {
  const body =
    "Prime Ministers Ana Ruiz of Chile and Luis Castro of Peru met in Lima on Wednesday. " +
    "Ruiz said the talks were excellent, and Castro said Peru agreed. Minister Elena Vidal of Bolivia's ruling party also spoke.";

  it("gives a person the state named right after the name and 'of'", () => {
    const found = people(body);
    expect(found.find((p) => p.name === "Ana Ruiz")?.state).toBe("CL");
    expect(found.find((p) => p.name === "Luis Castro")?.state).toBe("PE");
  });

  it("not a state that goes on in the possessive to something else", () => {
    setDisabledFamilies(["people.article-states", "people.unnamed-title-is-named-speaker"]);
    expect(people(body).find((p) => p.name === "Elena Vidal")?.state ?? null).not.toBe("BO");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.name-of-state"]);
    expect(people(body).find((p) => p.name === "Luis Castro")?.state ?? null).toBeNull();
  });
});

describe("rule people.apposition-not-predicate (adverb and past verb)", () => {
  const body =
    "Chilean Ambassador, Ana Ruiz, recently handed the letter to the Head of the Lima Port Authority and Police " +
    "Commissioner, Luis Castro. Ms Ruiz said Chile would keep its promise to Peru.";

  it("reads ', recently handed the letter …' as the name's predicate, not its role", () => {
    expect(people(body).find((p) => p.name === "Ana Ruiz")).toEqual({ name: "Ana Ruiz", state: "CL", role: "Ambassador" });
  });

  it("keeps ', newly appointed foreign minister of Chile,' as an apposition", () => {
    expect(people("Ana Ruiz, newly appointed foreign minister of Chile, said the talks would go on.")).toEqual([
      { name: "Ana Ruiz", state: "CL", role: "newly appointed foreign minister of Chile" },
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.apposition-not-predicate"]);
    expect(people(body).find((p) => p.name === "Ana Ruiz")?.role).toMatch(/^recently handed/);
  });
});
