// Statements are found in text order (direct quotes interleaved with reported speech), so a quote's "he said" or a
// quote without attribution refers to whoever spoke just before it. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context } from "./helpers.js";

function run(body: string) {
  const result = extractArticle(article(body), context());
  const byKey = new Map(result.people.map((p) => [p.key, p.name]));
  return result.statements.map((s) => ({
    kind: s.kind,
    text: s.text,
    speaker: s.speakerKey ? (byKey.get(s.speakerKey) ?? null) : null,
    state: s.speakerStateCode,
  }));
}

describe("statements in text order", () => {
  it("gives a quote's pronoun the speaker of the reported statements just before it", () => {
    const statements = run(
      "Norwegian Foreign Minister Anna Berg landed in Stockholm on Monday. Her plane was delayed by fog. The talks began " +
        "late. The minister said Norway wanted closer ties with Sweden. She said the border talks were going well.\n\n" +
        "“We respect our neighbours. We will keep talking until we agree,” she said on Tuesday.",
    );
    const quote = statements.find((s) => s.text.startsWith("“We respect"));
    expect(quote).toMatchObject({ kind: "DIRECT_QUOTE", speaker: "Anna Berg", state: "NO" });
    expect(statements.filter((s) => s.text.includes("We will keep talking"))).toHaveLength(1);
  });

  it("takes a speaker named late in the quote's own sentence over the previous speaker", () => {
    const statements = run(
      "Japan said on Monday it would hold talks with Seoul next week.\n\n" +
        "“The drills threaten the whole region,” Lee Min-ho, a spokesman for South Korea's defence ministry, told reporters.",
    );
    expect(statements.find((s) => s.kind === "DIRECT_QUOTE")).toMatchObject({ speaker: "Lee Min-ho", state: "KR" });
    expect(statements.some((s) => s.text.startsWith("Lee Min-ho"))).toBe(false);
  });

  it("never reads a verb joined by 'and' after a quote as the quote's attribution", () => {
    const statements = run(
      "Seoul's foreign ministry said on Friday it had summoned the envoy. The spokesperson said, “We will keep our " +
        "channels open,” and warned that any new launch would meet a firm response from North Korea's neighbours.",
    );
    expect(statements.find((s) => s.kind === "DIRECT_QUOTE")).toMatchObject({ state: "KR" });
    expect(statements.some((s) => s.text === "The spokesperson said,")).toBe(false);
  });
});

describe("statement boundaries", () => {
  it("keeps a quote with an attribution of its own apart from the quote before it", () => {
    const statements = run(
      "Austrian Foreign Minister Eva Lind met her Czech counterpart in Vienna.\n\n“We back the border talks,” she said. " +
        "“Both sides must keep going until the dispute with the Czech Republic is settled,” she added.",
    );
    expect(statements.map((s) => [s.kind, s.speaker])).toEqual([
      ["DIRECT_QUOTE", "Eva Lind"],
      ["DIRECT_QUOTE", "Eva Lind"],
    ]);
  });

  it("continues a quote in a paragraph that is only a quote, right after the attribution (rule quotes.paragraph-resume)", () => {
    const body =
      "“We will not accept the new quotas,” the Norwegian fisheries ministry said in a statement.\n\n" +
      "“Norway expects Iceland to return to the table before the season opens.”\n\nIceland has not replied.";
    const statements = run(body);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ kind: "DIRECT_QUOTE", state: "NO" });
    expect(statements[0]?.text.endsWith("before the season opens.”")).toBe(true);
    const own = run(body.replace("season opens.”", "season opens,” the ministry added."));
    expect(own).toHaveLength(2);
  });

  it("ends the source of 'according to' at its comma: a state after it is no speaker", () => {
    const statements = run(
      "According to the announcement, officials from Oman and Yemen met in Muscat on Monday. According to Oman's " +
        "foreign ministry, the talks will resume in May.",
    );
    expect(statements.map((s) => [s.state, s.text.slice(0, 30)])).toEqual([["OM", "According to Oman's foreign mi"]]);
  });

  it("finds no statement in a sentence telling where remarks were made (rule statements.occasion)", () => {
    const statements = run(
      "Thai Foreign Minister Somchai Dee said the talks with Laos were useful. Somchai made the remarks in a meeting " +
        "with the Lao foreign minister in Bangkok, according to a statement from the Thai Foreign Ministry.",
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.text.startsWith("Thai Foreign Minister Somchai Dee said")).toBe(true);
  });
});
