// Rules people.portfolio-commas, people.pairing-not-name (src/extraction/people/acceptance.ts),
// people.state-institution-title and people.chain-name-words (src/extraction/people/candidates.ts): titles before a name
// (a portfolio listed with commas, a body named by its state, a chain of portfolios) and names with a hyphen inside.
// Sentences written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";
import { segment } from "../../src/extraction/sentences.js";
import { plausibleName } from "../../src/extraction/people/acceptance.js";
import type { Candidate } from "../../src/extraction/people/candidates.js";

const people = (body: string) =>
  extractArticle(article(body), context()).people.map((p) => ({ name: p.name, state: p.stateCode, role: p.role }));

afterEach(() => setDisabledFamilies([]));

describe("rule people.portfolio-commas", () => {
  const body = "The Chilean Minister for Defence, Mining and Foreign Affairs, Ana Ruiz said the new patrol boats had arrived.";

  it("reads a portfolio listed with commas as one title, with the state before it", () => {
    expect(people(body)).toEqual([{ name: "Ana Ruiz", state: "CL", role: "Minister for Defence, Mining and Foreign Affairs" }]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.portfolio-commas"]);
    expect(people(body)[0]?.state ?? null).toBeNull();
  });
});

describe("rule people.state-institution-title", () => {
  const body = '"The fishing boats left our waters," Peru Coast Guard spokesman Luis Castro said on Monday.';

  it("gives the person the state that names the body of the title", () => {
    expect(people(body)).toEqual([{ name: "Luis Castro", state: "PE", role: "Coast Guard spokesman" }]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.state-institution-title"]);
    expect(people(body)[0]?.state ?? null).toBeNull();
  });
});

describe("rule people.pairing-not-name", () => {
  // The candidate "Ruiz-Castro" (tokens Ruiz, -, Castro) before "talks", as the name finder proposes it.
  const seg = segment("Chile and Peru signed four pacts after Ruiz-Castro talks on Saturday.");
  const start = seg.tokens.findIndex((t) => t.text === "Ruiz");
  const candidate: Candidate = {
    nameStart: start,
    nameEnd: start + 3,
    roleStart: start,
    role: null,
    stateCode: null,
    hasTitle: false,
    accepted: false,
  };

  it("reads two surnames joined before 'talks' as the meeting, not a possible name", () => {
    expect(seg.tokens[start + 3]?.text).toBe("talks");
    expect(plausibleName(seg, candidate)).toBe(false);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["people.pairing-not-name"]);
    expect(plausibleName(seg, candidate)).toBe(true);
  });
});

describe("rule people.chain-name-words", () => {
  it("counts a hyphenated surname as one word after a portfolio chain and never takes a portfolio word", () => {
    const body =
      "President Ana Ruiz was accompanied by Minister of Defence and Military Veterans Elena Vidal-Soto and Minister " +
      "of Economy and Sustainable Development Luis Castro.";
    expect(people(body).map((p) => [p.name, p.role])).toEqual([
      ["Ana Ruiz", "President"],
      ["Elena Vidal-Soto", "Minister of Defence and Military Veterans"],
      ["Luis Castro", "Minister of Economy and Sustainable Development"],
    ]);
    setDisabledFamilies(["people.chain-name-words"]);
    expect(people(body).map((p) => p.name)).not.toContain("Elena Vidal-Soto");
  });
});
