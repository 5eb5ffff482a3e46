// "According to him/her", "according to the ministry" (rule speaker.according-anaphor). Sentences written for these
// tests only.
import { describe, expect, it } from "vitest";
import { spokenStatements, withRulesOff } from "./helpers.js";

const withRuleOff = <T>(f: () => T): T => withRulesOff(["speaker.according-anaphor"], f);

describe("rule speaker.according-anaphor", () => {
  const lead = "Foreign Minister Ana Lima of Portugal criticised Spain on Monday.";

  it("attributes 'according to her' to the person who spoke last, before or after the claim", () => {
    for (const body of [
      `${lead} According to her, the new fishing rules are unacceptable for Portugal.`,
      `${lead} The new fishing rules are unacceptable for Portugal, according to her.`,
    ]) {
      expect(spokenStatements(body).map((s) => [s.speaker, s.state])).toEqual([
        ["Ana Lima", "PT"],
        ["Ana Lima", "PT"],
      ]);
      expect(withRuleOff(() => spokenStatements(body))).toHaveLength(1);
    }
  });

  it("attributes 'according to the ministry' to the last state that spoke", () => {
    const body = "Portugal criticised Spain on Monday. According to the ministry, the new fishing rules are unacceptable.";
    expect(spokenStatements(body).map((s) => [s.speaker, s.state])).toEqual([
      [null, "PT"],
      [null, "PT"],
    ]);
  });

  it("leaves a possessive ('according to her ministry') alone", () => {
    expect(spokenStatements(`${lead} According to her ministry, the rules are unacceptable.`)).toHaveLength(1);
  });
});
