// Unit tests for rules people.military-rank (src/extraction/people/military-ranks.ts) and sentences.name-abbreviation
// (src/extraction/sentences.ts): abbreviated ranks before a name are a title, never part of the name, and their dot
// ends no sentence. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { segment } from "../../src/extraction/sentences.js";
import { article, context } from "./helpers.js";

const extract = (body: string) => extractArticle(article(body), context());
const names = (body: string) => extract(body).people.map((p) => p.name);

describe("rule people.military-rank", () => {
  it("sets wire-style ranks without dots aside", () => {
    expect(names("Army deputy chief Lt Gen Omar Haddad said the convoy had been shelled from across the river.")).toEqual([
      "Omar Haddad",
    ]);
    expect(names("Brig Gen Karim Saleh told reporters the patrols would continue.")).toEqual(["Karim Saleh"]);
  });

  it("sets dotted ranks aside, and a later mention by surname is the same speaker", () => {
    const result = extract(
      "Navy spokesman Col. Pedro Ramos said the frigate had left the strait. Ramos added that the drills were routine.",
    );
    expect(result.people.map((p) => p.name)).toEqual(["Pedro Ramos"]);
    const speakers = result.statements.map((s) => result.people.find((p) => p.key === s.speakerKey)?.name);
    expect(speakers).toEqual(["Pedro Ramos", "Pedro Ramos"]);
  });

  it("keeps the rank in the role", () => {
    expect(extract("Ministry spokesman Maj. Gen. Ivan Petrov said the units had withdrawn.").people[0]).toMatchObject({
      name: "Ivan Petrov",
      role: "Ministry spokesman Maj. Gen.",
    });
  });

  it("leaves the given name Gen alone", () => {
    expect(names("Japanese Defence Minister Gen Nakatani said Tokyo would protest the incursion.")).toEqual(["Gen Nakatani"]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.military-rank"]);
    try {
      expect(names("Lt Gen Omar Haddad said the convoy had been shelled.")).toEqual(["Lt Gen Omar Haddad"]);
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("rule sentences.name-abbreviation", () => {
  it("does not end a sentence at the dot of Maj. or Adm. before a capitalised word", () => {
    expect(segment("Spokesman Maj. Gen. Ivan Petrov said so. Rear Adm. Lena Fox agreed.").sentences).toHaveLength(2);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["sentences.name-abbreviation"]);
    try {
      expect(segment("Spokesman Maj. Gen. Ivan Petrov said so.").sentences.length).toBeGreaterThan(1);
    } finally {
      setDisabledFamilies([]);
    }
  });
});
