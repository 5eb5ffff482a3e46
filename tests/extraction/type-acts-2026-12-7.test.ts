// Rules type.warn.will-hold-responsible, the negated denial in type.deny.deny, the commitments "decided to" and
// "commitment to" in type.cooperate.will-cooperate, act.demand.stop-appeal as a named act, type.appeal.process-must,
// type.cooperate.supports-in and type.accuse.backs-armed-groups. All sentences are written for these tests (none come
// from the evaluation articles).
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";
import { decideStance, modelDecidesType, type ModelReading } from "../../src/extraction/speech-act.js";
import { scoreSentiment } from "../../src/extraction/sentiment.js";

const typeOf = (content: string) => tenClass(classifyStatement("say", content).type);
const sure = (over: Partial<ModelReading>): ModelReading => ({
  type: "COMMENTS",
  typeProbability: 0.9,
  sentiment: "NEUTRAL",
  sentimentProbability: 0.9,
  ...over,
});

describe("holding the target responsible in the future", () => {
  it("warns", () => {
    expect(typeOf("Northland would hold the coastal republic responsible for any damage to its cables.")).toBe("WARNS");
    expect(typeOf("the raiders' sponsors will be held accountable for every village burned.")).toBe("WARNS");
  });
  it("blames when told in the past", () => {
    expect(typeOf("the ministry held Southland responsible for the blast at the depot.")).toBe("ACCUSES");
  });
});

describe("a negated denial", () => {
  it("is no denial", () => {
    expect(typeOf("Eastland does not deny that its engineers were at the dam.")).not.toBe("DENIES");
    expect(typeOf("we will not deny what the records show about the loan.")).not.toBe("DENIES");
  });
  it("leaves plain denials alone", () => {
    expect(typeOf("the cabinet denied that any troops had crossed the river.")).toBe("DENIES");
  });
});

describe("commitments to cooperate", () => {
  it("reads 'decided to' and 'commitment to' as intent to cooperate", () => {
    expect(typeOf("the two governments have decided to hold regular meetings of their trade envoys.")).toBe(
      "INTENDS_TO_COOPERATE",
    );
    expect(typeOf("the ministry's commitment to supporting the island states' fisheries agency.")).toBe("INTENDS_TO_COOPERATE");
  });
});

describe("the hybrid type", () => {
  it("keeps a demand to stop over the model", () => {
    expect(modelDecidesType("act.demand.stop-appeal", sure({}))).toBe(false);
  });
});

describe("'must' said of a process", () => {
  it("is an appeal with no sign", () => {
    expect(typeOf("the border talks must resume before the harvest.")).toBe("APPEALS");
    const content = "any further escalation must be stopped before the winter sets in.";
    const stance = decideStance({
      cue: "say",
      cueText: "the envoy said any further escalation must",
      content,
      kind: "REPORTED_SPEECH",
      lexical: scoreSentiment(content),
    });
    expect(tenClass(stance.typeInfo.type)).toBe("APPEALS");
    expect(stance.sentiment.label).toBe("NEUTRAL");
  });
  it("leaves 'must' said of an actor a demand", () => {
    expect(typeOf("Westland must withdraw its gunboats from the lake.")).toBe("DEMANDS");
  });
});

describe("support pledged for what the target will do", () => {
  it("is intent to cooperate", () => {
    expect(typeOf("Northland supports the island states in building their own coast guards.")).toBe("INTENDS_TO_COOPERATE");
    expect(typeOf("the government backs both neighbours to settle the river dispute by treaty.")).toBe("INTENDS_TO_COOPERATE");
  });
});

describe("backing armed groups", () => {
  it("is a charge, however harsh the words around it", () => {
    expect(typeOf("the shameless regime keeps arming separatists in the hills.")).toBe("ACCUSES");
    expect(typeOf("Southland has been sheltering insurgents and funding their raids.")).toBe("ACCUSES");
  });
});
