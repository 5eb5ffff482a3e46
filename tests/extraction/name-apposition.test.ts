// Unit tests for rule speaker.name-apposition (src/extraction/statements/subject-left.ts): "the envoy, X Y, said" is
// said by X Y, whose state the head phrase gives when nothing else does. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { article, context } from "./helpers.js";

const first = (body: string) => {
  const r = extractArticle(article(body), context());
  const s = r.statements[0];
  const p = r.people.find((x) => x.key === s?.speakerKey);
  return { name: p?.name ?? null, personState: p?.stateCode ?? null, state: s?.speakerStateCode ?? null };
};

describe("rule speaker.name-apposition", () => {
  it("gives the statement to the name set off by commas after the head", () => {
    expect(first("The Norwegian envoy, Eva Lunde, said Oslo would not accept the new fishing quota.")).toMatchObject({
      name: "Eva Lunde",
      state: "NO",
    });
  });

  it("skips a title before the name and takes the state from the head phrase", () => {
    expect(first("A Chile Navy spokesperson, Commander Ana Rojas, said the frigate had left port on time.")).toEqual({
      name: "Ana Rojas",
      personState: "CL",
      state: "CL",
    });
  });

  it("does not read a fronted phrase before the subject as its head", () => {
    expect(
      first(
        "Regarding the case of Indonesian businessman Riza Halim, Home Minister Saifuddin Nasution stated that the police would cooperate.",
      ),
    ).toMatchObject({ name: "Saifuddin Nasution", personState: null });
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speaker.name-apposition"]);
    try {
      expect(first("The Norwegian envoy, Eva Lunde, said Oslo would not accept the new fishing quota.").name).toBeNull();
    } finally {
      setDisabledFamilies([]);
    }
  });
});
