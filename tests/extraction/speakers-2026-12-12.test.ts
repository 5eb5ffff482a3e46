// Speaker rules of extractor 2026.12.12: "the prime minister said" narrowed by its modifier (speaker.title-modifier),
// the title abbreviations "PM" and "FM", and news outlets that are not people. Every sentence is written for these
// tests; the rule's test also runs with the rule switched off, where it must fail.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context, spokenStatements, withRulesOff } from "./helpers.js";

const run = (body: string) => extractArticle(article(body), context());
const speakerOf = (body: string, fragment: string) => spokenStatements(body).find((s) => s.text.includes(fragment));

describe("speaker.title-modifier", () => {
  const body =
    "Prime Minister Ravi Menon on Monday condemned the shelling of the border post.\n" +
    "He spoke after meeting Defence Minister Arjun Pillai, who briefed him on the incident.\n" +
    "The prime minister also thanked Japan for its offer of help with the inquiry.";

  it("resolves 'the prime minister' to the prime minister, not to the minister named last", () => {
    expect(speakerOf(body, "thanked Japan")?.speaker).toBe("Ravi Menon");
  });

  it("is what decides it (switched off, the last minister is taken)", () => {
    expect(withRulesOff(["speaker.title-modifier"], () => speakerOf(body, "thanked Japan")?.speaker)).toBe("Arjun Pillai");
  });

  it("falls back to the head alone when nobody has the whole title", () => {
    const other =
      "Defence Minister Arjun Pillai on Monday condemned the shelling of the border post.\n" +
      "The foreign minister also thanked Japan for its offer of help with the inquiry.";
    expect(speakerOf(other, "thanked Japan")?.speaker).toBe("Arjun Pillai");
  });
});

describe("PM and FM before a name", () => {
  it("reads them as titles, and 'the PM' as that prime minister", () => {
    const body =
      "PM Tran Van Long welcomed the Lao delegation in Hanoi on Tuesday.\n" +
      "The PM said the two countries would double rail freight by 2030.";
    const r = run(body);
    expect(r.people.map((p) => p.name)).toEqual(["Tran Van Long"]);
    expect(speakerOf(body, "double rail freight")?.speaker).toBe("Tran Van Long");
  });

  it("does not take a clock time for a title", () => {
    const r = run("Updated 10:15 PM IST. Foreign Minister Asha Rao said the talks would resume on Friday.");
    expect(r.people.map((p) => p.name)).toEqual(["Asha Rao"]);
  });
});

describe("news outlets", () => {
  it("never takes Al Jazeera for a person", () => {
    const r = run("Foreign Minister Asha Rao told Al Jazeera that the talks would resume on Friday.");
    expect(r.people.map((p) => p.name)).toEqual(["Asha Rao"]);
  });
});
