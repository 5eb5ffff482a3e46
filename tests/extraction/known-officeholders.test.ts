// Unit tests for rule people.known-officeholder (src/extraction/people/officeholders.ts): the dictionary of well-known
// officeholders fills a person's missing state and office. All sentences are written for these tests.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { compileOfficeholders, lookupOfficeholder, officeholderKey } from "../../src/extraction/people/officeholders.js";
import { loadGazetteer, officeholderIndex } from "../../src/extraction/context.js";
import { buildOfficeholderRecords } from "../../src/reference/officeholder-records.js";
import { context } from "./helpers.js";

const run = (body: string, publishedAt: string) =>
  extractArticle({ title: "Test", body, publishedAt: new Date(publishedAt), language: "en" }, context());
const person = (body: string, publishedAt: string, name: string) =>
  run(body, publishedAt).people.find((p) => p.name.includes(name));

describe("the officeholder records", () => {
  it("use known state codes and well-formed, ordered terms", () => {
    const codes = new Set(loadGazetteer().map((s) => s.code));
    const month = /^\d{4}-(?:0[1-9]|1[0-2])$/;
    for (const r of buildOfficeholderRecords()) {
      if (r.state !== null) expect(codes.has(r.state), r.names[0]).toBe(true);
      expect(r.from).toMatch(month);
      if (r.to !== null) {
        expect(r.to).toMatch(month);
        expect(r.to >= r.from, r.names[0]).toBe(true);
      }
    }
  });
});

describe("lookupOfficeholder", () => {
  const index = compileOfficeholders([
    { names: ["Anna Example", "Anna Exampel"], state: "FI", role: "Foreign Minister", from: "2016-03", to: "2019-06" },
    { names: ["Anna Example"], state: "FI", role: "Prime Minister", from: "2019-06", to: null },
    { names: ["Pat Sample"], state: "SE", role: "Defence Minister", from: "2015-01", to: "2018-12" },
    { names: ["Pat Sample"], state: null, role: "NATO Secretary-General", from: "2019-01", to: null },
  ]);

  it("respects the term dates", () => {
    expect(lookupOfficeholder(index, "Anna Example", new Date("2017-05-02"))).toEqual({ state: "FI", role: "Foreign Minister" });
    expect(lookupOfficeholder(index, "Anna Example", new Date("2021-05-02"))).toEqual({ state: "FI", role: "Prime Minister" });
    expect(lookupOfficeholder(index, "Anna Example", new Date("2015-05-02"))).toBeNull();
    expect(lookupOfficeholder(index, "Pat Sample", new Date("2020-01-10"))).toEqual({
      state: null,
      role: "NATO Secretary-General",
    });
  });

  it("a month shared by two terms gives the state but no single office", () => {
    expect(lookupOfficeholder(index, "Anna Example", new Date("2019-06-15"))).toEqual({ state: "FI", role: null });
  });

  it("without a date, answers only for names of one state", () => {
    expect(lookupOfficeholder(index, "Anna Example", null)).toEqual({ state: "FI", role: null });
    expect(lookupOfficeholder(index, "Pat Sample", null)).toBeNull();
    expect(lookupOfficeholder(index, "Anna Example", new Date("not a date"))).toEqual({ state: "FI", role: null });
  });

  it("matches name variants, hyphens, accents and folded letters", () => {
    expect(lookupOfficeholder(index, "Anna Exampel", new Date("2017-01-01"))?.state).toBe("FI");
    expect(lookupOfficeholder(index, "ANNA EXÁMPLE", new Date("2017-01-01"))?.state).toBe("FI");
    expect(officeholderKey("Binali Yıldırım")).toBe("binali yildirim");
    expect(officeholderKey("Radosław Sikorski")).toBe("radoslaw sikorski");
    expect(officeholderKey("Kim Jong-un")).toBe(officeholderKey("Kim Jong Un"));
  });

  it("does not match a bare surname", () => {
    expect(lookupOfficeholder(index, "Example", new Date("2017-01-01"))).toBeNull();
    expect(lookupOfficeholder(officeholderIndex(), "Lavrov", new Date("2024-01-01"))).toBeNull();
  });
});

describe("rule people.known-officeholder in the pipeline", () => {
  it("gives a leader named without a title or state their state and office", () => {
    const body = "Kim Jong-un said the test had strengthened the country's deterrent and would be repeated.";
    const p = person(body, "2023-04-14", "Kim");
    expect(p?.stateCode).toBe("KP");
    expect(p?.role).toBe("leader");
    expect(run(body, "2023-04-14").statements[0]?.speakerStateCode).toBe("KP");
  });

  it("a bare surname after the full name is the same person", () => {
    const body = "Sergei Lavrov said on Tuesday that talks remained possible. Lavrov added that the proposals would be studied.";
    const statements = run(body, "2024-02-06").statements;
    expect(statements.map((s) => s.speakerStateCode)).toEqual(["RU", "RU"]);
  });

  it("respects the term: an office held earlier is not given", () => {
    const body = "Boris Johnson said the agreement was a good one for both sides and should be signed.";
    expect(person(body, "2017-03-01", "Johnson")?.role).toBe("Foreign Secretary");
    expect(person(body, "2020-03-01", "Johnson")?.role).toBe("Prime Minister");
    // After his last term the dictionary gives no office, only the state of all his terms (people.known-officeholder-state).
    expect(person(body, "2024-03-01", "Johnson")?.role ?? null).toBeNull();
    expect(person(body, "2024-03-01", "Johnson")?.stateCode).toBe("GB");
  });

  it("the text wins over the dictionary", () => {
    const body = "The Canadian envoy Sergei Lavrov said the two sides would meet again next month.";
    expect(person(body, "2024-02-06", "Lavrov")?.stateCode).toBe("CA");
    const titled = "Deputy Foreign Minister Donald Trump said the talks had been useful.";
    expect(person(titled, "2025-06-01", "Trump")?.role).toBe("Deputy Foreign Minister");
  });

  it("an international official gets the office, and no state from the article", () => {
    const body = "MOSCOW, March 3 - Antonio Guterres said the attacks on civilians had to stop and called for a ceasefire.";
    const p = person(body, "2023-03-03", "Guterres");
    expect(p?.role).toBe("UN Secretary-General");
    expect(p?.stateCode ?? null).toBeNull();
  });
});
