// Rule act.demand.stop-appeal, undo verbs: an appeal to the target to lift, pull back, rescind or hand back what it
// imposed or holds asks it to undo its own act, a demand (guide §5); an appeal for a new step stays an appeal.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";

const typeOf = (cue: string, content: string, cueText: string) => tenClass(classifyStatement(cue, content, 0, cueText).type);

describe("an appeal to undo", () => {
  it("is a demand when the target is to lift, pull back, rescind or hand back", () => {
    expect(typeOf("urge", "Southland to lift its ban on northern grain.", "The minister urged Southland to lift")).toBe(
      "DEMANDS",
    );
    expect(
      typeOf("call", "Southland to pull back the gunboats it moved to the delta.", "Northland called on Southland to pull"),
    ).toBe("DEMANDS");
    expect(typeOf("urge", "Southland to rescind the port levy.", "The envoy urged Southland to rescind")).toBe("DEMANDS");
    expect(typeOf("call", "Southland to hand back the two islets.", "Northland called on Southland to hand")).toBe("DEMANDS");
  });
  it("stays an appeal when it asks for a new step", () => {
    expect(typeOf("urge", "Southland to join the river commission.", "The envoy urged Southland to join")).toBe("APPEALS");
  });
});
