// Target states (rules targets.*). Sentences written for these tests only.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { BOTH_SIDES_PATTERN, counterpartTargets } from "../../src/extraction/targets.js";
import { StatementType, type ExtractedStatement } from "../../src/extraction/types.js";
import { article, context, withRulesOff } from "./helpers.js";

const targets = (body: string) => extractArticle(article(body), context()).statements.map((s) => s.targetCodes);

describe("targets", () => {
  it("never names the speaker's own state", () => {
    expect(targets("Norway said Norway would keep its fishing quotas unchanged next year.")).toEqual([[]]);
  });

  it("skips capitals named as the place where something happens", () => {
    expect(targets("Kenya said the talks with Somalia held in Nairobi had been useful.")).toEqual([["SO"]]);
    expect(targets("Austria criticised Hungary over the border fence, speaking to reporters in Paris.")[0]).not.toContain("FR");
    expect(targets("Sweden blamed Iran for a drone attack on its embassy to Iraq.")).toEqual([["IR"]]);
  });

  it("skips datelines", () => {
    expect(targets("LIMA (Wire) - Ecuador said Colombia should reopen the border crossing.")).toEqual([["CO"]]);
  });

  it("lets a statement that names no state address the states its speaker addressed just before", () => {
    const r = targets('Estonia condemned Russia for the airspace violation. "This cannot go on," Estonia said.');
    expect(r).toEqual([["RU"], ["RU"]]);
  });

  it("directs a statement that names no state at the article's counterpart, factual comments included", () => {
    const body = [
      "Serbia moved troops to the border with Kosovo on Monday, and Serbia's army said more would follow.",
      'Kosovo Prime Minister Ardit Berisha condemned "this dangerous provocation".',
    ].join("\n\n");
    const result = extractArticle(article(body), context());
    const condemned = result.statements.find((s) => s.text.includes("provocation"))!;
    expect(condemned.targetCodes).toEqual(["RS"]);
    // The rule on its own: a factual comment takes the counterpart too (targets.comment-counterpart); ties go to the
    // state named first, and a third party (AL) in a story about two states named as often takes both
    // (targets.counterpart-pair).
    const bare = (type: StatementType, speakerStateCode: string) =>
      ({ ...condemned, type, speakerStateCode, targetCodes: [] }) as ExtractedStatement;
    const statements = [bare(StatementType.COMMENTS, "XK"), bare(StatementType.WARNS, "RS"), bare(StatementType.PRAISES, "AL")];
    const states = [
      { code: "XK", count: 2, mentions: [{ start: 40, end: 46 }] },
      { code: "RS", count: 2, mentions: [{ start: 0, end: 6 }] },
    ];
    counterpartTargets(statements, states);
    expect(statements.map((s) => s.targetCodes)).toEqual([["RS"], ["XK"], ["RS", "XK"]]);
  });

  it("reads 'urged both sides' as the two states the article is about, but not 'the two sides agreed'", () => {
    const body = [
      "Armenia and Azerbaijan exchanged fire on their border overnight, and Armenia said Azerbaijan had shelled three villages.",
      "Russia urged both sides to show restraint.",
      "Later the two sides agreed to a truce, Armenia said.",
    ].join("\n\n");
    const statements = extractArticle(article(body), context()).statements;
    expect(statements.find((s) => s.text.includes("show restraint"))!.targetCodes).toEqual(["AM", "AZ"]);
    expect(statements.find((s) => s.text.includes("agreed to a truce"))!.targetCodes).not.toEqual(["AM", "AZ"]);
  });

  it("skips a state that mediated or hosted the deal the statement is about (targets.mediator)", () => {
    expect(targets("Jordan welcomed the Oman-brokered truce between Yemen and Saudi Arabia.")).toEqual([["YE", "SA"]]);
    expect(targets("Ghana said the truce mediated by Senegal between Mali and Niger must hold.")).toEqual([["ML", "NE"]]);
  });

  it("skips states listed with the speaker's own as co-actors, unless nothing else is addressed (targets.co-actor)", () => {
    const allies =
      "Norway's foreign minister said Norway, Denmark and Iceland were united and would not let Russia block the council.";
    expect(targets(allies)).toEqual([["RU"]]);
    expect(targets("Peru's foreign minister said Peru and Chile had agreed to reopen the border crossing next month.")).toEqual([
      ["CL"],
    ]);
  });

  it("reads 'the two neighbours' as the speaker and its one target when the statement names both", () => {
    const body = [
      "Uzbekistan and Afghanistan signed a railway deal on Monday, and Uzbekistan said Afghanistan would host the next round.",
      "Pakistan's foreign minister urged Kabul to stop militant attacks inside Pakistan, which have strained ties between the two neighbours.",
    ].join("\n\n");
    const statements = extractArticle(article(body), context()).statements;
    expect(statements.find((s) => s.text.includes("two neighbours"))!.targetCodes).toEqual(["AF"]);
  });

  it("aims a third party's directed act at both sides of a two-state story (targets.counterpart-pair)", () => {
    const body = [
      "Armenia and Azerbaijan exchanged fire on their border overnight, and Armenia said Azerbaijan had shelled three villages.",
      "Azerbaijan said Armenian troops fired first, and Armenia denied it.",
      'Norway\'s foreign minister said the fighting was "deeply alarming".',
    ];
    const pair = extractArticle(article(body.slice(0, 3).join("\n\n")), context()).statements;
    expect(pair.find((s) => s.text.includes("deeply alarming"))!.targetCodes.toSorted()).toEqual(["AM", "AZ"]);
    // One state named far more often than the next: the act is aimed at that one only.
    const lopsided = [body[0], body[1], body[1], body[2]].join("\n\n");
    const single = extractArticle(article(lopsided), context()).statements;
    expect(single.find((s) => s.text.includes("deeply alarming"))!.targetCodes.length).toBe(1);
  });

  it("never takes a target from another statement of the same sentence (targets.other-statement)", () => {
    const body = "Poland said Russia had violated its airspace overnight, while Lithuania said its border guards were on alert.";
    // Without targets.comment-counterpart, which would give Lithuania's factual comment the story's two sides.
    expect(withRulesOff(["targets.comment-counterpart"], () => targets(body))).toEqual([["RU"], []]);
  });

  it("never takes the states of a speaking list as targets (targets.co-actor)", () => {
    expect(targets("The governments of Canada, Mexico and Chile said Peru had broken the regional trade pact.")).toEqual([
      ["PE"],
    ]);
  });

  it("aims a denial that names no state at the state that last charged the speaker's (targets.accuser)", () => {
    const body = [
      "Russia and Belarus held joint drills near the Russian border, and Russia said the drills would continue all month.",
      "Lithuania accused Belarus of pushing migrants across the border.",
      "The Belarusian foreign ministry rejected the accusations as groundless.",
    ].join("\n\n");
    const statements = extractArticle(article(body), context()).statements;
    expect(statements.find((s) => s.text.includes("groundless"))!.targetCodes).toEqual(["LT"]);
  });
  it("aims at the state that governs a disputed territory, never at a name inside an agreement's name", () => {
    expect(targets("Spain's foreign minister said the future of Gibraltar could not be decided without Madrid.")).toEqual([
      ["GB"],
    ]);
    expect(targets("Peru accused Ecuador of breaching the Lisbon Protocol on fishing.")).toEqual([["EC"]]);
  });
  it("aims a denial at the owner of the claim, not at the states the claim names (targets.denied-claim)", () => {
    expect(targets("Hungary rejected Romanian allegations that it was funding separatists in Moldova.")).toEqual([["RO"]]);
    expect(targets("Ghana dismissed the charges by Togo that it had armed rebels from Burkina Faso.")).toEqual([["TG"]]);
    // A claim nobody named is aimed at the state it names.
    expect(targets("Chile rejected suggestions that the pact was aimed at Bolivia.")).toEqual([["BO"]]);
  });
  it("skips the state where people are held, live or are posted (targets.people-place)", () => {
    expect(targets("Japan said two of its citizens held hostage in Syria had been freed with help from Qatar.")).toEqual([
      ["QA"],
    ]);
    expect(targets("Canada thanked Oman for freeing a teacher detained by the Houthis in Yemen.")).toEqual([["OM"]]);
    expect(targets("Chad urged Egypt to share the cost of caring for refugees from Sudan.")).toEqual([["EG"]]);
  });
  it("reads 'either country' and 'the two governments' as the two states the article is about (targets.both-sides)", () => {
    const body = [
      "Laos said on Sunday that Myanmar had shelled a market, and Laos moved troops to the river as Laos closed its schools.",
      "Singapore said it would suspend its river trade with either country until the guns fell silent.",
    ].join("\n\n");
    const statements = extractArticle(article(body), context()).statements;
    expect(statements.find((s) => s.text.includes("river trade"))!.targetCodes.sort()).toEqual(["LA", "MM"]);
    // "on either side of" names a place, not the two sides.
    expect(BOTH_SIDES_PATTERN.test("villagers on either side of the river")).toBe(false);
    expect(BOTH_SIDES_PATTERN.test("firms on both sides of the Atlantic")).toBe(false);
    expect(BOTH_SIDES_PATTERN.test("talks between the two governments")).toBe(true);
  });
  it("reads 'the two countries' said by one of the article's two states as the other one (targets.both-sides)", () => {
    const body = [
      "Estonia and Finland signed a ferry agreement on Monday. Finland said the ferries would run all winter; Sweden said it would watch the route.",
      "Estonia's prime minister said the deal would deepen trade between the two countries for years.",
    ].join("\n\n");
    const statements = extractArticle(article(body), context()).statements;
    expect(statements.find((s) => s.text.includes("deepen trade"))!.targetCodes).toEqual(["FI"]);
  });
  it("skips a state named as where something happens while another is the target (targets.situated)", () => {
    expect(targets("Norway urged Eritrea to stop the fighting in Ethiopia at once.")).toEqual([["ER"]]);
    expect(targets("Austria said Serbia bore the blame for the unrest across Kosovo.")).toEqual([["RS"]]);
    expect(targets("Brazil urged Paraguay to stop using the Bolivia question to win votes.")).toEqual([["PY"]]);
    // The place is kept when it is all the statement names.
    expect(targets("Ireland said it was alarmed by the violence in Haiti.")).toEqual([["HT"]]);
  });
  it("reads 'the three countries' as the last list of three states, unless it holds the speaker (targets.group-reference)", () => {
    const listed = "Chile, Peru and Bolivia signed a water pact on Monday.\n\n";
    expect(targets(listed + "Argentina said the three countries had ignored its rights to the river.")).toEqual([
      ["CL", "PE", "BO"],
    ]);
    expect(targets(listed + "Chile said the three countries would share the river fairly with Argentina.")).toEqual([["AR"]]);
  });
  it("skips transit countries (targets.transit)", () => {
    expect(targets("Morocco accused Algeria of sending weapons to the rebels through neighbouring Mali.")).toEqual([["DZ"]]);
    expect(targets("Kazakhstan said it would sell more oil to Italy via Azerbaijan next year.")).toEqual([["IT"]]);
  });
  it("aims a statement that names no state at the state of the person whose act it judges (targets.person-owner)", () => {
    const body = [
      "Chile and Peru signed a trade deal on Monday, and Peru said Chile would gain most. Argentine President Javier Milei, speaking in Madrid, called the deal a disaster.",
      "Chile's foreign minister said Milei's words were uninformed and offensive.",
    ].join("\n\n");
    const statements = extractArticle(article(body), context()).statements;
    expect(statements.find((s) => s.text.includes("uninformed"))!.targetCodes).toEqual(["AR"]);
  });
  it("aims a statement that names no state at the state of a foreign official it is addressed to (targets.person-named)", () => {
    const body = [
      "Chile and Peru signed a trade deal on Monday, and Peru said Chile would gain most. Argentine President Javier Milei, speaking in Madrid, called the deal a disaster.",
      "Chile's foreign minister urged Milei to read the agreement before judging it.",
    ].join("\n\n");
    const urged = (r: ReturnType<typeof extractArticle>) => r.statements.find((s) => s.text.includes("read the agreement"))!;
    expect(urged(extractArticle(article(body), context())).targetCodes).toEqual(["AR"]);
    // Without it the article's counterpart (Peru, named most) stands in.
    const without = withRulesOff(["targets.person-named"], () => extractArticle(article(body), context()));
    expect(urged(without).targetCodes).toEqual(["PE"]);
  });
  it("gives no counterpart when the story's other side is an international body (targets.body-counterpart)", () => {
    const body = [
      "The European Union on Monday expelled two Russian diplomats over a spying case in Belgium.",
      "Russia's foreign ministry said it would respond firmly to the EU decision. The EU has expelled Russian envoys before.",
    ].join("\n\n");
    const respond = (r: ReturnType<typeof extractArticle>) => r.statements.find((s) => s.text.includes("respond"))!;
    expect(respond(extractArticle(article(body), context())).targetCodes).toEqual([]);
    const without = withRulesOff(["targets.body-counterpart"], () => extractArticle(article(body), context()));
    expect(respond(without).targetCodes).toEqual(["BE"]);
  });
  it("aims a factual comment that names no state at the article's counterpart (targets.comment-counterpart)", () => {
    const body = [
      "Iran seized a tanker in the Gulf on Sunday, and Iran said the crew was safe.",
      "Greece's shipping minister said the seizure took place in international waters.",
      "Iran's navy said the seizure was lawful.",
    ].join("\n\n");
    // The story's main actor defending its own act as lawful denies the charge (type.deny.own-legitimacy), so the
    // denial answers the counterpart; the two factual comments are about the other side too.
    expect(targets(body)).toEqual([["GR"], ["IR"], ["GR"]]);
    expect(withRulesOff(["targets.comment-counterpart"], () => targets(body))).toEqual([[], [], ["GR"]]);
  });
});
