// Rule speech.frame.summon-described-envoy (src/extraction/statements/speech-frames.ts): a summons whose envoy is
// named first or described at length is a protest, like "summoned the ambassador". Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const acts = (body: string) =>
  extractArticle(article(body), context()).statements.map((s) => [s.speakerStateCode, s.targetCodes.join(","), s.type]);

const DESCRIBED =
  "Norway's foreign ministry summoned Lars Eklund, deputy head of mission at the Swedish Embassy in Oslo, on Monday over the border fence.";

describe("rule speech.frame.summon-described-envoy", () => {
  it("reads a summons of a described or named envoy as a protest", () => {
    expect(acts(DESCRIBED)).toEqual([["NO", "SE", "CRITICISES"]]);
    expect(acts("Chile's foreign ministry summoned a senior official of the Peruvian Embassy in Santiago on Friday.")).toEqual([
      ["CL", "PE", "CRITICISES"],
    ]);
  });

  it("leaves the passive and other summonses alone", () => {
    expect(acts("Peru's ambassador was summoned by the Chilean foreign ministry in connection with the boats.")).toEqual([]);
    expect(acts("The Chilean envoy was summoned for talks at the Peruvian foreign ministry.")).toEqual([]);
  });

  it("is a rule that can be switched off (with its family, speech.frame)", () => {
    setDisabledFamilies(["speech.frame"]);
    try {
      expect(acts(DESCRIBED)).toEqual([]);
    } finally {
      setDisabledFamilies([]);
    }
  });
});
