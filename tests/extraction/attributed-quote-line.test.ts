// A paragraph "“…,” he said" whose full stop the page lost (rule statements.attributed-quote-line). Sentences
// written for these tests only.
import { describe, expect, it } from "vitest";
import { spokenStatements, withRulesOff } from "./helpers.js";

describe("rule statements.attributed-quote-line", () => {
  const body =
    "Foreign Minister Ana Lima of Portugal spoke on Monday.\n“Portugal condemns the seizure of its trawler by Spain in the strongest terms,” she said\nThe ministry summoned the Spanish ambassador.";

  it("keeps a quoted statement on a line that lost its full stop", () => {
    // The summons after it is a statement of Portugal's too (the minister's state comes from "Ana Lima of Portugal").
    expect(spokenStatements(body)).toEqual([
      expect.objectContaining({
        text: "“Portugal condemns the seizure of its trawler by Spain in the strongest terms,”",
        speaker: "Ana Lima",
      }),
      expect.objectContaining({ text: "The ministry summoned the Spanish ambassador.", state: "PT" }),
    ]);
    const without = withRulesOff(["statements.attributed-quote-line"], () => spokenStatements(body));
    expect(without.map((s) => s.text)).toEqual(["The ministry summoned the Spanish ambassador."]);
  });

  it("still drops a headline that attributes with a dash", () => {
    const headline =
      "Portugal slams Spain over trawler seizure - ministry\nThe ministry summoned the Spanish ambassador on Monday.";
    expect(spokenStatements(headline).map((s) => s.text.slice(0, 8))).not.toContain("Portugal");
  });
});
