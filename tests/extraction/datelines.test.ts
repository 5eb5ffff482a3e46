// Datelines (datelines.ts, rule sentences.dateline-forms). Sentences written for these tests only.
import { describe, expect, it } from "vitest";
import { datelineAt } from "../../src/extraction/datelines.js";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context, withRulesOff } from "./helpers.js";

const withFormsOff = <T>(f: () => T): T => withRulesOff(["sentences.dateline-forms"], f);

const targets = (body: string) => extractArticle(article(body), context()).statements.map((s) => s.targetCodes);

describe("datelines", () => {
  it("recognises the forms outlets write, up to the first word of the story", () => {
    const cases: [string, string, string][] = [
      ["OSLO, March 4 (Wire) - Norway said", "Norway said", "OSLO"],
      ["VIENNA, Austria — The ministry said", "The ministry said", "Austria"],
      ["BUSAN, South Korea, Nov. 2 - Officials said", "Officials said", "South Korea"],
      ["LISBON, February 20. /Agency/. The minister said", "The minister said", "LISBON"],
      ["TASHKENT, April 9, 2019, Daily-News – In a statement", "In a statement", "TASHKENT"],
      ["Yerevan, Armenia, May 6  Courier:  The envoy said", "The envoy said", "Armenia"],
      ["RABAT- The palace said", "The palace said", "RABAT"],
      ["DHAKA, Mar 3 (BSS):Bangladesh said", "Bangladesh said", "DHAKA"],
    ];
    for (const [text, rest, place] of cases) {
      const dateline = datelineAt(text);
      expect(text.slice(dateline?.length ?? 0), text).toBe(rest);
      expect(dateline?.place, text).toBe(place);
    }
  });

  it("does not take the opening words of an ordinary sentence for one", () => {
    for (const text of [
      "Chile, Peru and Bolivia signed the accord on Monday.",
      "Lima, Quito and Bogota agreed to meet again.",
      "Spain - the host - opened the summit.",
      "Canada said on Friday - in a late statement - that it would respond.",
      "Japan said:Tokyo would respond.",
    ])
      expect(datelineAt(text), text).toBeNull();
  });

  it("keeps a state named only in the dateline out of the targets (rule off: the older forms only)", () => {
    const body = "LISBON, February 20. /Agency/. Spain accused Morocco of blocking the fishing talks.";
    expect(targets(body)).toEqual([["MA"]]);
    const withCountry = "VIENNA, Austria — Hungary criticised Slovakia over the dam project.";
    expect(targets(withCountry)).toEqual([["SK"]]);
    expect(withFormsOff(() => targets(withCountry))[0]).toContain("AT");
  });
});
