// Person-state cues of extractor 2026.12.12 (src/extraction/person-states.ts, people/article-states.ts): "the <state>
// leader" as a later description, counterparts, coordinated titles, and short names of states. Every
// sentence is written for these tests; each rule's test also runs with the rule switched off, where it must fail.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context, withRulesOff } from "./helpers.js";

const run = (body: string) => extractArticle(article(body), context());
const stateOf = (body: string, name: string) => run(body).people.find((p) => p.name.includes(name))?.stateCode ?? null;
const speakerStateOf = (body: string, fragment: string) =>
  run(body).statements.find((s) => s.text.includes(fragment))?.speakerStateCode ?? null;

describe("later descriptions of a leader", () => {
  const body =
    "Canada pressed Papua New Guinea to finish the electoral reform during a visit by Prime Minister Tobias Kalu.\n" +
    "The Papua New Guinea leader was in Ottawa for two days of talks.\n" +
    "Kalu said the reform bill would reach parliament before June.";

  it("links 'the <state> leader' to the last head of government named before it", () => {
    expect(stateOf(body, "Kalu")).toBe("PG");
    expect(speakerStateOf(body, "reform bill would reach")).toBe("PG");
  });

  it("prefers an official already known to be of that state to a more recent one of unknown state", () => {
    const guest =
      "President Lina Varga welcomed Moldovan Deputy Prime Minister Ion Rusu in Budapest on Monday.\n" +
      "During his visit, the Moldovan leader will open a trade fair.\n" +
      "Varga said the two governments would sign an energy accord in June.";
    expect(stateOf(guest, "Varga")).not.toBe("MD");
    expect(stateOf(guest, "Rusu")).toBe("MD");
  });
});

describe("'the <state> Head of State' as a later description of a leader", () => {
  it("gives the leader the state of the description", () => {
    const body =
      "Ghana and Togo on Friday signed four trade accords after talks between President Ama Mensah and her Togolese counterpart Kodjo Agbeko, who was on a visit to Accra.\n" +
      "Agbeko said the accords would cut border delays.\n" +
      "The Ghanaian Head of State thanked Agbeko for the visit and said the two governments would meet again in March.";
    expect(stateOf(body, "Mensah")).toBe("GH");
    expect(speakerStateOf(body, "meet again in March")).toBe("GH");
  });
});

describe("people.not-counterpart-state", () => {
  const body =
    "Prime Minister Lan Hoang welcomed Thai Deputy Prime Minister Somchai Wongsa in the capital on Monday.\n" +
    "Wongsa said Thailand would open two new border crossings.\n" +
    "The Prime Minister said the two governments would double trade by 2030.";

  it("never guesses for an official the state of the person he meets", () => {
    expect(stateOf(body, "Wongsa")).toBe("TH");
    expect(stateOf(body, "Hoang")).not.toBe("TH");
  });

  it("takes the state the article names most when only the counterpart's state spoke", () => {
    const visit =
      "Talks were held between President Kwame Boateng and his Togolese counterpart, President Koffi Ayite, at the Castle.\n" +
      "President Boateng described Ghana and Togo as brothers and said Ghana would always stand by its neighbour.\n" +
      "Ayite thanked his host for the welcome.";
    expect(stateOf(visit, "Boateng")).toBe("GH");
  });

  it("is what decides it (switched off, the guest's state is guessed)", () => {
    expect(withRulesOff(["people.not-counterpart-state"], () => stateOf(body, "Hoang"))).toBe("TH");
  });
});

describe("people.apposition-not-predicate", () => {
  it("does not read a predicate after a name's comma as its apposition", () => {
    const body =
      "The Prime Minister, Honourable Josefa Tuilagi, received Australia's High Commissioner, Mrs. Ann Hartley, on Monday.";
    expect(stateOf(body, "Tuilagi")).not.toBe("AU");
    expect(withRulesOff(["people.apposition-not-predicate"], () => stateOf(body, "Tuilagi"))).toBe("AU");
  });
});

describe("people.coordinated-title", () => {
  const body =
    "Japanese Foreign Minister Aiko Sato met Kazakh President Nurlan Abenov and Prime Minister Serik Dauletov in Astana.\n" +
    "Dauletov said the rail corridor would open next year.";

  it("gives the second of two coordinated officials the adjective of the first", () => {
    expect(stateOf(body, "Abenov")).toBe("KZ");
    expect(stateOf(body, "Dauletov")).toBe("KZ");
    expect(speakerStateOf(body, "rail corridor")).toBe("KZ");
  });

  it("is what decides it", () => {
    // The article-level guess is switched off too: it would find Kazakhstan, the state the article names most.
    const off = ["people.coordinated-title", "people.not-counterpart-state"];
    expect(withRulesOff(off, () => stateOf(body, "Dauletov"))).not.toBe("KZ");
  });

  it("does not pass the state over a name that is not a title", () => {
    const region = body.replace("and Prime Minister Serik Dauletov", "and Tengri Province Governor Serik Dauletov");
    expect(withRulesOff(["people.not-counterpart-state"], () => stateOf(region, "Dauletov"))).not.toBe("KZ");
  });

  it("leaves a second official with an adjective of his own alone", () => {
    const two = body.replace("and Prime Minister Serik Dauletov", "and Uzbek Prime Minister Serik Dauletov");
    expect(stateOf(two, "Dauletov")).toBe("UZ");
  });
});

describe("'conveyed' as a speech act, like 'expressed'", () => {
  it("reads a conveyed attitude as a statement with its act", () => {
    const r = run(
      "Japanese Deputy Foreign Minister Kenji Ota conveyed Japan's deep concern over the missile launch to the envoy on Friday.",
    );
    const s = r.statements.find((x) => x.text.includes("deep concern"));
    expect(s?.type).toBe("EXPRESSES_CONCERN");
    expect(s?.speakerStateCode).toBe("JP");
  });

  it("needs an attitude as its object, as 'expressed' does", () => {
    const r = run("Deputy Foreign Minister Kenji Ota conveyed the documents to the envoy on Friday.");
    expect(r.statements).toHaveLength(0);
  });
});

describe("'Dominican' is the Dominican Republic's", () => {
  it("gives a Dominican speaker the Dominican Republic (Dominica's own demonym is rare in the news)", () => {
    const r = run("The Dominican government urged Haiti to reopen the border crossing at Dajabón.");
    expect(r.statements[0]).toMatchObject({ speakerStateCode: "DO", targetCodes: ["HT"] });
  });
});

describe("short names of states", () => {
  it("reads Trinidad, the Solomons, St Vincent and Holland as the states they name", () => {
    const r = run(
      "Trinidad's foreign minister said the Solomons, St Vincent and Holland had all signed the fisheries accord on Friday.",
    );
    expect(r.states.map((s) => s.code).sort()).toEqual(expect.arrayContaining(["NL", "SB", "TT", "VC"]));
  });
});
