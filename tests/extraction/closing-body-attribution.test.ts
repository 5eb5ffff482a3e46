// Unit test for rule speech.closing-attribution with a body as closing subject (src/extraction/statements/
// reported-speech.ts): ", the statement said." reports the body's words, as ", he said." reports a person's.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const BODY =
  "Peru on Monday rejected the fishing deal signed by Chile. The foreign ministry said in a statement the deal was void. " +
  "Chile's decision threatens the stability of the coast, the statement said.";

const states = (body: string) => extractArticle(article(body), context()).statements.map((s) => s.speakerStateCode);

describe("rule speech.closing-attribution with a body", () => {
  it("gives the sentence to the body that closes it, not to the state its first verb follows", () => {
    expect(states(BODY)).toEqual(["PE", "PE", "PE"]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.closing-attribution"]);
    try {
      expect(states(BODY)[2]).toBe("CL");
    } finally {
      setDisabledFamilies([]);
    }
  });
});
