// Rule speech.announce.measure (src/extraction/statements/reported-speech.ts): "announced" with a noun phrase as its
// object reports an announced measure (guide §1 and §5). Sentences written for this test.
import { afterEach, describe, expect, it } from "vitest";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { spokenStatements } from "./helpers.js";

afterEach(() => setDisabledFamilies([]));

describe("rule speech.announce.measure", () => {
  const BODY =
    "Latvia's foreign ministry on Monday announced the expulsion of three Belarusian diplomats. " +
    "Chilean President Ana Ruiz announced 20% tariffs on imports from Peru. " +
    "Officials announced on Monday.";

  it("makes an announced measure a statement of the announcing side", () => {
    expect(spokenStatements(BODY).map((s) => [s.text, s.speaker, s.state])).toEqual([
      ["Latvia's foreign ministry on Monday announced the expulsion of three Belarusian diplomats.", null, "LV"],
      ["Chilean President Ana Ruiz announced 20% tariffs on imports from Peru.", "Ana Ruiz", "CL"],
    ]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["speech.announce"]);
    expect(spokenStatements(BODY)).toEqual([]);
  });
});
