// Unit tests for the statement-finding rules written for the wire patterns of the real dev set (guide §1: each
// reporting predicate is its own statement). Sentences written for these tests; they appear in no evaluation article.
import { afterEach, describe, expect, it } from "vitest";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { spokenStatements } from "./helpers.js";

const statements = spokenStatements;
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

describe("rules speech.frame.brief-on and speech.frame.raise", () => {
  const body =
    "Latvian Foreign Minister Janis Ozols briefed Estonian officials on the ferry inquiry and raised other fishing " +
    "issues that Estonia must settle.";

  it("reads 'briefed X on' and 'raised … issues' as two acts of the same speaker", () => {
    expect(statements(body)).toEqual([
      {
        text: "Latvian Foreign Minister Janis Ozols briefed Estonian officials on the ferry inquiry",
        speaker: "Janis Ozols",
        state: "LV",
      },
      { text: "and raised other fishing issues that Estonia must settle.", speaker: "Janis Ozols", state: "LV" },
    ]);
  });

  it("reads 'raised \"grave concern\"' as speech, not 'was briefed on'", () => {
    const concern = 'The Latvian Foreign Ministry had raised "grave concern" over the new Estonian fence along the border.';
    expect(statements(concern)).toEqual([{ text: concern, speaker: null, state: "LV" }]);
    expect(texts("The Estonian minister was briefed on the inquiry by Latvian officials.")).toEqual([]);
  });

  it("are rules that can be switched off", () => {
    setDisabledFamilies(["speech.frame"]);
    expect(texts(body)).toEqual([]);
    expect(texts('The Latvian Foreign Ministry had raised "grave concern" over the new Estonian fence.')).toEqual([]);
  });
});

describe("rule speech.expressed.attitude-words", () => {
  const keenness =
    "Latvian Foreign Minister Janis Ozols praised the ferry accord and expressed his country’s keenness to widen it " +
    "to freight.";
  const extreme = 'The Latvian Foreign Ministry expressed the Latvian government’s "extreme concern" over Estonian naval drills.';

  it("reads 'expressed' before a wish or a quoted intensifier as a speech act", () => {
    expect(texts(keenness)).toEqual([
      "Latvian Foreign Minister Janis Ozols praised the ferry accord",
      "and expressed his country’s keenness to widen it to freight.",
    ]);
    expect(statements(extreme)).toEqual([{ text: extreme, speaker: null, state: "LV" }]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.expressed"]);
    expect(texts(keenness)).toEqual([keenness]);
    expect(texts(extreme)).toEqual([]);
  });
});

describe("rule cue.participle-forms", () => {
  const acknowledging =
    "Latvian Foreign Minister Janis Ozols met Estonian Foreign Minister Kaja Tamm in Riga on Monday, acknowledging " +
    "the growing trade between the two countries.";
  const suggesting =
    "In closing, Latvian Foreign Minister Janis Ozols spoke about the ferry accord, suggesting that it could serve as a " +
    "model for the Baltic region.";

  it("reads the -ing form of a listed speech verb as a cue after a comma", () => {
    expect(statements(acknowledging)).toEqual([{ text: acknowledging, speaker: "Janis Ozols", state: "LV" }]);
    expect(statements(suggesting)).toEqual([{ text: suggesting, speaker: "Janis Ozols", state: "LV" }]);
  });

  it("not after a common noun, which the participle describes", () => {
    expect(texts("Latvia later passed a law declaring the island a Latvian district.")).toEqual([]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["cue.participle-forms"]);
    expect(texts(acknowledging)).toEqual([]);
    expect(texts(suggesting)).toEqual([]);
  });
});

describe("rule speech.coordinated.shared-subject (and 'called such …' as a cue)", () => {
  const afterQuote =
    'The spokesperson of the Latvian Foreign Ministry said, "Latvia will remain calm," and warned that any Estonian ' +
    "provocation would meet a firm answer.";
  const afterOtherVerb =
    "The Latvian foreign minister measured the new fishing quotas against the old ones, and called such quotas " +
    "invalid and void.";

  it("gives a verb joined by 'and' the subject of the sentence's first verb; 'called such …' is a cue", () => {
    expect(statements(afterQuote)).toEqual([
      { text: '"Latvia will remain calm,"', speaker: null, state: "LV" },
      { text: "and warned that any Estonian provocation would meet a firm answer.", speaker: null, state: "LV" },
    ]);
    expect(statements(afterOtherVerb)).toEqual([{ text: afterOtherVerb, speaker: null, state: "LV" }]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.coordinated"]);
    expect(texts(afterQuote)).toEqual(['"Latvia will remain calm,"']);
  });
});
