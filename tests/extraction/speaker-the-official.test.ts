// Unit tests for rule speaker.the-official (src/extraction/statements/subject-left.ts): "the <state> official said"
// refers back to the last person named of that state; "a <state> official said" is someone unnamed. Sentences
// written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const extract = (body: string) => extractArticle(article(body), context());
const speakerOf = (body: string, words: string) => {
  const result = extract(body);
  const statement = result.statements.find((s) => s.text.includes(words))!;
  return result.people.find((p) => p.key === statement.speakerKey)?.name ?? null;
};

const DEFINITE = [
  "Kazakh Trade Minister Arman Seitov met Uzbek business leaders in Tashkent on Tuesday.",
  "The Kazakh official added that rail freight between the two countries would double by next spring.",
].join("\n\n");

describe("rule speaker.the-official", () => {
  afterEach(() => setDisabledFamilies([]));

  it("resolves 'the Kazakh official' to the Kazakh named before", () => {
    expect(speakerOf(DEFINITE, "rail freight")).toBe("Arman Seitov");
  });

  it("leaves 'a Kazakh official' unnamed", () => {
    const body = DEFINITE.replace("The Kazakh official added", "A Kazakh official added");
    expect(speakerOf(body, "rail freight")).toBeNull();
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speaker.the-official"]);
    expect(speakerOf(DEFINITE, "rail freight")).toBeNull();
  });
});
