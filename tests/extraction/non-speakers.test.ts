// Cues and subjects that are not a state speaking: a territory "claimed by" a state (rule cue.passive-claim), "experts
// say" (rule cue.non-official-subject) and "according to" a journalist or media reports (rule
// speaker.according-non-official).
// Sentences written for this test; each rule is also switched off to show it is what decides.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const count = (body: string) => extractArticle(article(body), context()).statements.length;

afterEach(() => setDisabledFamilies([]));

describe("statements nobody made", () => {
  const cases: [string, string][] = [
    ["cue.passive-claim", "Ties between Chile and Peru soured over the small islands also claimed by Bolivia."],
    ["cue.non-official-subject", "Chile has also expanded its fishing fleet this year and experts say it will keep growing."],
    ["speaker.according-non-official", "According to Chilean media reports, Bolivia closed the border on Monday."],
  ];

  for (const [rule, body] of cases) {
    it(`finds none in "${body.slice(0, 40)}…" (rule ${rule})`, () => {
      expect(count(body)).toBe(0);
      setDisabledFamilies([rule]);
      expect(count(body)).toBe(1);
    });
  }

  it("still reads a state's own claim and a government speaking about a state compound", () => {
    expect(count("Bolivia claimed that the islands had always been Bolivian.")).toBe(1);
    expect(count("The Chilean government said Bolivia-backed groups had blocked the road.")).toBe(1);
    expect(count("Bolivia closed the border, according to a report by the Chilean foreign ministry.")).toBe(1);
  });
});
