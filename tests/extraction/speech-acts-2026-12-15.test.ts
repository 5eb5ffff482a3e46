// Statement-finding rules of extractor 2026.12.15: speech.question.object (src/extraction/statements/reported-speech.ts);
// speech.frame.call-in-envoy, .extend-condolences, .wish and the quoted adjective of speech.frame.lodge-protest
// (src/extraction/statements/speech-frames.ts); cue.ceremonial-welcome (cues.ts). Sentences written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const acts = (body: string) =>
  extractArticle(article(body), context()).statements.map((s) => ({ text: s.text, type: s.type, state: s.speakerStateCode }));

afterEach(() => setDisabledFamilies([]));

describe("rule speech.question.object", () => {
  const body =
    "Peruvian Foreign Minister Luis Castro rejected the claims and questioned the way Chile had counted the votes. " +
    "The driver was questioned by police.";

  it("makes 'questioned the way …' a second act, a criticism; a passive 'was questioned' is none", () => {
    expect(acts(body)).toEqual([
      { text: "Peruvian Foreign Minister Luis Castro rejected the claims", type: "DENIES", state: "PE" },
      { text: "and questioned the way Chile had counted the votes.", type: "CRITICISES", state: "PE" },
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.question"]);
    expect(acts(body)).toHaveLength(1);
  });
});

describe("rule speech.frame.call-in-envoy", () => {
  const body = "Chilean Foreign Minister Ana Ruiz called in the Peruvian ambassador on Monday over the fishing dispute.";

  it("reads 'called in the ambassador' as a summons: a protest", () => {
    expect(acts(body)).toEqual([{ text: body, type: "CRITICISES", state: "CL" }]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.frame"]);
    expect(acts(body)).toEqual([]);
  });
});

describe("rule speech.frame.lodge-protest with a quoted adjective", () => {
  it("reads 'lodged a \"stern\" protest with …' as a protest", () => {
    const body = 'Chile\'s defence ministry lodged a "stern" protest with Peru on Friday over the flights.';
    expect(acts(body)).toEqual([{ text: body, type: "CRITICISES", state: "CL" }]);
  });
});

describe("rule speech.frame.extend-condolences (and 'extended appreciation')", () => {
  it("makes extended condolences a second act and extended appreciation a praise", () => {
    const body =
      "Chilean Foreign Minister Ana Ruiz condemned the attack and extended condolences to Peru and its people. " +
      "Ruiz also extended appreciation to Bolivia for its help.";
    expect(acts(body).map((a) => [a.text, a.type])).toEqual([
      ["Chilean Foreign Minister Ana Ruiz condemned the attack", "CONDEMNS"],
      ["and extended condolences to Peru and its people.", expect.any(String)],
      ["Ruiz also extended appreciation to Bolivia for its help.", "PRAISES"],
    ]);
  });
});

describe("rule cue.ceremonial-welcome", () => {
  const body =
    "Chilean President Ana Ruiz welcomed her Peruvian counterpart to Santiago with a guard of honour on Monday. " +
    "Ruiz welcomed the decision of Peru to reopen the border.";

  it("reads receiving a guest as no statement, welcoming a decision as praise", () => {
    expect(acts(body).map((a) => [a.text, a.type])).toEqual([
      ["Ruiz welcomed the decision of Peru to reopen the border.", "PRAISES"],
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["cue.ceremonial-welcome"]);
    expect(acts(body)).toHaveLength(2);
  });
});

describe("rule speech.frame.wish", () => {
  it("reads a good wish to the other side as praise, a second act after it as its own statement", () => {
    const body =
      "Chilean President Ana Ruiz wished Peru a peaceful and successful election and urged all Peruvians to respect the result.";
    expect(acts(body).map((a) => [a.text, a.type])).toEqual([
      ["Chilean President Ana Ruiz wished Peru a peaceful and successful election", "PRAISES"],
      ["and urged all Peruvians to respect the result.", "APPEALS"],
    ]);
  });
});
