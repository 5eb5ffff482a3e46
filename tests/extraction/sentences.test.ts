import { describe, expect, it } from "vitest";
import { segment } from "../../src/extraction/sentences.js";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { context } from "./helpers.js";

describe("segment", () => {
  it("keeps U.S. and U.N. inside sentences and offsets exact", () => {
    const text = 'The U.S. and the U.N. condemned the launch. North Korea said it was "self-defence."\n\nSEOUL said nothing';
    const seg = segment(text);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The U.S. and the U.N. condemned the launch.",
      'North Korea said it was "self-defence."',
      "SEOUL said nothing",
    ]);
    for (const t of seg.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("breaks sentences at paragraph breaks even without final punctuation", () => {
    const seg = segment("TOKYO, Jan. 7 — Headline without stop\nNext paragraph starts here.");
    expect(seg.sentences).toHaveLength(2);
  });
});

describe("rule sentences.name-abbreviation", () => {
  const body = "Philippine Trade Secretary Ma. Lourdes Velasco said Manila would file a protest. Talks resume next week.";

  it("does not end a sentence at an abbreviated first name, and the name runs on over it", () => {
    expect(segment(body).sentences).toHaveLength(2);
    const r = extractArticle({ title: "Test", body, publishedAt: new Date("2025-06-02T00:00:00Z"), language: "en" }, context());
    const p = r.people.find((x) => x.name === "Ma. Lourdes Velasco");
    expect(p?.stateCode).toBe("PH");
    expect(r.statements[0]?.speakerStateCode).toBe("PH");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["sentences.name-abbreviation"]);
    try {
      expect(segment(body).sentences).toHaveLength(3);
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("rule sentences.no-space-boundary", () => {
  const text =
    "The envoy said Canada-U.S. trade would recover once the tariffs were lifted. Anti-U.N. slogans were heard outside. The talks went on.";

  it("does not end a sentence inside an abbreviation joined to a word", () => {
    expect(segment(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The envoy said Canada-U.S. trade would recover once the tariffs were lifted.",
      "Anti-U.N. slogans were heard outside.",
      "The talks went on.",
    ]);
  });

  it("still ends a sentence at a full stop with a missing space after a word", () => {
    expect(segment("Officials met in Ottawa.During the talks nothing was agreed.").sentences).toHaveLength(2);
  });
});

describe("rule sentences.extended-latin-word", () => {
  const text =
    "Turkish President Recep Tayyip Erdoğan said Ankara would not accept the plan. Serbian President Aleksandar Vučić told reporters Belgrade wanted calm.";

  it("keeps a word with letters beyond Latin-1 in one token, so that names with them are found whole", () => {
    const words = segment(text).tokens.map((t) => t.text);
    expect(words).toContain("Erdoğan");
    expect(words).toContain("Vučić");
    const r = extractArticle(
      { title: "Test", body: text, publishedAt: new Date("2025-06-02T00:00:00Z"), language: "en" },
      context(),
    );
    expect(r.people.map((p) => [p.name, p.stateCode])).toEqual([
      ["Recep Tayyip Erdoğan", "TR"],
      ["Aleksandar Vučić", "RS"],
    ]);
  });

  it("is a rule that can be switched off (wink's own split)", () => {
    setDisabledFamilies(["sentences.extended-latin-word"]);
    try {
      expect(segment(text).tokens.map((t) => t.text)).not.toContain("Erdoğan");
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("rule sentences.decimal-number", () => {
  const text = "The bank approved a K7.5 billion loan for roads. The minister welcomed it.";
  const sentences = () => segment(text).sentences.map((s) => text.slice(s.start, s.end));

  it("does not end a sentence at the dot of a number with a letter before it", () => {
    expect(sentences()).toEqual(["The bank approved a K7.5 billion loan for roads.", "The minister welcomed it."]);
  });

  it("is a rule that can be switched off (wink's own break)", () => {
    setDisabledFamilies(["sentences.decimal-number"]);
    try {
      expect(sentences()[0]).toBe("The bank approved a K7.");
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("rule sentences.apostrophe-variants", () => {
  const text = "The envoy rejected Manila´s claim, Kyivʼs plan and Lima`s offer.";
  const tokens = () => segment(text).tokens.map((t) => [t.text, t.lower]);

  it("reads an acute accent, a modifier letter or a backtick between letters as an apostrophe", () => {
    const seg = segment(text);
    expect(seg.text).toBe(text);
    expect(seg.tokens.every((t) => t.text === text.slice(t.start, t.end))).toBe(true);
    expect(tokens().filter(([, lower]) => lower === "’s")).toEqual([
      ["´s", "’s"],
      ["ʼs", "’s"],
      ["`s", "’s"],
    ]);
    expect(tokens().map(([t]) => t)).toContain("Kyiv");
  });

  it("is a rule that can be switched off (wink splits the accent off, and keeps the modifier letter in the word)", () => {
    setDisabledFamilies(["sentences.apostrophe-variants"]);
    try {
      const words = tokens().map(([t]) => t);
      expect(words).toContain("Kyivʼs");
      expect(words.slice(3, 6)).toEqual(["Manila", "´", "s"]);
    } finally {
      setDisabledFamilies([]);
    }
  });
});

describe("rule sentences.wrapped-line", () => {
  // A page layout that wraps lines inside sentences (written for this test).
  const body =
    "Speaking at the dinner,\nPresident Bola Tinubu said Nigeria would deepen its trade\nties with Ghana this year.\nThe talks end on Friday.";

  it("runs a sentence on over a line break before a lower-case word, and still breaks before a capital", () => {
    expect(segment(body).sentences.map((s) => body.slice(s.start, s.end))).toEqual([
      "Speaking at the dinner,",
      "President Bola Tinubu said Nigeria would deepen its trade\nties with Ghana this year.",
      "The talks end on Friday.",
    ]);
    const r = extractArticle({ title: "Test", body, publishedAt: new Date("2025-06-02T00:00:00Z"), language: "en" }, context());
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]?.text).toContain("ties with Ghana");
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["sentences.wrapped-line"]);
    try {
      expect(segment(body).sentences).toHaveLength(4);
    } finally {
      setDisabledFamilies([]);
    }
  });
});
