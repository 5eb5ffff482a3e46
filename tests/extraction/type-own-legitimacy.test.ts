// Rule type.deny.own-legitimacy: defending one's own conduct or claim against the target's charge, as lawful or as
// one's own territory, denies the charge; a legitimate exercise of a right or legitimate concerns do not. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";

const typeOf = (content: string) => tenClass(classifyStatement("say", content, 0, "").type);

describe("a defence of one's own conduct as lawful", () => {
  it("denies the charge", () => {
    expect(typeOf("the survey flights over the gulf were entirely lawful and routine.")).toBe("DENIES");
    expect(typeOf("its border posts had been restrained and legitimate throughout the night.")).toBe("DENIES");
    expect(typeOf("the three reefs are Northland's inherent territory since antiquity.")).toBe("DENIES");
    expect(typeOf("the tribunal's ruling on the estuary has no legal force for Northland.")).toBe("DENIES");
  });
  it("does not apply to a legitimate exercise of a right or to legitimate concerns", () => {
    expect(typeOf("the test flight was a legitimate exercise of its right to space research.")).not.toBe("DENIES");
    expect(typeOf("the envoy should address Northland's legitimate security concerns at the talks.")).not.toBe("DENIES");
  });
});
