// Unit tests for rule people.unnamed-title-is-named-speaker (src/extraction/people/unnamed-title.ts): an official
// quoted by title alone in one place and by name alone in another is one person. Sentences written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const BODY =
  "Chilean Foreign Ministry spokeswoman firmly rejected the fishing quotas announced by Lima on Monday. " +
  "Ana Ortiz said the quotas ignored the treaty signed by both governments in 2019. " +
  '"We will defend our fishermen in every forum," Ortiz added.';

/** Each statement's speaker name and state, in text order. */
const speakers = (body: string) => {
  const r = extractArticle(article(body), context());
  return r.statements.map((s) => ({
    name: r.people.find((p) => p.key === s.speakerKey)?.name ?? null,
    state: s.speakerStateCode ?? null,
  }));
};

afterEach(() => setDisabledFamilies([]));

describe("a title quoted alone and a name quoted alone", () => {
  it("are one person of the title's state", () => {
    expect(speakers(BODY)).toEqual([
      { name: "Ana Ortiz", state: "CL" },
      { name: "Ana Ortiz", state: "CL" },
      { name: "Ana Ortiz", state: "CL" },
    ]);
  });

  it("without the rule, the name has no state and the title no person", () => {
    setDisabledFamilies(["people.unnamed-title-is-named-speaker"]);
    expect(speakers(BODY)).toEqual([
      { name: null, state: "CL" },
      { name: "Ana Ortiz", state: null },
      { name: "Ana Ortiz", state: null },
    ]);
  });

  it("joins a title quoted before the name to the one speaker holding that title", () => {
    const body =
      "Ecuador's foreign minister said on Monday that Quito would not sign the shrimp accord. " +
      '"The quotas ignore our fishermen," Foreign Minister Rosa Quispe told reporters.';
    expect(speakers(body)[0]).toEqual({ name: "Rosa Quispe", state: "EC" });
    setDisabledFamilies(["people.unnamed-title-is-named-speaker"]);
    expect(speakers(body)[0]).toEqual({ name: null, state: "EC" });
  });

  it("leaves a named person of another state alone", () => {
    const body = BODY.replace("Ana Ortiz said", "Peruvian Ana Ortiz said");
    expect(speakers(body)[0]).toEqual({ name: null, state: "CL" });
  });
});

describe("a wire lead with a state's act and a closing title (rule people.closing-title)", () => {
  const LEAD =
    "SEOUL, May 4 -- South Korea urges Japan to stop the survey near the disputed islets, a foreign ministry " +
    "spokesman said on Tuesday. ";

  it("joins the lead's official with the person named later, surname first (rule people.surname-first)", () => {
    const body = LEAD + "Park Min-jae made the remarks at a briefing. The survey violates our sovereignty, Park said.";
    expect(speakers(body)).toEqual([
      { name: "Park Min-jae", state: "KR" },
      { name: "Park Min-jae", state: "KR" },
    ]);
  });

  it("without the rules, leaves the lead to the state and loses the statement of 'Park said'", () => {
    setDisabledFamilies(["people.closing-title", "people.surname-first"]);
    const body = LEAD + "Park Min-jae made the remarks at a briefing. The survey violates our sovereignty, Park said.";
    expect(speakers(body)).toEqual([{ name: null, state: "KR" }]);
  });
});

describe("a title before 'for' and the body named after it (rule people.title-for-body)", () => {
  const body =
    "A spokeswoman for Chile's Foreign Ministry has urged Peruvian leaders to return to the talks. " +
    '"Chile hopes Peru can keep to the treaty," Ana Ortiz said at a briefing on Tuesday.';

  it("joins 'a spokeswoman for the ministry' to the one named speaker", () => {
    expect(speakers(body)).toEqual([
      { name: "Ana Ortiz", state: "CL" },
      { name: "Ana Ortiz", state: "CL" },
    ]);
  });

  it("without the rule, the body's statement has no person", () => {
    setDisabledFamilies(["people.title-for-body"]);
    expect(speakers(body)[0]).toEqual({ name: null, state: "CL" });
  });
});
