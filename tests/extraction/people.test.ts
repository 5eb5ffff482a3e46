import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { normalizeName } from "../../src/extraction/text-utils.js";
import { article, context } from "./helpers.js";

const people = (body: string, known = context()) => extractArticle(article(body), known).people;

describe("normalizeName", () => {
  it("unifies case, accents, hyphens and spaces", () => {
    expect(normalizeName("Kim Jong-un")).toBe(normalizeName("Kim Jong Un"));
    expect(normalizeName("Jean-Noël Barrot")).toBe("jean noel barrot");
  });
});

describe("people", () => {
  it("splits titles off as roles and takes the state from demonyms and possessives", () => {
    const ps = people(
      "Chinese Foreign Minister Wang Yi met Japan's Defence Minister Gen Nakatani. Wang said the talks were useful.",
    );
    expect(ps.map((p) => [p.name, p.stateCode, p.role])).toEqual([
      ["Wang Yi", "CN", "Foreign Minister"],
      ["Gen Nakatani", "JP", "Defence Minister"],
    ]);
    expect(ps[0]!.count).toBe(2);
  });

  it("reads appositions and person-only contexts", () => {
    const ps = people(
      "Abbas Araghchi, the Iranian foreign minister, said talks would continue. The RSF is led by Mohamed Hamdan Dagalo, who is under U.S. sanctions.",
    );
    const araghchi = ps.find((p) => p.name === "Abbas Araghchi");
    expect(araghchi?.stateCode).toBe("IR");
    expect(araghchi?.role).toBe("Iranian foreign minister");
    const dagalo = ps.find((p) => p.name === "Mohamed Hamdan Dagalo");
    expect(dagalo?.sanctioned).toBe(true);
    expect(dagalo?.sanctionNote).toMatch(/sanctions/);
  });

  it("keeps particles and hyphenated names, and skips organisations and places", () => {
    const ps = people(
      "European Commission President Ursula von der Leyen met General Abdel Fattah al-Burhan. Elections for a governor of Essequibo were banned. The Foreign Ministry said nothing.",
    );
    expect(ps.map((p) => p.name)).toEqual(["Ursula von der Leyen", "Abdel Fattah al-Burhan"]);
  });

  it("does not treat 'Un' in Kim Jong Un as the UN", () => {
    expect(people("Photos showed leader Kim Jong Un at the launch.").map((p) => p.name)).toEqual(["Kim Jong Un"]);
  });

  it("links known people by normalised name and aliases, without taking anything else from them", () => {
    const known = context([
      { id: 42, name: "Pak Chol-su", normalizedName: "pak chol su", aliases: ["Pak Chol Su"], stateCode: "KP" },
    ]);
    // A name outside the officeholder dictionary, which (static data) may give a state of its own.
    const [kim] = people("Marshal Pak Chol Su inspected the site.", known);
    expect(kim?.knownPersonId).toBe(42);
    // The stored state would make the article's statements depend on what was ingested before it (issue 10).
    expect(kim?.stateCode).toBeNull();
  });
});

describe("a multi-word name next to a personal act (rule people.personal-act)", () => {
  it("accepts the name before 'thanked'/'met' and after 'thanked'/'talks with'", () => {
    const names = people(
      "Aziz Karimov thanked Nurlan Bekov for the welcome. Later, Elena Varga met reporters after talks with Tomas Novak.",
    ).map((p) => p.name);
    expect(names).toEqual(["Aziz Karimov", "Nurlan Bekov", "Elena Varga", "Tomas Novak"]);
  });

  it("does not accept a capitalised phrase before other verbs", () => {
    expect(people("Border Guards patrolled the river while Coast Watch stayed in port.")).toEqual([]);
  });
});

describe("words that date or qualify an office (rule people.role-modifiers)", () => {
  it("keeps the state before 'newly elected', 'former', 'incoming'", () => {
    const ps = people(
      "Chile's newly elected president Ana Rojas met Peru's former prime minister Luis Vega and Japan's incoming foreign minister Taro Sato.",
    );
    expect(ps.map((p) => [p.name, p.stateCode])).toEqual([
      ["Ana Rojas", "CL"],
      ["Luis Vega", "PE"],
      ["Taro Sato", "JP"],
    ]);
  });
});

describe("counterparts", () => {
  it("reads 'his Russian counterpart X' as a title with its state", () => {
    const ps = people("Brazilian President Ana Lima and her Chilean counterpart Jorge Soto agreed to reopen the border.");
    expect(ps.map((p) => [p.name, p.stateCode, p.role])).toEqual([
      ["Ana Lima", "BR", "President"],
      // The counterpart holds the office of the person he meets (people.counterpart-role).
      ["Jorge Soto", "CL", "President"],
    ]);
  });
});
