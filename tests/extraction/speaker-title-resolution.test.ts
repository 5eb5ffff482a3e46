// Unit tests for rules speaker.compound-title, speaker.pronoun-new-subject (src/extraction/statements/subject-left.ts)
// and speaker.title-subject (src/extraction/people/recent-people.ts): which person named before "the prime minister
// said", "the president said" or "he said" is meant. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { spokenStatements, withRulesOff } from "./helpers.js";

/** The speaker and speaker state of the body's last statement. */
const last = (body: string) => {
  const s = spokenStatements(body).at(-1);
  return { name: s?.speaker ?? null, state: s?.state ?? null };
};

describe("a compound title (rule speaker.compound-title)", () => {
  const BODY =
    "Saudi Interior Minister Prince Khalid bin Rashid received Pakistani Prime Minister Farid Ahmad in Riyadh. " +
    "The prime minister thanked the kingdom for its support to Pakistan's economy.";

  it("'the prime minister' is the prime minister named before, not the last minister of any portfolio", () => {
    expect(last(BODY)).toEqual({ name: "Farid Ahmad", state: "PK" });
  });

  it("without the rule, is any minister named before (here the subject who received him)", () => {
    expect(withRulesOff(["speaker.compound-title"], () => last(BODY))).toEqual({ name: "Khalid bin Rashid", state: "SA" });
  });
});

describe("a title two people share (rule speaker.title-subject)", () => {
  const BODY =
    "Turkish President Selim Aydin spoke to reporters after a meeting with Nigerian President Musa Bello in Abuja. " +
    "The president said trade between the two countries should double within five years.";

  it("is the subject of the sentence that named them, not the person named after it", () => {
    expect(last(BODY)).toEqual({ name: "Selim Aydin", state: "TR" });
  });

  it("is not a person in a phrase fronted before the subject", () => {
    const fronted =
      "In a call with Nigerian President Musa Bello, Turkish President Selim Aydin discussed trade. " +
      "The president said trade between the two countries should double within five years.";
    expect(last(fronted)).toEqual({ name: "Selim Aydin", state: "TR" });
  });

  it("without the rule, is the last person named with the title", () => {
    expect(withRulesOff(["speaker.title-subject"], () => last(BODY))).toEqual({ name: "Musa Bello", state: "NG" });
  });
});

describe("a pronoun after a new subject (rule speaker.pronoun-new-subject)", () => {
  const BODY =
    "Venezuelan President Luis Mora said on Monday that the disputed region belonged to Venezuela. " +
    "Guyanese President Anil Persaud went on national television on Tuesday night. " +
    "He said he would write to the UN Security Council.";

  it("is the person the sentence in between opens with, not the speaker before it", () => {
    expect(last(BODY)).toEqual({ name: "Anil Persaud", state: "GY" });
  });

  it("without the rule, is the last speaker", () => {
    expect(withRulesOff(["speaker.pronoun-new-subject"], () => last(BODY))).toEqual({ name: "Luis Mora", state: "VE" });
  });
});
