// Reporting frames other than "said" and coordinated speech acts (rules speech.frame.* and speech.coordinated.*).
// Every sentence is written for these tests and appears in no evaluation article.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { SPEECH_FRAMES } from "../../src/extraction/statements/speech-frames.js";
import { article, context } from "./helpers.js";

function run(body: string) {
  const result = extractArticle(article(body), context());
  const byKey = new Map(result.people.map((p) => [p.key, p.name]));
  return result.statements.map((s) => ({ ...s, speaker: s.speakerKey ? (byKey.get(s.speakerKey) ?? null) : null }));
}

describe("speech frames", () => {
  it("keeps every frame as data with a unique id", () => {
    const ids = SPEECH_FRAMES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith("speech.frame."))).toBe(true);
  });

  it("reads thanks and rebukes as speech acts", () => {
    const [thanks] = run("Chile thanked Peru for sending firefighters to the southern forests.");
    expect(thanks?.speakerStateCode).toBe("CL");
    expect(thanks?.targetCodes).toEqual(["PE"]);
    const [rebuke] = run("Norway rebuked Iceland over the whaling quota announced last week.");
    expect(rebuke?.speakerStateCode).toBe("NO");
  });

  it("needs the particle or complement where the word alone is ambiguous", () => {
    expect(run("Portugal hit out at Spain over the river dams on Monday.")).toHaveLength(1);
    expect(run("The storm hit the coast of Portugal on Monday.")).toHaveLength(0);
    expect(run("Austria refused to endorse the joint communique drafted by Hungary.")).toHaveLength(1);
    expect(run("Austria refused entry to the convoy.")).toHaveLength(0);
    expect(run("Ghana defended the new export levy as a fair price for cocoa growers.")).toHaveLength(1);
  });

  it("reads protests lodged, allegations, invitations, rebuttals, appreciation and congratulations as acts", () => {
    const acts = (body: string) => run(body).map((s) => [s.speakerStateCode, s.targetCodes.join(","), s.type]);
    expect(acts("Chile's foreign ministry registered a protest with Peru over the fishing boats seized on Monday.")).toEqual([
      ["CL", "PE", "CRITICISES"],
    ]);
    expect(acts("Norway lodged strong representations with Iceland about the new whaling quota.")).toEqual([
      ["NO", "IS", "CRITICISES"],
    ]);
    expect(acts("Austria alleged Hungary's role in the smuggling of the migrants across the border.")).toEqual([
      ["AT", "HU", "ACCUSES"],
    ]);
    expect(acts("Fiji invited Tonga to attend the ocean summit in Suva next year.")).toEqual([["FJ", "TO", "APPEALS"]]);
    expect(acts("Laos appreciated the support of Vietnam for its new railway.")).toEqual([["LA", "VN", "PRAISES"]]);
    expect(acts("Mongolia extended its congratulations to Japan on the launch of the new satellite.")).toEqual([
      ["MN", "JP", "PRAISES"],
    ]);
  });

  it("reads readout verbs: touted, highlighted, mentioned, encouraged … to", () => {
    const acts = (body: string) => run(body).map((s) => [s.speakerStateCode, s.targetCodes.join(","), s.type]);
    expect(acts("Chile touted the steady progress of its trade talks with Peru.")).toEqual([["CL", "PE", "PRAISES"]]);
    expect(acts("Norway highlighted the role of Iceland in the Arctic Council.")).toHaveLength(1);
    expect(acts("Laos mentioned the very good relations between its army and Vietnam's.")).toHaveLength(1);
    expect(acts("Fiji encouraged Tonga to join the new fisheries agreement.")).toEqual([["FJ", "TO", "APPEALS"]]);
    expect(run("Heavy rains encouraged farmers in Kenya to plant early.")).toHaveLength(0);
    expect(acts("Mexico clarified that the pause does not mean it will cut trade with Canada.")).toHaveLength(1);
    expect(acts("Chile's foreign minister termed the Bolivian claim baseless.")).toHaveLength(1);
  });

  it("reads attitudes expressed, conveyed or offered as statements (rule speech.expressed.attitude-words)", () => {
    expect(run("Chile expressed on Wednesday its deep gratitude for Peru's help with the fires.")).toHaveLength(1);
    expect(run("Norway conveyed the King's cordial greetings to Iceland on its national day.")).toHaveLength(1);
    expect(run("Fiji offered its heartfelt condolences to Tonga after the cyclone.")).toHaveLength(1);
    expect(run("Austria expressed pride in hosting the talks between Hungary and Slovakia.")).toHaveLength(1);
    expect(run("Fiji offered a new ferry route to Tonga.")).toHaveLength(0);
  });

  it("reads charges, high praise, requests for support, expectations and stated confidence", () => {
    const acts = (body: string) => run(body).map((s) => [s.speakerStateCode, s.targetCodes.join(","), s.type]);
    expect(acts("Chile charged that Bolivia's new dam violates the river treaty.")).toEqual([["CL", "BO", "ACCUSES"]]);
    expect(acts("Norway spoke highly of Iceland's work in the Arctic Council.")).toEqual([["NO", "IS", "PRAISES"]]);
    expect(acts("Fiji sought Tonga's support for the new fisheries agreement.")).toEqual([["FJ", "TO", "APPEALS"]]);
    expect(acts("Chile expects Peru to respect the maritime border.")).toEqual([["CL", "PE", "APPEALS"]]);
    expect(acts("Fiji is confident that Tonga will sign the fisheries agreement.")).toHaveLength(1);
    expect(run("The talks between Chile and Peru are expected to resume in May.")).toHaveLength(0);
    expect(run("The Chilean minister was charged with corruption in Peru.")).toHaveLength(0);
    expect(run("The price of copper from Chile is expected to rise, as Peru's output is.")).toHaveLength(0);
  });

  it("reads a hope stated without 'that' and 'detailed' / 'outlined' as speech", () => {
    expect(run("Chile said the talks had gone well and hoped the dispute with Peru would be settled soon.")).toHaveLength(2);
    expect(run("Fiji hopes Tonga will join the fisheries agreement next year.")).toHaveLength(1);
    expect(run("Chile outlined its proposals to Peru for the joint fishing zone.")).toHaveLength(1);
    expect(run("Hopes for a deal between Chile and Peru faded on Monday.")).toHaveLength(0);
    expect(run("Chile presented a detailed plan to Peru.")).toHaveLength(0);
  });

  it("reads a warning, protest, appeal or denial 'issued' as that act", () => {
    const acts = (body: string) => run(body).map((s) => s.type);
    expect(acts("Chile issued a stern warning to Peru over the fishing boats.")).toEqual(["WARNS"]);
    expect(acts("Norway issued a strong protest to Iceland over the whaling quota.")).toEqual(["CRITICISES"]);
    expect(acts("Ghana issued a denial of the reports from Togo.")).toEqual(["DENIES"]);
    expect(run("The central bank of Chile issued a new bond in Japan.")).toHaveLength(0);
  });

  it("leaves the adjective 'alleged', a passive invitation and other senses alone", () => {
    expect(run("The court in Austria heard the case of alleged Hungarian smugglers.")).toHaveLength(0);
    expect(run("Tonga was invited by Fiji to the ocean summit.")).toHaveLength(0);
    expect(run("The Chilean peso appreciated against the dollar on Monday.")).toHaveLength(0);
    expect(run("The firm registered a new company in Peru last year.")).toHaveLength(0);
  });

  it("reads 'continued' as speech only before a colon or a participle of speech", () => {
    const statements = run(
      'Danish Trade Minister Lars Holm spoke in Oslo on Monday.\n\n"Trade between our countries must stay open," Holm ' +
        "continued, adding that Denmark would raise the fish tariffs with Norway next month.",
    );
    expect(statements.map((s) => [s.kind, s.speaker])).toEqual([
      ["DIRECT_QUOTE", "Lars Holm"],
      ["REPORTED_SPEECH", "Lars Holm"],
    ]);
    const [colon] = run(
      "Danish Trade Minister Lars Holm spoke in Oslo.\n\nHe continued: “Norway must lift the tariffs on our fish.”",
    );
    expect(colon).toMatchObject({ kind: "DIRECT_QUOTE", speaker: "Lars Holm" });
    expect(run("Fighting continued, with Ukraine reporting shelling near the border on Monday.")).toHaveLength(0);
  });
});

