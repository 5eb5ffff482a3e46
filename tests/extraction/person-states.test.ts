// Unit tests for the person-state rules of extractor 2026.12.2 (src/extraction/person-states.ts and the role/apposition
// cues in people.ts). All sentences are written for these tests (none come from the evaluation articles).
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { singleStateOffice } from "../../src/extraction/person-states.js";
import { article, context } from "./helpers.js";

const run = (body: string) => extractArticle(article(body), context());
const stateOf = (body: string, name: string) => run(body).people.find((p) => p.name.includes(name))?.stateCode ?? null;
const speakerStateOf = (body: string, fragment: string) =>
  run(body).statements.find((s) => s.text.includes(fragment))?.speakerStateCode ?? null;

describe("offices that exist in one state only", () => {
  it("maps unambiguous national offices", () => {
    expect(singleStateOffice("Chief Cabinet Secretary")).toBe("JP");
    expect(singleStateOffice("Deputy Chief Cabinet Secretary")).toBe("JP");
    expect(singleStateOffice("Taoiseach")).toBe("IE");
    expect(singleStateOffice("Chancellor of the Exchequer")).toBe("GB");
    expect(singleStateOffice("Secretary of State")).toBe("US");
  });

  it("leaves qualified or shared offices alone", () => {
    expect(singleStateOffice("Secretary of State for Northern Ireland")).toBeNull();
    expect(singleStateOffice("Foreign Secretary")).toBeNull();
    expect(singleStateOffice("Defence Minister")).toBeNull();
    expect(singleStateOffice("Supreme Leader")).toBeNull();
  });

  it("gives the state to a person introduced by such an office", () => {
    const body = "Chief Cabinet Secretary Haruto Mizuno said the drills were regrettable and called for restraint.";
    expect(stateOf(body, "Mizuno")).toBe("JP");
    expect(speakerStateOf(body, "drills were regrettable")).toBe("JP");
  });

  it("treats Taoiseach as a title, not as part of the name", () => {
    const r = run("Taoiseach Ciaran Brennan said the agreement protected the border and thanked the negotiators.");
    const p = r.people.find((x) => x.name.includes("Brennan"));
    expect(p?.name).toBe("Ciaran Brennan");
    expect(p?.stateCode).toBe("IE");
  });
});

describe("a state inside the role or apposition", () => {
  it("reads the state of the institution the person works at", () => {
    const body = "Mariam Haddad, an assistant minister at the UAE foreign ministry, said the claims were false and urged calm.";
    expect(stateOf(body, "Haddad")).toBe("AE");
  });

  it("reads a possessive institution in the apposition of a titled name", () => {
    const body = "Colonel Aung Kyaw Soe, a spokesman for Myanmar's military government, said the border would stay open.";
    expect(stateOf(body, "Aung Kyaw Soe")).toBe("MM");
  });

  it("keeps a long portfolio title introduced by a possessive state", () => {
    const body = "Oman's Minister of State for Energy Affairs, Khalid al-Busaidi, said exports to Asia would rise next year.";
    const p = run(body).people.find((x) => x.name.includes("Busaidi"));
    expect(p?.stateCode).toBe("OM");
    expect(p?.role).toBe("Minister of State for Energy Affairs");
  });

  it("gives an ambassador the sending state, not the host state", () => {
    const body = "U.S. Ambassador to Vietnam Laura Pennington said Washington welcomed the new trade rules.";
    expect(stateOf(body, "Pennington")).toBe("US");
    expect(stateOf("Ambassador to Vietnam Laura Pennington said the rules were welcome and overdue.", "Pennington")).toBeNull();
  });
});

describe("location framing by the speaker's own capital", () => {
  it("reads a fronted 'In <capital>,' before a titled official", () => {
    const body =
      "Talks resumed in Geneva on Monday.\n\nIn Warsaw, Foreign Minister Tomasz Nowicki said the proposal was a trap and rejected it.";
    expect(stateOf(body, "Nowicki")).toBe("PL");
    expect(speakerStateOf(body, "proposal was a trap")).toBe("PL");
  });

  it("extends a paragraph-initial frame to the officials opening its later sentences", () => {
    const body =
      "In Oslo, Prime Minister Erik Solheim said the cable damage was deliberate. Defence Minister Ingrid Dahl said patrols would be doubled.";
    expect(stateOf(body, "Dahl")).toBe("NO");
  });

  it("reads 'told reporters in <capital>'", () => {
    const body = '"We will defend our waters," Prime Minister Daniel Okafor told reporters in Abuja.';
    expect(stateOf(body, "Okafor")).toBe("NG");
    expect(speakerStateOf(body, "defend our waters")).toBe("NG");
  });

  it("reads 'speaking in <capital>'", () => {
    expect(stateOf("President Maria Santos, speaking in Lisbon, said the deal was fair to both sides.", "Santos")).toBe("PT");
  });

  it("ignores a visit or a conference abroad", () => {
    expect(
      stateOf(
        "Foreign Minister Tomasz Nowicki, on a visit to Tokyo, told reporters in Tokyo that the talks were useful.",
        "Nowicki",
      ),
    ).toBeNull();
    expect(
      stateOf("Prime Minister Erik Solheim told delegates gathered at a summit in Nairobi that aid must rise.", "Solheim"),
    ).toBeNull();
  });

  it("keeps officials of international organisations stateless", () => {
    expect(stateOf("In Brussels, NATO Secretary-General Henrik Lund said the alliance would respond.", "Lund")).toBeNull();
    expect(
      stateOf("UN relief chief Martin Kessler told reporters in Cairo that the crossings must reopen.", "Kessler"),
    ).toBeNull();
  });
});

