// The topic prefilter may only skip a rule's regex when the rule cannot match: no false "cannot match" on any text.
import { describe, expect, it } from "vitest";
import { listArticles, loadArticle } from "../../src/ingestion/demo-articles.js";
import { requiredWordStarts, startsSomeWord, textWords } from "../../src/extraction/topic-prefilter.js";
import { TOPIC_RULES } from "../../src/extraction/topics.js";

const filterable = TOPIC_RULES.map((rule) => ({ rule, starts: requiredWordStarts(rule.pattern) })).filter(
  (x): x is { rule: (typeof TOPIC_RULES)[number]; starts: string[] } => x.starts !== null,
);

describe("topic prefilter", () => {
  it("reads the leading words of plain alternatives, without a quantified last letter", () => {
    expect(requiredWordStarts(/\bwars?\b|\bcease-?fires?\b|(?<!-)\bfuel\b|\bair ?strikes?\b/i)).toEqual([
      "war",
      "cease",
      "fuel",
      "air",
    ]);
  });

  it("always scans patterns it cannot read (a group or a short word first, case-sensitive, Unicode)", () => {
    expect(requiredWordStarts(/\b(?:military|naval) bases?\b/i)).toBeNull();
    expect(requiredWordStarts(/\bU\.?N\.? resolutions?\b/i)).toBeNull();
    expect(requiredWordStarts(/\bsanctions\b/)).toBeNull();
    expect(requiredWordStarts(/\bsanctions\b/iu)).toBeNull();
  });

  it("finds a word start by binary search over the text's words", () => {
    const words = textWords("The CEASEFIRE held; air-strikes resumed near Port_Vila.");
    expect(startsSomeWord(words, ["cease"])).toBe(true);
    expect(startsSomeWord(words, ["strike"])).toBe(true);
    expect(startsSomeWord(words, ["truce", "armistice"])).toBe(false);
  });

  it("never rules out a rule that matches an article or a sentence written for this test", () => {
    const texts = [
      ...listArticles().map((f) => loadArticle(f).body),
      "Nonproliferation talks, non-proliferation talks and de-escalation; a postwar truce; the chargé d'affaires.",
    ];
    const missed: string[] = [];
    for (const text of texts) {
      const words = textWords(text);
      for (const { rule, starts } of filterable)
        if (rule.pattern.test(text) && !startsSomeWord(words, starts)) missed.push(`${rule.slug}: ${rule.pattern.source}`);
    }
    expect(missed).toEqual([]);
  });

  it("can skip most rules (the prefilter is not vacuous)", () => {
    expect(filterable.length).toBeGreaterThan(TOPIC_RULES.length / 2);
  });
});