describe("coordinated speech acts", () => {
  it("gives a relative clause's verb the pronoun's antecedent as speaker (rule speaker.relative-clause)", () => {
    const body =
      "Chile rejected the remarks of Peruvian Foreign Minister Ana Ruiz, who described the border as a wound.\n\n" +
      "“Such words do not help relations with Peru.”";
    const statements = run(body);
    expect(statements.map((s) => [s.kind, s.speaker, s.speakerStateCode])).toEqual([
      ["REPORTED_SPEECH", null, "CL"],
      ["REPORTED_SPEECH", "Ana Ruiz", "PE"],
      // The side remark's speaker is not remembered: the quote after it goes on with Chile.
      ["DIRECT_QUOTE", null, "CL"],
    ]);
    const [which] = run("Peru was responding to a note from the Chilean government, which rejected the new fishing quotas.");
    expect(which?.speakerStateCode).toBe("CL");
  });

  it("makes a clause opened by 'after' with a speaker of its own a second statement (rule speech.coordinated.subordinate)", () => {
    const statements = run(
      "Chile protested to Peru on Monday, a day after Peruvian President Ana Ruiz said Lima would review the fishing treaty.",
    );
    expect(statements.map((s) => [s.speaker, s.speakerStateCode])).toEqual([
      [null, "CL"],
      ["Ana Ruiz", "PE"],
    ]);
    expect(statements[1]?.text).toBe("after Peruvian President Ana Ruiz said Lima would review the fishing treaty.");
    // Without a speaker of its own, the clause stays in the statement.
    expect(run("Chile protested to Peru on Monday after the fishing talks said nothing new.")).toHaveLength(1);
  });

  it("splits a second act with the same subject into its own statement", () => {
    const statements = run(
      "Finland said the border crossings would stay shut and warned Russia that new provocations would be answered.",
    );
    expect(statements).toHaveLength(2);
    expect(statements[0]?.text).toBe("Finland said the border crossings would stay shut");
    expect(statements[1]?.speakerStateCode).toBe("FI");
    expect(statements[1]?.text).toMatch(/^and warned Russia/);
  });

  it("gives a second act with its own subject that subject", () => {
    const statements = run("Kenya said the convoy had been delayed by floods, as Uganda urged both sides to reopen the road.");
    expect(statements.map((s) => s.speakerStateCode)).toEqual(["KE", "UG"]);
  });

  it("leaves a verb inside the reported clause alone", () => {
    expect(run("Mexico said it would continue to urge Guatemala to patrol the border.")).toHaveLength(1);
  });
});

