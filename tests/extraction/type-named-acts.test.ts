// Rules type.accuse.violated, act.appeal.both-sides and hybrid.named-act.rules-type: a violation charged to the
// target is an accusation, a mediator's appeal to both sides stays an appeal with no sign, and a content rule that
// names the act decides the type over the model. All sentences are written for these tests (none come from the
// evaluation articles).
import { describe, expect, it } from "vitest";
import { classifyStatement, tenClass } from "../../src/extraction/statement-types.js";
import { decideStance, modelDecidesType, type ModelReading } from "../../src/extraction/speech-act.js";
import { scoreSentiment } from "../../src/extraction/sentiment.js";

const typeOf = (content: string, cue = "say", cueText = "") => tenClass(classifyStatement(cue, content, 0, cueText).type);

describe("a violation charged to the target", () => {
  it("is ACCUSES when the target violated or breached something, or acted illegally", () => {
    expect(typeOf("the Northland navy has repeatedly violated the fishing accord this spring.")).toBe("ACCUSES");
    expect(typeOf("Southland breached the truce line twice on Sunday.")).toBe("ACCUSES");
    expect(typeOf("two Eastland trawlers had illegally entered the bay.")).toBe("ACCUSES");
    // Uniformed people other than troops: personnel, servicemen, officers, police, guards.
    expect(typeOf("Northland personnel fired shots at Southland soldiers near the river crossing.")).toBe("ACCUSES");
  });
  it("leaves evaluations (illegal, unlawful, a breach of) as criticism", () => {
    expect(typeOf("the new toll on the bridge is unlawful and unjustified.")).toBe("CRITICISES");
    expect(typeOf("the test was a clear breach of the moratorium.")).toBe("CRITICISES");
  });
});

describe("an appeal to both sides", () => {
  it("stays APPEALS whatever it asks them to stop", () => {
    expect(typeOf("both sides to halt the shelling of the valley.", "urge", "The envoy urged both sides to halt")).toBe(
      "APPEALS",
    );
    expect(typeOf("the parties to refrain from moving troops.", "call", "The minister called on the parties to refrain")).toBe(
      "APPEALS",
    );
  });
  it("is a demand when one target is asked to stop", () => {
    expect(typeOf("Westland to halt the shelling of the valley.", "urge", "The envoy urged Westland to halt")).toBe("DEMANDS");
    // Suspending, retracting and apologising undo something too.
    expect(typeOf("Westland to suspend the drilling near the reef.", "urge", "The envoy urged Westland to suspend")).toBe(
      "DEMANDS",
    );
    expect(typeOf("an immediate retraction of the map.", "call", "The ministry called for an immediate retraction")).toBe(
      "DEMANDS",
    );
  });
  it("takes no sign", () => {
    const content = "both sides to cease the raids that have killed dozens of villagers.";
    const stance = decideStance({
      cue: "urge",
      cueText: "The envoy urged both sides to cease the raids",
      content,
      kind: "REPORTED_SPEECH",
      lexical: scoreSentiment(content),
    });
    expect(tenClass(stance.typeInfo.type)).toBe("APPEALS");
    expect(stance.sentiment.label).toBe("NEUTRAL");
  });
});

describe("a content rule that names the act", () => {
  const sure: ModelReading = { type: "PRAISES", typeProbability: 0.9, sentiment: "POSITIVE", sentimentProbability: 0.9 };
  it("decides the type over the model", () => {
    expect(modelDecidesType("type.cooperate.will-cooperate", sure)).toBe(false);
    expect(modelDecidesType("type.warn.warn", { ...sure, type: "CRITICISES", sentiment: "NEGATIVE" })).toBe(false);
    // An agreement or a commitment named in the content (2026.12.12): "agreed to work closely", "remains committed to
    // dialogue" are pledges, not praise, however sure the model is.
    expect(modelDecidesType("type.cooperate.agree", sure)).toBe(false);
    expect(modelDecidesType("type.cooperate.commitment", sure)).toBe(false);
    expect(typeOf("the two governments agreed to work closely on the new rail link.")).toBe("INTENDS_TO_COOPERATE");
    // A formal objection lodged is a protest, whatever plans it objects to.
    expect(typeOf("the country has lodged a formal objection against plans to expand the port.")).toBe("CRITICISES");
  });
  it("leaves rules that read the mood of the words to the model", () => {
    expect(modelDecidesType("act.lexical.fallback", sure)).toBe(true);
    expect(modelDecidesType("type.criticise.evaluative", { ...sure, type: "ACCUSES", sentiment: "NEGATIVE" })).toBe(true);
  });
});