describe("later state-bearing mentions propagate back", () => {
  it("a definite description with a demonym", () => {
    const body =
      "Defence Minister Kenji Arai said the launch was a grave threat. The Japanese minister added that radar data was being analysed.";
    expect(stateOf(body, "Arai")).toBe("JP");
    expect(speakerStateOf(body, "grave threat")).toBe("JP");
  });

  it("a surname introduced by a possessive state", () => {
    const body =
      "Foreign Minister Kenji Arai said the talks had stalled. Later, Japan's Arai said Tokyo was ready to resume them.";
    expect(stateOf(body, "Arai")).toBe("JP");
    expect(speakerStateOf(body, "talks had stalled")).toBe("JP");
  });

  it("'President of X' and 'X's president' before a name", () => {
    expect(stateOf("The President of Finland, Mikko Laine, said the sabotage would not be tolerated.", "Laine")).toBe("FI");
    expect(stateOf("Finland's president Mikko Laine said the sabotage would not be tolerated.", "Laine")).toBe("FI");
    expect(stateOf("Mikko Laine, the president of Finland, said the sabotage would not be tolerated.", "Laine")).toBe("FI");
  });
});

describe("the speaker's own government as subject of a commitment", () => {
  it("gives the state to a stateless official", () => {
    const body = "Prime Minister Somchai Rattana said Bangkok would honour the truce as long as the other side did the same.";
    expect(stateOf(body, "Somchai")).toBe("TH");
    expect(speakerStateOf(body, "honour the truce")).toBe("TH");
  });

  it("reads a coordinated complement clause", () => {
    const body = "Defence Minister Kenji Arai said the test was alarming and that Japan would strengthen its missile defences.";
    expect(stateOf(body, "Arai")).toBe("JP");
  });

  it("does not read a threat against another government as the speaker's own", () => {
    expect(stateOf("President Maria Santos said Moscow would pay a heavy price for the attack.", "Santos")).toBeNull();
    expect(stateOf("President Maria Santos said Moscow might be behind the attack.", "Santos")).toBeNull();
  });

  it("gives the person behind 'the office of President X' the state of the committing subject", () => {
    const body = "The office of President Park Min-ho said Seoul would keep its offer of talks open.";
    expect(stateOf(body, "Park Min-ho")).toBe("KR");
  });

  it("speaker state from a state-bearing co-subject: 'Tokyo's top spokesman X said'", () => {
    const body = "Tokyo's top spokesman Daiki Mori said the government was gathering information.";
    expect(stateOf(body, "Mori")).toBe("JP");
    expect(speakerStateOf(body, "gathering information")).toBe("JP");
  });
});

describe("a stateless national official in a story with a dateline", () => {
  it("speaks for the dateline's state rather than for the lead's foreign speaker", () => {
    const body = [
      "HELSINKI, Jan. 14 — Border guards boarded a tanker after a cable was cut.",
      'Estonian Foreign Minister Kaarel Rand said the damage was "no coincidence".',
      '"We will protect our infrastructure," President Aino Koskinen said.',
    ].join("\n\n");
    expect(speakerStateOf(body, "protect our infrastructure")).toBe("FI");
  });
});

describe("officials known only by their ministry", () => {
  it("takes the article's state for an official whose role names a ministry and no title (people.state-from-article)", () => {
    const body = [
      "Chile said on Monday it would not recognise the vote in Peru.",
      '"The count was rigged," stressed Adviser and Official Spokesperson for the Ministry of Foreign Affairs Dr Ana Rojas.',
    ].join("\n\n");
    expect(stateOf(body, "Ana Rojas")).toBe("CL");
    expect(speakerStateOf(body, "rigged")).toBe("CL");
  });
});
