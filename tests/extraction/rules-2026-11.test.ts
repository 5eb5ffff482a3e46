// Unit tests for the topic, sentiment, type, span and apposition rules added in extractor 2026.11.2.
// All sentences are written for these tests (none come from the evaluation articles).
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { classifyStatement } from "../../src/extraction/statement-types.js";
import { trimStatement } from "../../src/extraction/statements.js";
import { articleTopicProfile, assignTopics } from "../../src/extraction/topics.js";
import { article, context } from "./helpers.js";

const slugs = (text: string, title = "", body = text) =>
  assignTopics(text, 0.5, articleTopicProfile(title, body))
    .map((t) => t.slug)
    .sort();
const plain = (text: string) =>
  assignTopics(text)
    .map((t) => t.slug)
    .sort();

describe("topic vocabulary", () => {
  it("treats mutual defence treaties and security ties as alliances", () => {
    expect(plain("the two navies act under their mutual defence treaty")).toContain("alliances-and-security-cooperation");
    expect(plain("the islands are deepening security ties with Canberra")).toContain("alliances-and-security-cooperation");
    expect(plain("we will stand with our neighbours")).toContain("alliances-and-security-cooperation");
  });

  it("reads warships and withdrawals of forces as military posture", () => {
    expect(plain("the bloc will keep more frigates in the strait")).toContain("military-posture");
    expect(plain("Hanoi demanded that Beijing withdraw its ships from the atoll")).toContain("military-posture");
    expect(plain("the destroyers sailed to the strait")).not.toContain("defence-technology");
  });

  it("does not read every return as migration", () => {
    expect(plain("the minister urged Caracas to return to talks")).not.toContain("refugees-and-migration");
    expect(plain("the camp organised the voluntary return of refugees")).toContain("refugees-and-migration");
  });

  it("names forced displacement a human-rights question and militants using a territory terrorism", () => {
    expect(plain("any forced displacement of civilians is a crime")).toContain("human-rights");
    expect(plain("Dushanbe asked its neighbour to stop militants from using its soil for raids")).toContain("terrorism");
  });

  it("ends of fighting are peace-making, generic peace boilerplate is not", () => {
    expect(plain("the mediators helped to halt the fighting")).toContain("ceasefire-and-peace-talks");
    expect(plain("the tests threaten peace and stability in the region")).not.toContain("ceasefire-and-peace-talks");
  });

  it("keeps strong trade, energy and technology phrases whatever the article is about", () => {
    const body = "The ceasefire held on Monday. Officials said the truce talks would go on. The ceasefire was fragile.";
    expect(slugs("Washington will sign no trade agreements with them", "Truce holds", body)).toContain("trade");
    expect(slugs("Lisbon backed a price cap on Russian oil and curbs on the shadow fleet", "Truce holds", body)).toContain(
      "energy",
    );
    expect(slugs("Moscow may be sharing missile technology with them", "Truce holds", body)).toContain("defence-technology");
  });

  it("drops generic words (relief, vessels, visits) unless the article is about them", () => {
    const body = "The tariff deal lowers tariffs on cars. Tariffs on steel stay. Exporters welcomed the tariff cuts.";
    expect(slugs("the deal brings relief to carmakers", "Tariff deal agreed", body)).not.toContain("humanitarian-aid");
    expect(slugs("ministers met in a visit to the port", "Tariff deal agreed", body)).not.toContain("summits-and-visits");
    const aid = "Aid trucks reached the city. The aid convoy carried food. Relief agencies asked for more aid.";
    expect(slugs("more relief must reach the city", "Aid convoys reach the city", aid)).toContain("humanitarian-aid");
  });

  it("weights the article profile by rule confidence, so specific phrases beat background words", () => {
    const p = articleTopicProfile(
      "Donors pledge humanitarian aid as the war drags on",
      "The war has displaced millions. Humanitarian aid convoys are blocked and the famine is spreading. Fighting continued.",
    );
    expect(p.main).toBe("humanitarian-aid");
  });

  it("lets a definite reference to the story's event inherit the article's main topic", () => {
    const body =
      "The two sides signed a peace agreement on Friday. The peace agreement ends a decade of war. The ceasefire begins on Sunday.";
    const topics = slugs(
      "Kinshasa remains committed to the agreement but the militias must disarm",
      "Peace agreement signed",
      body,
    );
    expect(topics).toContain("ceasefire-and-peace-talks");
  });
});

describe("sentiment idioms and cooperative acts", () => {
  it("keeps agreements positive when they name the victims they help", () => {
    const body =
      "Colombian Foreign Minister Luis Gilberto Murillo said both sides agreed to evacuate all badly injured civilians.";
    const [s] = extractArticle(article(body), context()).statements;
    expect(s?.type).toBe("AGREES");
    expect(s?.sentiment.label).toBe("POSITIVE");
  });

  it("types rejected suggestions as a denial, even after words before the speaker", () => {
    expect(
      classifyStatement(
        "reject",
        "Chilean Defence Minister … suggestions that the drills were aimed at Lima",
        0,
        "Maya Fernandez rejected suggestions that the drills",
      ).type,
    ).toBe("DENIES");
    expect(classifyStatement("reject", "the proposal as unworkable", 0, "Ortega rejected the proposal as unworkable").type).toBe(
      "REJECTS",
    );
  });
});

describe("statement spans and appositions", () => {
  it("trims whitespace around statement and content spans", () => {
    const text = "Intro.\n\n  Ankara said it was ready.  \n\nNext.";
    const st = { start: 6, end: 37, content: [{ start: 6, end: 37 }] };
    trimStatement(text, st);
    expect(text.slice(st.start, st.end)).toBe("Ankara said it was ready.");
    expect(st.content).toEqual([{ start: st.start, end: st.end }]);
  });

  it("never returns statement text with surrounding whitespace", () => {
    const body =
      'SANTIAGO, May 2 —\n\nChilean Foreign Minister Alberto van Klaveren said the talks were useful.\n\n"We will keep working together," he said.\n\n';
    const res = extractArticle(article(body), context());
    expect(res.statements.length).toBeGreaterThan(0);
    for (const s of res.statements) {
      expect(s.text).toBe(s.text.trim());
      expect(s.text).toBe(body.slice(s.startOffset, s.endOffset));
    }
  });

  it("takes the state from a demonym after 'of the' in an apposition", () => {
    const body =
      "Pak Jong Chon, the influential cousin of the North Korean leader, said on Monday that the drills were a provocation.";
    const p = extractArticle(article(body), context()).people.find((x) => x.name === "Pak Jong Chon");
    expect(p?.stateCode).toBe("KP");
  });
});
