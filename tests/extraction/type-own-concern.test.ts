// Rule type.concern.concern: the speaker's own concern is EXPRESSES_CONCERN; a concern it reports or names ("the
// concerns of X", "X's concerns", "security concerns", "common concerns", concerns to be addressed or discussed, "the
// parties concerned", "issues concerning X") is not.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement } from "../../src/extraction/statement-types.js";

const evidence = (content: string) => classifyStatement("say", content, 0, "").evidence;

describe("a concern", () => {
  it("is expressed when the speaker is concerned, worried or alarmed", () => {
    for (const content of [
      "Eastland was deeply concerned about the dam upstream",
      "the ministry voiced its concern over the closure of the pass",
      "it is concerning that the ferries stopped",
      "the fishing ban was a source of great concern",
    ])
      expect(evidence(content)).toBe("type.concern.concern");
  });
  it("is not expressed when the speaker names someone else's concern or uses the word as a preposition", () => {
    for (const content of [
      "the concerns of the northern provinces were discussed at length",
      "the committee heard Westland's concerns over the quotas",
      "the island's security concerns would be part of the agenda",
      "the talks covered issues concerning the river border",
      "the envoy met all the parties concerned on Monday",
      "the two ministers held talks on common concerns of the region",
      "we stand ready to address any misunderstandings or concerns promptly",
      "the delegations discussed the concerns raised by fishermen",
    ])
      expect(evidence(content)).not.toBe("type.concern.concern");
  });
});
