// Unit tests for rule people.counterpart-role (src/extraction/people/counterpart-roles.ts): "his X counterpart Y" holds
// the office of the person he is the counterpart of, so that "the X president" finds him later. Sentences written for
// this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const extract = (body: string) => extractArticle(article(body), context());
const BODY = [
  "Peruvian President Ana Quispe arrived in La Paz on Monday and met her Bolivian counterpart Marco Vargas at the palace.",
  "The Bolivian president said he wanted a new railway to the Pacific coast.",
].join("\n\n");

describe("rule people.counterpart-role", () => {
  afterEach(() => setDisabledFamilies([]));

  it("gives the counterpart the office of the person he meets", () => {
    const vargas = extract(BODY).people.find((p) => p.name === "Marco Vargas")!;
    expect(vargas.role).toBe("President");
    expect(vargas.stateCode).toBe("BO");
  });

  it("lets a later description of that office find him", () => {
    const result = extract(BODY);
    const railway = result.statements.find((s) => s.text.includes("railway"))!;
    expect(result.people.find((p) => p.key === railway.speakerKey)?.name).toBe("Marco Vargas");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.counterpart-role"]);
    expect(extract(BODY).people.find((p) => p.name === "Marco Vargas")!.role).toBe("counterpart");
  });
});
