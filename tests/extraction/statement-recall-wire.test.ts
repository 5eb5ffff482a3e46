// Unit tests for the statement-finding rules written for the wire patterns of the real dev set (guide §1: each
// reporting predicate is its own statement). Sentences written for these tests; they appear in no evaluation article.
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
const texts = (body: string) => statements(body).map((s) => s.text);

afterEach(() => setDisabledFamilies([]));

describe("rule quotes.added-quote", () => {
  const full =
    '"We cannot accept this. It is not our aim," Latvian Foreign Minister Janis Ozols said, adding, "Our view of the ' +
    'levies is known: we find them unlawful."';
  const partial =
    'The levies "damage trade between our nations; they also harm talks," the Latvian Foreign Ministry said, adding, ' +
    '"Riga will of course respond in kind."';

  it("makes the quote after ', adding,' a statement of its own, by the same speaker", () => {
    expect(statements(full)).toEqual([
      { text: '"We cannot accept this. It is not our aim,"', speaker: "Janis Ozols", state: "LV" },
      { text: '"Our view of the levies is known: we find them unlawful."', speaker: "Janis Ozols", state: "LV" },
    ]);
  });

  it("after a partial quote, keeps the partial quote's sentence and gives the added quote its speaker", () => {
    expect(statements(partial)).toEqual([
      {
        text: 'The levies "damage trade between our nations; they also harm talks," the Latvian Foreign Ministry said, adding,',
        speaker: null,
        state: "LV",
      },
      { text: '"Riga will of course respond in kind."', speaker: null, state: "LV" },
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["quotes.added-quote"]);
    expect(texts(full)).toHaveLength(1);
    expect(texts(partial)).toEqual(['"Riga will of course respond in kind."']);
  });
});
