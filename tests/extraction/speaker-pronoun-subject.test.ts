// Unit tests for rule speaker.pronoun-subject (src/extraction/statements/subject-left.ts): with no person speaking
// just before, "he" refers to the person named first in the last sentence that named people (its subject), not to
// the last person named there. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const BODY =
  '"Vice Minister Luis Paredes on Monday expressed concern to Chilean Ambassador Jorge Soto over the new fishing quota," ' +
  "the Peruvian foreign ministry said in a statement. He stressed that the quota was unacceptable.";

const lastSpeaker = (body: string) => {
  const r = extractArticle(article(body), context());
  const s = r.statements[r.statements.length - 1];
  return r.people.find((p) => p.key === s?.speakerKey)?.name ?? null;
};

describe("rule speaker.pronoun-subject", () => {
  it("resolves 'he' to the subject of the sentence that named the people", () => {
    expect(lastSpeaker(BODY)).toBe("Luis Paredes");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speaker.pronoun-subject"]);
    try {
      expect(lastSpeaker(BODY)).toBe("Jorge Soto");
    } finally {
      setDisabledFamilies([]);
    }
  });
});
