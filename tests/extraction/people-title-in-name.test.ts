// Unit tests for rule people.title-in-name (src/extraction/people/candidates.ts): "Sheikh" and "Sultan" after a given
// name are part of the name, while before it (or after a style of address) they stay a title. Sentences written for
// this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const names = (body: string) => extractArticle(article(body), context()).people.map((p) => p.name);

describe("rule people.title-in-name", () => {
  afterEach(() => setDisabledFamilies([]));

  it("keeps 'Sheikh' and 'Sultan' after a given name in the name", () => {
    expect(names("Foreign Minister Abdirahman Sheikh Ibrahim said the port deal was void.")).toEqual([
      "Abdirahman Sheikh Ibrahim",
    ]);
    expect(names("Defence Minister Yusuf Sultan Warsame said the troops would stay.")).toEqual(["Yusuf Sultan Warsame"]);
  });

  it("leaves a leading honorific, or one after a style of address, out of the name", () => {
    expect(names("Sheikh Khalid bin Saud said the talks had gone well.")).toEqual(["Khalid bin Saud"]);
    expect(names("His Highness Sheikh Khalid bin Saud said the talks had gone well.")).toEqual(["Khalid bin Saud"]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.title-in-name"]);
    expect(names("Foreign Minister Abdirahman Sheikh Ibrahim said the port deal was void.")).toEqual(["Ibrahim"]);
  });
});
