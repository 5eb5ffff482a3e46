// The type rules read a possessive the same whichever apostrophe the outlet types (’, ', or the acute accent ´).
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";

const typeOf = (content: string) => tenClass(classifyStatement("say", content, 0, "").type);

describe("a charge told as narrative", () => {
  it("is read with any apostrophe in the actor's possessive", () => {
    for (const mark of ["’", "'", "´"])
      expect(typeOf(`Northland${mark}s coast guard had rammed two fishing boats near the reef`)).toBe("ACCUSES");
  });
});
