// Rules type.deny.refuse (refusing what the target demands or claims rejects it) and frame.cooperate.reaffirm-support
// (restating one's own support or commitment pledges it). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";

const typeOf = (cue: string, content: string, cueText = "") => tenClass(classifyStatement(cue, content, 0, cueText).type);

describe("a refusal of the target's demand or claim", () => {
  it("is a denial when the speaker will never accept, give up or bow to it", () => {
    expect(typeOf("say", "Northland would never accept a river border drawn by the Southland commission.")).toBe("DENIES");
    expect(typeOf("say", "we will not give up one valley of the upland districts")).toBe("DENIES");
    expect(typeOf("say", "the question of the lighthouse is non-negotiable")).toBe("DENIES");
    expect(typeOf("say", "the treaty is settled and we have no plans to revisit it")).toBe("DENIES");
  });
  it("is no denial when the speaker will not tolerate something (a warning) or only cannot accept it", () => {
    expect(typeOf("say", "Northland will not tolerate more drills near its islands")).toBe("WARNS");
    expect(typeOf("say", "the fishing quota is unfair and we cannot accept it")).not.toBe("DENIES");
  });
});

describe("a reaffirmed support or commitment", () => {
  it("is intent to cooperate, whatever the content's own words", () => {
    expect(
      typeOf(
        "reiterate",
        "Northland's firm support for the new government in Southland.",
        "The minister reaffirmed Northland's firm support for the new",
      ),
    ).toBe("INTENDS_TO_COOPERATE");
    expect(
      typeOf(
        "reiterate",
        "its commitment to helping the coastal states, encouraging them to pool their patrols.",
        "The envoy reiterated its commitment to helping the",
      ),
    ).toBe("INTENDS_TO_COOPERATE");
  });
  it("does not apply when what is reaffirmed is a view", () => {
    expect(typeOf("reiterate", "that the talks had stalled over the harbour fees.", "The envoy reiterated that the talks")).toBe(
      "COMMENTS",
    );
  });
});
