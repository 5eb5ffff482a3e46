// Rule act.demand.stop-appeal: an appeal to stop or undo something is a demand; asking for a cease-fire (the noun) is
// not asking the target to cease something it does. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";

const typeOf = (content: string, cueText: string) => tenClass(classifyStatement("urge", content, 0, cueText).type);

describe("an appeal to stop", () => {
  it("is a demand when the target is to cease or halt what it does", () => {
    expect(typeOf("Northland to cease the shelling of the port.", "The envoy urged Northland to cease")).toBe("DEMANDS");
  });
  it("stays an appeal when it asks for a cease-fire", () => {
    expect(typeOf("an early cease-fire in the hill districts.", "The envoy urged an early cease-fire")).toBe("APPEALS");
  });
});
