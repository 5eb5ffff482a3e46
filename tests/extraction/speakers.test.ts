// Speakers and speaker states (rules people.honorific, people.title-suffix, states.institution-in-context,
// speaker.international-body, speaker.participle-main-subject). Sentences written for these tests only.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context } from "./helpers.js";

function run(body: string) {
  const result = extractArticle(article(body), context());
  const byKey = new Map(result.people.map((p) => [p.key, p.name]));
  const statements = result.statements.map((s) => ({
    ...s,
    speaker: s.speakerKey ? (byKey.get(s.speakerKey) ?? null) : null,
  }));
  return { ...result, statements };
}

describe("people", () => {
  it("reads a courtesy title as a later mention, not as a name part or a role", () => {
    const r = run("Chilean President Gabriel Boric spoke in Lima. Mr Boric said the treaty would be signed in March.");
    expect(r.people.map((p) => p.name)).toEqual(["Gabriel Boric"]);
    expect(r.statements[0]?.speaker).toBe("Gabriel Boric");
    expect(r.statements[0]?.speakerStateCode).toBe("CL");
  });

  it("keeps a hyphenated suffix with its title", () => {
    const r = run("The Secretary-General said the mission in Haiti needed more funds.");
    expect(r.people).toEqual([]);
  });
});

describe("speaker states", () => {
  it("gives an institution name the state that qualifies it, then to its later bare mentions", () => {
    const r = run(
      "Pakistan's Foreign Office rejected the remarks of the Afghan envoy. Later the Foreign Office said the border would stay open.",
    );
    expect(r.statements.map((s) => s.speakerStateCode)).toEqual(["PK", "PK"]);
    expect(r.states.map((s) => s.code)).not.toContain("GB");
  });

  it("gives international bodies no state, whatever state they talk about", () => {
    const r = run(
      "The OSCE urged Moldova to reopen the polling stations. The UN envoy for Libya warned that the truce was fragile.",
    );
    expect(r.statements.map((s) => s.speakerStateCode)).toEqual([null, null]);
    expect(r.statements[0]?.targetCodes).toEqual(["MD"]);
  });

  it("gives a participial cue the subject of the main clause", () => {
    const r = run(
      "Ecuador's coast guard escorted the Peruvian trawler out of its waters, saying it had fished without a licence.",
    );
    expect(r.statements[0]?.speakerStateCode).toBe("EC");
  });

  it("reads 'lashed out at' as a speech act and the coordinated warning as the same subject's", () => {
    const r = run("Serbia lashed out at Croatia over the arrest of its citizens and warned that relations would suffer.");
    expect(r.statements.map((s) => s.speakerStateCode)).toEqual(["RS", "RS"]);
  });

  it("gives a stateless national official the state of the article's lead speaker", () => {
    const r = run(
      "Uruguay protested to Argentina over the dredging of the river. Foreign Minister Ana Beltrán said the works broke the treaty.",
    );
    expect(r.people.find((p) => p.name === "Ana Beltrán")?.stateCode).toBe("UY");
    expect(r.statements[1]?.speakerStateCode).toBe("UY");
    expect(r.statements[1]?.targetCodes).not.toContain("UY");
  });

  it("leaves international officials without a state", () => {
    const r = run("Bolivia protested to Chile over the water rights. UN envoy Marta Quispe said both sides should talk.");
    expect(r.people.find((p) => p.name === "Marta Quispe")?.stateCode).toBeNull();
  });

  it("gives an unqualified institution name no state when its default state is not in the story", () => {
    const r = run("Foreign Office spokesperson Amina Shah said Bangladesh had not replied to the note.");
    expect(r.states.map((s) => s.code)).toEqual(["BD"]);
  });
});
