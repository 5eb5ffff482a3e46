// Unit tests for rule people.title-chain-comma (src/extraction/people/acceptance.ts): a title whose state phrase runs
// through "to" or a portfolio before the comma introduces the name after it. Sentences written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const people = (body: string) =>
  extractArticle(article(body), context()).people.map((p) => ({ name: p.name, state: p.stateCode }));

afterEach(() => setDisabledFamilies([]));

describe("'<title> to/of <state>, X'", () => {
  it("makes X a person of the state before the title when the title serves 'to' a state", () => {
    const body = "La Paz summoned the Peruvian ambassador to Bolivia, Carmen Huamán Ríos, over the fishing quotas on Monday.";
    expect(people(body)).toContainEqual({ name: "Carmen Huamán Ríos", state: "PE" });
  });

  it("makes X a person of the state after 'of', through a portfolio", () => {
    const body =
      "The talks were led by the Deputy Minister of Trade and Industry of Uruguay, Tomás Ferreira Paz, and lasted two days.";
    expect(people(body)).toContainEqual({ name: "Tomás Ferreira Paz", state: "UY" });
  });

  it("without the rule, finds neither", () => {
    setDisabledFamilies(["people.title-chain-comma"]);
    const body = "La Paz summoned the Peruvian ambassador to Bolivia, Carmen Huamán Ríos, over the fishing quotas on Monday.";
    expect(people(body).map((p) => p.name)).not.toContain("Carmen Huamán Ríos");
    const portfolio =
      "The talks were led by the Deputy Minister of Trade and Industry of Uruguay, Tomás Ferreira Paz, and lasted.";
    expect(people(portfolio).map((p) => p.name)).not.toContain("Tomás Ferreira Paz");
  });
});

describe("'<title> for/of <plural noun> X' (candidates.ts bridgeTitle)", () => {
  const names = (body: string) => extractArticle(article(body), context()).people.map((p) => p.name);

  it("bridges a plural noun after a title's 'for' into the title", () => {
    expect(names("UN High Commissioner for Migrants Lucia Ferreira said the camps were full.")).toEqual(["Lucia Ferreira"]);
  });

  it("keeps a name whose first word ends in -s whole after 'of' with no title before it", () => {
    const body = "The envoy spoke on behalf of President Nicolás Elías Ortega Ruiz and the people of Honduras.";
    expect(names(body)).toEqual(["Nicolás Elías Ortega Ruiz"]);
  });
});

describe("appositions: the state owning the institution a chain of offices ends in", () => {
  const body =
    'SEOUL, June 3 (Wire) -- Kim Sol-ju, director-general of the department of U.S. affairs of North Korea\'s foreign ministry, made the remark in a statement, saying the drills were "reckless".';

  it("gives the person that state however long the chain, not the dateline's", () => {
    expect(people(body)).toEqual([{ name: "Kim Sol-ju", state: "KP" }]);
  });
});

describe("'<state>'s <title> to <state>, X' (rule people.title-chain-comma)", () => {
  it("takes the state before the possessive", () => {
    const body = "The call came from Norway's Ambassador to Chile, Ingrid Berg, who said the talks would continue.";
    expect(people(body)).toEqual([{ name: "Ingrid Berg", state: "NO" }]);
  });
});

describe("'<nationality> government spokesperson X'", () => {
  it("gives X the nationality's state through the word 'government' in the title", () => {
    const body = "Chilean government spokesperson Rosa Ibáñez strongly condemned the strikes on Bolivian border posts.";
    expect(people(body)).toContainEqual({ name: "Rosa Ibáñez", state: "CL" });
  });
});

describe("a plural title before a list of names", () => {
  it("is a role, not part of the first name ('Presidents X and Y')", () => {
    const body = "Presidents Dina Boluarte and Luis Arce, in a series of posts, defended their border policies on Sunday.";
    expect(people(body).map((p) => p.name)).toEqual(["Dina Boluarte", "Luis Arce"]);
  });
});

describe("a military rank before a name", () => {
  it("is a title, not part of the name ('Captain X', 'Brigadier General Y')", () => {
    const body =
      "Captain Amadou Sawadogo, the interim leader of Burkina Faso, met Brigadier General Kofi Mensah of Ghana on Monday.";
    expect(people(body).map((p) => p.name)).toEqual(["Amadou Sawadogo", "Kofi Mensah"]);
  });
});