describe("quotes over several paragraphs", () => {
  it("keeps a quote left open at a paragraph end and resumed in the next one as one statement", () => {
    const body =
      '"We will keep the consulate in Porto open for as long as our citizens need it," Brazilian Foreign Minister Rui Prado said.\n\n"The visas issued there are valid across the whole region.\n\n"Nobody will be left without help."';
    const statements = run(body);
    const last = statements[statements.length - 1]!;
    expect(statements).toHaveLength(2);
    expect(last.text).toContain("Nobody will be left without help.");
    expect(last.text).toContain("The visas issued there");
    expect(last.speaker).toBe("Rui Prado");
  });
});

describe("rule speech.frame.be-concerned", () => {
  it("reads a government's stated concern as a statement of concern", () => {
    const [concern] = run("Portugal is deeply concerned at the seizure of its trawler by Spain.");
    expect(concern?.speakerStateCode).toBe("PT");
    expect(concern?.type).toBe("EXPRESSES_CONCERN");
    expect(concern?.targetCodes).toEqual(["ES"]);
  });

  it("leaves a relative clause without its object alone", () => {
    const body = "Spain raised the quota dispute, which Portugal is concerned about, at the meeting.";
    expect(run(body).some((s) => s.speakerStateCode === "PT")).toBe(false);
  });
});
