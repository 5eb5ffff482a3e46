// Unit tests for the statement rules of h8c (issue 8): cue.verb-before-that, speech.frame.recall-that,
// speech.frame.hint (src/extraction/statements/cues.ts, speech-frames.ts), speech.coordinated.after-quote,
// speech.coordinated.causative, speech.impersonal-passive, speech.embedded-verb, speech.closing-attribution
// (reported-speech.ts) and speaker.excellency-pronoun (subject-left.ts). Sentences written for these tests; they
// appear in no evaluation article.
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

describe("rule cue.verb-before-that", () => {
  const body =
    "The Estonian side expresses its deep concern about the incident at the border and states that the use of force " +
    "is not the way to solve the problems.";

  it("reads a word in -s before 'that' as a speech verb, a second statement of the same speaker", () => {
    expect(statements(body)).toContainEqual({
      text: "and states that the use of force is not the way to solve the problems.",
      speaker: null,
      state: "EE",
    });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["cue.verb-before-that"]);
    expect(texts(body)).toHaveLength(1);
  });
});

describe("rules speech.frame.recall-that and speech.frame.hint", () => {
  it("reads 'recalls that' as speech, but not 'recalls its ambassador'", () => {
    const body =
      "The Latvian government denounces the raid on its border post and recalls that Latvia's patience is not unlimited.";
    expect(texts(body)).toContain("and recalls that Latvia's patience is not unlimited.");
    expect(texts("Latvia recalls its ambassador to Minsk.")).toEqual([]);
  });

  it("reads 'hinted that' as speech", () => {
    const body =
      "Latvia first blamed Estonia for the clash, but an adviser to the Latvian president hinted that a third country " +
      "could be responsible.";
    expect(statements(body).at(-1)).toMatchObject({ state: "LV" });
    expect(statements(body).at(-1)?.text).toMatch(/^but an adviser .* hinted that/);
    setDisabledFamilies(["speech.frame"]);
    expect(texts(body)).toHaveLength(1);
  });
});

describe("rule speech.coordinated.after-quote", () => {
  const before =
    'The spokesperson of Norway\'s foreign ministry said, "Norway will act responsibly," and warned that any attack will meet a response.';
  const after =
    '"Norway will act responsibly," the Norwegian foreign ministry said, and warned that any attack will meet a response.';

  it("gives a verb joined by 'and' after a direct quote to the quote's speaker, from the 'and' on", () => {
    for (const body of [before, after])
      expect(statements(body)).toContainEqual({
        text: "and warned that any attack will meet a response.",
        speaker: null,
        state: "NO",
      });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.coordinated"]);
    expect(texts(after)).toHaveLength(1);
  });
});

describe("rule speech.coordinated.causative", () => {
  const body =
    'In a report last month, UN experts said the rebels recruited fighters in Chad, prompting Paris to say it was "deeply concerned".';

  it("makes the object of 'prompting X to say' the speaker of a statement of its own", () => {
    expect(statements(body)).toEqual([
      { text: "In a report last month, UN experts said the rebels recruited fighters in Chad", speaker: null, state: null },
      { text: 'prompting Paris to say it was "deeply concerned".', speaker: null, state: "FR" },
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.coordinated"]);
    expect(texts(body)).toHaveLength(1);
  });
});

describe("rule speech.impersonal-passive", () => {
  const body =
    'The German Foreign Ministry said Serbia must withdraw its troops. At the same time, it is stressed that Berlin is in "close contact" with Belgrade.';

  it("gives 'it is stressed that …' to the last speaker", () => {
    expect(statements(body).at(-1)).toEqual({
      text: 'At the same time, it is stressed that Berlin is in "close contact" with Belgrade.',
      speaker: null,
      state: "DE",
    });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.impersonal-passive"]);
    expect(texts(body)).toHaveLength(1);
  });
});

describe("rule speaker.excellency-pronoun", () => {
  const body =
    "Fisheries Minister Tomas Berg visited the harbour on Monday. His Excellency stressed that the Norwegian people " +
    "will not forget the help of Iceland. For his part, HE the Ambassador of Iceland to Norway said that the boats were a gift.";

  it("reads 'His Excellency' as 'he', and 'HE the Ambassador' as a title, not a pronoun", () => {
    const found = statements(body);
    expect(found[0]).toMatchObject({ speaker: "Tomas Berg" });
    expect(found[1]?.speaker).not.toBe("Tomas Berg");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speaker.excellency-pronoun"]);
    const found = statements(body);
    expect(found.some((s) => s.text.startsWith("His Excellency"))).toBe(false);
    expect(found.at(-1)?.speaker).toBe("Tomas Berg");
  });
});

describe("rule speech.embedded-verb", () => {
  const body =
    "In Ottawa, foreign ministry spokesperson Anne Roy said Canada condemned the raid and urged Chile to return to talks.";

  it("keeps an 'and' that joins the reported clause's own verb inside the statement", () => {
    expect(texts(body)).toEqual([body]);
  });

  it("still splits after a verb of the speaker's own aside ('what it called')", () => {
    const aside = "The Canadian foreign ministry condemned what it called a reckless raid and urged Chile to return to talks.";
    expect(texts(aside)).toEqual([
      "The Canadian foreign ministry condemned what it called a reckless raid",
      "and urged Chile to return to talks.",
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.embedded-verb"]);
    expect(texts(body)).toHaveLength(2);
  });
});

describe("rule speech.closing-attribution", () => {
  const body =
    "Foreign Minister Ana Duarte of Portugal met the Spanish envoy on Monday. " +
    "Portugal welcomes and applauds the steps Spain has taken, and is ready to help both sides, Duarte added.";

  it("reads a closing ', X added.' first: the earlier verbs are X's words", () => {
    expect(statements(body).at(-1)).toMatchObject({ speaker: "Ana Duarte" });
  });

  it("leaves a named person's own act to that person", () => {
    const own =
      "Prime Minister Rui Lemos has called on Spain to respect the fishing deal, government spokeswoman Ana Duarte said.";
    expect(statements(own)[0]).toMatchObject({ speaker: "Rui Lemos" });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.closing-attribution"]);
    expect(statements(body).at(-1)?.speaker).toBeNull();
  });
});

describe("lexicon: the participles 'refuting' and 'dismissing' report a rejection", () => {
  it("reads 'issued a statement refuting …' as a statement", () => {
    const body =
      "Chile's foreign ministry on Monday issued a statement refuting comments attributed to its minister by Peruvian media.";
    expect(statements(body)).toEqual([{ text: body, speaker: null, state: "CL" }]);
  });
});
