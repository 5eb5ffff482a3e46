// Unit tests for rule speaker.generic-title-of-state and for rule speaker.org-subject-comma with a state in the subject
// (src/extraction/statements/subject-left.ts): "…, the Danish leader said" is said by the last Dane named, not by the
// person named in the words before the comma. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const BODY =
  "Brazilian President Ana Lima said the dam would be finished in May. " +
  "Paraguayan Foreign Minister Pedro Benítez told reporters on Friday that the treaty had to be revised. " +
  "Lima did not mention the treaty in her speech, the Paraguayan diplomat said.";

const last = (body: string) => {
  const r = extractArticle(article(body), context());
  const s = r.statements[r.statements.length - 1];
  return { name: r.people.find((p) => p.key === s?.speakerKey)?.name ?? null, state: s?.speakerStateCode ?? null };
};

describe("a closing '<state> <title> said' after a comma", () => {
  it("is the subject of the cue, and resolves to the last person of that state", () => {
    expect(last(BODY)).toEqual({ name: "Pedro Benítez", state: "PY" });
  });

  it("without rule speaker.generic-title-of-state, is the state alone", () => {
    setDisabledFamilies(["speaker.generic-title-of-state"]);
    try {
      expect(last(BODY)).toEqual({ name: null, state: "PY" });
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("title synonyms (rule speaker.title-synonym)", () => {
  const KZ = "Kazakh President Daulet Amanov received the ambassador of Uzbekistan in Astana on Monday. ";
  const ID = "Indonesian Minister of Foreign Affairs Sari Wulandari met her Malaysian counterpart in Jakarta. ";

  it("reads 'the Head of State' as the president and 'the top diplomat' as the foreign minister named before", () => {
    expect(last(KZ + "The Head of State noted that the ties between the two countries were centuries old.")).toEqual({
      name: "Daulet Amanov",
      state: "KZ",
    });
    expect(last(ID + "The top diplomat said the ties between the two countries had never been closer.")).toEqual({
      name: "Sari Wulandari",
      state: "ID",
    });
  });

  it("without the rule, finds no speaker for either", () => {
    setDisabledFamilies(["speaker.title-synonym"]);
    try {
      expect(last(KZ + "The Head of State noted that the ties between the two countries were centuries old.").name).toBeNull();
      expect(last(ID + "The top diplomat said the ties between the two countries had never been closer.").name).toBeNull();
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("a long title after the cue (rule speaker.long-title-after-cue)", () => {
  const QUOTE = "“The priority for Chile is that such incidents with Peru never happen again,” ";

  it("reads on to the name while every word belongs to the title", () => {
    const body =
      QUOTE + "stressed Adviser to the President and Official Spokesperson for the Ministry of Foreign Affairs Dr Ana Ruiz.";
    expect(last(body).name).toBe("Ana Ruiz");
  });

  it("stops at ordinary words: a name after them is someone else", () => {
    const body = QUOTE + "said the ministry in a long statement issued after the meeting with the Peruvian envoy Luis Castro.";
    expect(last(body).name).toBeNull();
  });
});

describe("an inverted attribution to a title and a name after a comma (rule speaker.inverted-named-first)", () => {
  // A minister the officeholder dictionary knows, so that the name is a person whatever the apposition.
  const BODY =
    "Madrid – Portugal is a close ally of Spain, stressed the Spanish Minister of Foreign Affairs, European Union and " +
    "Cooperation, José Manuel Albares, on Friday.";

  it("takes the person after the title as the speaker, not a state before the comma", () => {
    expect(last(BODY)).toEqual({ name: "José Manuel Albares", state: "ES" });
  });

  it("without the rule, leaves the statement to the state before the comma", () => {
    setDisabledFamilies(["speaker.inverted-named-first"]);
    try {
      expect(last(BODY).name).toBeNull();
    } finally {
      setDisabledFamilies([]);
    }
  });

  it("does not fire for a title that serves another ('the Spokesman for President X'): the usual resolution decides", () => {
    const body = "Madrid – Portugal is a close ally of Spain, stressed the Spokesman for Prime Minister Pedro Sánchez on Friday.";
    const on = last(body);
    setDisabledFamilies(["speaker.inverted-named-first"]);
    try {
      expect(last(body)).toEqual(on);
    } finally {
      setDisabledFamilies([]);
    }
  });

  it("reads 'the Kazakh Head of State' after the verb as the president named before (rule speaker.title-synonym)", () => {
    const body =
      "Kazakh President Daulet Amanov met the Kyrgyz president in Astana. Kazakhstan is committed to the partnership " +
      "with Kyrgyzstan, stated the Kazakh Head of State.";
    expect(last(body)).toEqual({ name: "Daulet Amanov", state: "KZ" });
  });
});
