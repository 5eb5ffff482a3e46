// Unit tests for rule cue.intro-participle (src/extraction/statements/cues.ts): a participle opening the sentence
// before a comma is not the statement's cue; the main clause's verb and subject are. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const speakerOf = (body: string) => {
  const r = extractArticle(article(body), context());
  const s = r.statements[0];
  return { name: r.people.find((p) => p.key === s?.speakerKey)?.name ?? null, state: s?.speakerStateCode ?? null };
};

describe("rule cue.intro-participle", () => {
  it("gives the statement to the main clause's subject after an opening participle", () => {
    expect(speakerOf("Asked about the fishing dispute, Norwegian Foreign Minister Eva Lunde said Oslo wanted talks.")).toEqual({
      name: "Eva Lunde",
      state: "NO",
    });
    expect(speakerOf("Welcoming the border accord, Chilean President Ana Rojas said Santiago would ratify it soon.")).toEqual({
      name: "Ana Rojas",
      state: "CL",
    });
  });

  it("leaves an opening participle as the cue when no speech verb follows the comma", () => {
    const body = "Warning of new strikes, the Iranian army staged drills near the Gulf on Monday.";
    expect(extractArticle(article(body), context()).statements.length).toBeGreaterThan(0);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["cue.intro-participle"]);
    try {
      expect(
        speakerOf("Asked about the fishing dispute, Norwegian Foreign Minister Eva Lunde said Oslo wanted talks.").name,
      ).toBeNull();
    } finally {
      setDisabledFamilies([]);
    }
  });
});
