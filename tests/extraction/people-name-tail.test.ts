// Unit tests for rule people.name-tail (src/extraction/people/entities.ts): a later name of several parts that ends a
// longer name met before is the same person. Sentences written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const BODY =
  "Chilean Foreign Minister María José Sánchez Cerda on Monday summoned the Bolivian ambassador over the water dispute. " +
  '"The Silala is an international river," Sánchez Cerda told reporters in Santiago.';

const people = (body: string) => extractArticle(article(body), context()).people.map((p) => `${p.name} (${p.stateCode})`);

afterEach(() => setDisabledFamilies([]));

describe("a double surname repeated without the given names", () => {
  it("is the person named in full before", () => {
    expect(people(BODY)).toEqual(["María José Sánchez Cerda (CL)"]);
  });

  it("without the rule, is a second person", () => {
    setDisabledFamilies(["people.name-tail"]);
    expect(people(BODY)).toHaveLength(2);
  });

  it("is not a name ending in other parts", () => {
    const body = BODY.replace("Sánchez Cerda told", "Pablo Cerda Rojas told");
    expect(people(body)).toHaveLength(2);
  });
});
