// Rule type.cooperate.will-cooperate, frames and verbs of a pledge: "it is our policy to consolidate", "we want to
// develop", "decided to re-establish relations" commit the speaker to cooperation (guide §5: INTENDS_TO_COOPERATE),
// however warm the words around them; a negated frame still commits to nothing. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";

const typeOf = (content: string) => tenClass(classifyStatement("say", content, 0, "").type);

describe("a pledge by policy, wish or decision", () => {
  it("is intent to cooperate", () => {
    expect(typeOf("It is Northland's steady policy to consolidate its river partnership with Southland,")).toBe(
      "INTENDS_TO_COOPERATE",
    );
    expect(typeOf("We want to develop closer rail links with the coastal states,")).toBe("INTENDS_TO_COOPERATE");
    expect(typeOf("the two governments decided to fully re-establish consular relations.")).toBe("INTENDS_TO_COOPERATE");
    expect(typeOf("Northland wishes to normalise trade with Southland before the harvest.")).toBe("INTENDS_TO_COOPERATE");
  });
  it("commits to nothing when the frame is negated", () => {
    expect(typeOf("Northland does not want to develop the canal project with Southland.")).not.toBe("INTENDS_TO_COOPERATE");
  });
});
