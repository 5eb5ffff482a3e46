// A story's dateline and ministries' portfolios (rules speaker.dateline-state, states.dateline-after-headline,
// people.portfolio-name). Sentences written for these tests only.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context, spokenStatements, withRulesOff } from "./helpers.js";

const withRuleOff = <T>(family: string, f: () => T): T => withRulesOff([family], f);

const people = (body: string) => extractArticle(article(body), context()).people.map((p) => p.name);

describe("rule speaker.dateline-state", () => {
  const body = "RABAT - The fishing claims made by Tunisia are baseless, the foreign ministry said on Sunday.";

  it("gives a body named without its state the state of the dateline when no state has spoken yet", () => {
    expect(spokenStatements(body)).toEqual([expect.objectContaining({ speaker: null, state: "MA" })]);
    expect(withRuleOff("speaker.dateline-state", () => spokenStatements(body))).toEqual([]);
  });

  it("leaves the body to the state that spoke before it", () => {
    const later = "RABAT - Spain rejected the fishing claims made by Tunisia. The claims were baseless, the ministry said.";
    expect(spokenStatements(later).map((s) => s.state)).toEqual(["ES", "ES"]);
  });
});

describe("rule states.dateline-after-headline", () => {
  const body =
    "Fishing row in the Mediterranean deepens\nUpdated 10:42 GMT\n\nRABAT - The fishing claims made by Tunisia are baseless, the foreign ministry said on Sunday.";

  it("reads the dateline of the story's first paragraph after a headline and a time stamp", () => {
    expect(spokenStatements(body).map((s) => s.state)).toEqual(["MA"]);
    expect(withRuleOff("states.dateline-after-headline", () => spokenStatements(body))).toEqual([]);
  });
});

describe("rule people.portfolio-name", () => {
  it("does not take the rest of a ministry's or a minister's portfolio for a person", () => {
    const ministry =
      "The claims are false, the ministry of Foreign Affairs and Overseas Community said, and Minister of Trade, International Cooperation and Worship, Ana Lima Sousa, agreed.";
    expect(people(ministry)).not.toContain("Overseas Community");
    expect(people(ministry)).not.toContain("International Cooperation");
    expect(withRuleOff("people.portfolio-name", () => people(ministry))).toContain("Overseas Community");
  });
});
