// Rule type.accuse.forces-did: a charge told as narrative ("X's troops had fired …") is an accusation even without
// the verb "accused". All sentences are written for these tests (none come from the evaluation articles).
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";

const typeOf = (content: string) => tenClass(classifyStatement("say", content).type);

describe("a charge told as narrative", () => {
  it("is ACCUSES when another side's forces did a specific hostile thing", () => {
    expect(typeOf("Eastlandian troops had shelled two border villages before dawn.")).toBe("ACCUSES");
    expect(typeOf("the Westland side deliberately blocked the only road to the crossing.")).toBe("ACCUSES");
  });
  it("leaves the speaker's own side and neutral acts alone", () => {
    expect(typeOf("our troops fired shots into the air and withdrew.")).toBe("COMMENTS");
    expect(typeOf("the Westland side offered medical help but received no reply.")).toBe("COMMENTS");
  });
});
