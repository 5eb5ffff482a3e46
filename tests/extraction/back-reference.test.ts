// Rule speech.this-back-reference (src/extraction/statements/back-reference.ts): "X stated this during …" names the
// source of the sentence before it. Sentences written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const statements = (body: string) => {
  const r = extractArticle(article(body), context());
  return r.statements.map((s) => ({
    text: s.text,
    speaker: r.people.find((p) => p.key === s.speakerKey)?.name ?? null,
    state: s.speakerStateCode,
  }));
};

afterEach(() => setDisabledFamilies([]));

describe("a sentence that only points back to the one before", () => {
  const BODY =
    "The closure of the border is a consequence of Bolivia's reckless policy. Chilean Foreign Minister Ana Ruiz " +
    "stated this during Tuesday's meeting with her Peruvian counterpart in Lima.";

  it("makes the sentence before the statement, with the pointer's speaker", () => {
    expect(statements(BODY)).toEqual([
      {
        text: "The closure of the border is a consequence of Bolivia's reckless policy.",
        speaker: "Ana Ruiz",
        state: "CL",
      },
    ]);
  });

  it("reads 'This is what X told …' the same way", () => {
    const body = "Peru will never harm Chile's interests. This is what Peruvian Foreign Minister Luis Castro told reporters.";
    expect(statements(body).map((s) => [s.text, s.speaker])).toEqual([
      ["Peru will never harm Chile's interests.", "Luis Castro"],
    ]);
  });

  it("leaves 'said this was …' alone: there 'this' opens the reported clause", () => {
    const body = "Bolivia closed the border. Chilean Foreign Minister Ana Ruiz said this was unacceptable to Chile.";
    expect(statements(body).map((s) => s.text)).toEqual([
      "Chilean Foreign Minister Ana Ruiz said this was unacceptable to Chile.",
    ]);
  });

  it("without the rule, keeps the pointer as a statement of its own", () => {
    setDisabledFamilies(["speech.this-back-reference"]);
    expect(statements(BODY).map((s) => s.text.slice(0, 24))).toEqual(["Chilean Foreign Minister"]);
  });
});
