// Unit tests for people named without a title (rule people.known-name, src/extraction/people/known-names.ts) and for
// the state of a dictionary officeholder met outside their terms (rule people.known-officeholder-state). All sentences are written
// for these tests.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { compileOfficeholders, lookupSurname } from "../../src/extraction/people/officeholders.js";
import { context, withRulesOff } from "./helpers.js";

const run = (body: string, publishedAt = "2023-06-02") =>
  extractArticle({ title: "Test", body, publishedAt: new Date(publishedAt), language: "en" }, context());
const names = (body: string, publishedAt?: string) => run(body, publishedAt).people.map((p) => p.name);
const withRuleOff = <T>(family: string, f: () => T): T => withRulesOff([family], f);

describe("rule people.known-name", () => {
  it("makes a full name of the officeholder dictionary a person without a title or a speech verb", () => {
    const body = "The signing went ahead despite Joe Biden staying in Washington for budget negotiations.";
    const biden = run(body).people.find((p) => p.name === "Joe Biden");
    expect(biden?.stateCode).toBe("US");
    expect(withRuleOff("people.known-name", () => names(body))).not.toContain("Joe Biden");
  });

  it("covers a possessive mention, and never a bare surname", () => {
    expect(names("Lawmakers in the chamber quoted Rishi Sunak's remarks on the budget.")).toContain("Rishi Sunak");
    expect(names("Lawmakers in the chamber quoted Sunak's remarks on the budget.")).toEqual([]);
  });
});

describe("rule people.known-officeholder-state", () => {
  const body = "Rishi Sunak said the new trade rules would help exporters in the north.";

  it("gives a dictionary name its state at a date no term covers, without the office", () => {
    const p = run(body, "2019-03-04").people.find((x) => x.name === "Rishi Sunak");
    expect(p?.stateCode).toBe("GB");
    expect(p?.role).toBeNull();
    const off = withRuleOff("people.known-officeholder-state", () =>
      run(body, "2019-03-04").people.find((x) => x.name === "Rishi Sunak"),
    );
    expect(off?.stateCode).toBeNull();
  });

  it("leaves a name of international terms only without a state", () => {
    const p = run("António Guterres said the appeal was underfunded.", "2012-01-10").people.find((x) =>
      x.name.includes("Guterres"),
    );
    expect(p?.stateCode).toBeNull();
  });
});

describe("rule people.portfolio-chain", () => {
  const person = (body: string, name: string) => run(body).people.find((p) => p.name === name);

  it("gives a title's portfolio of several words joined by 'and' to the title, and the state before it", () => {
    const body = "Hungarian Deputy Premier for Energy and Mining Ilse Varga said the pipeline would open in May.";
    const p = person(body, "Ilse Varga");
    expect(p?.stateCode).toBe("HU");
    expect(p?.role).toBe("Deputy Premier for Energy and Mining");
    expect(withRuleOff("people.portfolio-chain", () => person(body, "Ilse Varga")?.stateCode ?? null)).toBeNull();
  });

  it("keeps the last three words of a long run as the name", () => {
    const body = "Chilean Minister of Transport and Public Works Tomas Ruiz Vidal said the port deal was fair.";
    expect(names(body)).toContain("Tomas Ruiz Vidal");
    expect(names(body)).not.toContain("Public Works Tomas Ruiz Vidal");
  });

  it("takes a short run after the chain for the portfolio alone", () => {
    const body = "The Minister of Fisheries and Ocean Affairs said the quota talks with Norway would resume.";
    expect(names(body)).not.toContain("Ocean Affairs");
  });
});

describe("rule people.known-surname", () => {
  const person = (body: string, name: string, publishedAt = "2024-03-05") =>
    run(body, publishedAt).people.find((p) => p.name === name);

  it("makes a speaking surname of one officeholder at the date a person of their state", () => {
    const body = "Ukraine's air force reported dozens of drones overnight. Zelenskyy said Russia wanted to break the grid.";
    const p = person(body, "Zelenskyy");
    expect(p?.stateCode).toBe("UA");
    expect(p?.role).toBe("President");
    expect(withRuleOff("people.known-surname", () => person(body, "Zelenskyy"))).toBeUndefined();
  });

  it("accepts a surname introduced by its own state, and not by another one", () => {
    expect(person("Russia's Lavrov said Moscow would answer any new deployment in Europe.", "Lavrov")?.stateCode).toBe("RU");
    expect(person("Chile's Lavrov said Santiago would answer Russia's new deployment.", "Lavrov")).toBeUndefined();
  });

  it("fills the state of a surname with a courtesy title", () => {
    const body = "Ottawa hosted the meeting. Mr Trudeau's aides said Canada would press for a joint text.";
    expect(person(body, "Trudeau", "2018-06-10")?.stateCode).toBe("CA");
  });

  it("needs the officeholder's state in the article and a date inside a term", () => {
    const noState = "Erdogan said the talks on grain exports would continue next week in Istanbul.";
    expect(person(noState, "Erdogan")).toBeUndefined();
    const body = "Ukraine's air force reported dozens of drones overnight. Zelenskyy said Russia wanted to break the grid.";
    expect(person(body, "Zelenskyy", "2016-03-05")).toBeUndefined();
  });

  it("answers for a surname only when one person holds the covering terms", () => {
    const index = compileOfficeholders([
      { names: ["Ana Ferro"], state: "PT", role: "Foreign Minister", from: "2016-01", to: "2020-12" },
      { names: ["Rui Ferro"], state: "BR", role: "Defence Minister", from: "2019-01", to: "2022-12" },
    ]);
    expect(lookupSurname(index, "Ferro", new Date("2017-06-01"))).toEqual({ state: "PT", role: "Foreign Minister" });
    expect(lookupSurname(index, "Ferro", new Date("2020-06-01"))).toBeNull();
    expect(lookupSurname(index, "Ferro", null)).toBeNull();
  });
});
