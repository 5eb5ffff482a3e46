// States named in a statement that are not a side of it, left out while the statement names another target: the
// state whose sovereignty or internal affairs are violated (targets.sovereignty), the matter talks or words are about
// (targets.subject-matter), the state whose people were killed (targets.victim); and no target at all for an appeal
// to a collective (targets.collective-addressee). Sentences written for these tests; none is taken from an
// evaluation article.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { article, context, withRulesOff } from "./helpers.js";

const statementsOf = (body: string) => extractArticle(article(body), context()).statements;
const targetsOf = (body: string) => statementsOf(body).map((s) => s.targetCodes);

describe("rule targets.sovereignty", () => {
  it("leaves out the state whose sovereignty or affairs are violated while the violator is named", () => {
    expect(targetsOf("Norway's foreign minister Ola Brekke accused Azerbaijan of violating Armenia's sovereignty.")).toEqual([
      ["AZ"],
    ]);
    expect(targetsOf("Norway's foreign minister Ola Brekke criticised Azerbaijan for meddling in Armenian affairs.")).toEqual([
      ["AZ"],
    ]);
    expect(
      targetsOf(
        "Norway's foreign minister Ola Brekke said Azerbaijan must stop its interference in the internal affairs of Armenia.",
      ),
    ).toEqual([["AZ"]]);
  });

  it("keeps the state when no other state is named", () => {
    expect(targetsOf("Norway's foreign minister Ola Brekke said Armenia's sovereignty must be respected.")).toEqual([["AM"]]);
  });

  it("is a rule that can be switched off", () => {
    withRulesOff(["targets.sovereignty"], () =>
      expect(targetsOf("Norway's foreign minister Ola Brekke accused Azerbaijan of violating Armenia's sovereignty.")).toEqual([
        ["AZ", "AM"],
      ]),
    );
  });
});

describe("rule targets.victim, killings", () => {
  it("leaves out the state whose people or officials were killed while the killer is named", () => {
    expect(
      targetsOf("Norway's foreign minister Ola Brekke condemned the killing of Armenian border guards by Azerbaijan."),
    ).toEqual([["AZ"]]);
    expect(
      targetsOf("Norway's foreign minister Ola Brekke said Azerbaijan was behind the assassination of Armenia's envoy."),
    ).toEqual([["AZ"]]);
  });
});

describe("rule targets.subject-matter", () => {
  it("leaves out the state that words or talks are about while the other side is named", () => {
    expect(targetsOf("Norway's foreign minister Ola Brekke criticised Azerbaijan's remarks about Armenia.")).toEqual([["AZ"]]);
    expect(targetsOf("Norway's foreign minister Ola Brekke told Azerbaijan there could be no compromise on Armenia.")).toEqual([
      ["AZ"],
    ]);
  });

  it("keeps a state that is called on, pressed or sanctioned, and a possessive one", () => {
    expect(targetsOf("Norway's foreign minister Ola Brekke said Sweden called on Azerbaijan to withdraw.")).toEqual([
      ["SE", "AZ"],
    ]);
    expect(targetsOf("Norway's foreign minister Ola Brekke welcomed Sweden's remarks about Azerbaijan's elections.")).toEqual([
      ["SE", "AZ"],
    ]);
  });

  it("keeps the state when no other state is named", () => {
    expect(targetsOf("Norway's foreign minister Ola Brekke said there could be no compromise on Armenia.")).toEqual([["AM"]]);
  });

  it("is a rule that can be switched off", () => {
    withRulesOff(["targets.subject-matter"], () =>
      expect(targetsOf("Norway's foreign minister Ola Brekke criticised Azerbaijan's remarks about Armenia.")).toEqual([
        ["AZ", "AM"],
      ]),
    );
  });
});

describe("rule targets.collective-addressee", () => {
  const body = (appeal: string) =>
    "Armenia accused Azerbaijan of shelling border villages on Monday. " +
    "Azerbaijan denied the charge. " +
    `Armenian foreign minister Ara Sahakyan ${appeal}`;

  it("gives an appeal to the international community no target, not the article's counterpart", () => {
    const appeal = statementsOf(body("called on the international community to send observers."));
    expect(appeal.at(-1)?.text).toContain("international community");
    expect(appeal.at(-1)?.targetCodes).toEqual([]);
  });

  it("still gives an appeal without a collective addressee the article's counterpart", () => {
    const appeal = statementsOf(body("called for observers to be sent at once."));
    expect(appeal.at(-1)?.targetCodes).toEqual(["AZ"]);
  });
});

describe("rule targets.situated, straits", () => {
  it("takes a strait named after a state as a place while another target is named", () => {
    expect(targetsOf("Norway's foreign minister Ola Brekke said Azerbaijan's drills endangered the Armenia Strait.")).toEqual([
      ["AZ"],
    ]);
  });
});
