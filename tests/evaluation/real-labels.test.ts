// The committed labels of the real-news sets (development and held-out) are well-formed: every field the scorer and the
// restore procedure need, cues of 3 to 6 words, values from the labelling guide's lists. Runs without the texts (they
// are git-ignored); where a text is present, each cue must occur in it exactly once.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { realDir, realHoldoutDir } from "./harness/corpus.js";
import { TEN_CLASSES } from "../../src/extraction/statement-types.js";

const KINDS = ["DIRECT_QUOTE", "PARTIAL_QUOTE", "REPORTED_SPEECH"];
const SENTIMENTS = ["NEGATIVE", "NEUTRAL", "POSITIVE"];
const CODE = /^[A-Z]{2}$/;

interface Label {
  id: string;
  url: string;
  query: string;
  rank: number;
  outlet: string;
  region: string;
  states: string[];
  statesOptional?: string[];
  people: { name: string; state: string | null; role: string | null; aliases?: string[] }[];
  statements: Record<string, unknown>[];
}

function readLabels(folder: string, subfolder = "labels"): { file: string; label: Label }[] {
  const dir = path.join(folder, subfolder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, label: JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Label }));
}

/** Every problem found in one label file, as readable strings (empty when the file is well-formed). */
function problems(file: string, label: Label): string[] {
  const out: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) out.push(`${file}: ${what}`);
  };
  need(`${label.id}.json` === file, "id must equal the file name");
  need(/^https?:\/\//.test(label.url), "url");
  for (const key of ["query", "outlet", "region"] as const) need(typeof label[key] === "string" && label[key].length > 0, key);
  need(Number.isInteger(label.rank) && label.rank >= 1, "rank ≥ 1");
  need(label.states.length > 0 && [...label.states, ...(label.statesOptional ?? [])].every((c) => CODE.test(c)), "state codes");
  const names = new Set(label.people.map((p) => p.name));
  for (const p of label.people) need(p.state === null || CODE.test(p.state), `person ${p.name}: state`);
  need(label.statements.length > 0, "at least one statement");
  for (const s of label.statements) {
    const cue = String(s.cue ?? "");
    const words = cue.trim().split(/\s+/).length;
    need(cue.length > 0 && words >= 3 && words <= 6, `cue "${cue}" must have 3 to 6 words`);
    need(s.evidence === undefined, `cue "${cue}": real-news labels carry cue, never evidence`);
    need(KINDS.includes(String(s.kind)), `cue "${cue}": kind`);
    need(SENTIMENTS.includes(String(s.sentiment)), `cue "${cue}": sentiment`);
    need(s.sentimentAlso === undefined || SENTIMENTS.includes(String(s.sentimentAlso)), `cue "${cue}": sentimentAlso`);
    need((TEN_CLASSES as readonly string[]).includes(String(s.type)), `cue "${cue}": type ${String(s.type)}`);
    need(s.typeAlso === undefined || (TEN_CLASSES as readonly string[]).includes(String(s.typeAlso)), `cue "${cue}": typeAlso`);
    need(s.speaker === null || names.has(String(s.speaker)), `cue "${cue}": speaker must be listed in people`);
    need(s.speakerState === null || CODE.test(String(s.speakerState)), `cue "${cue}": speakerState`);
    const required = Array.isArray(s.targets) ? (s.targets as string[]) : [];
    const targets = [...required, ...((s.targetsOptional as string[] | undefined) ?? [])];
    need(Array.isArray(s.targets) && targets.every((c) => CODE.test(c)), `cue "${cue}": targets`);
    need(!required.includes(String(s.speakerState)), `cue "${cue}": the speaker's own state is never a target`);
  }
  return out;
}

/** Cues that do not occur exactly once in the article's text, for the texts that are present. */
function cueMisses(folder: string, label: Label): string[] {
  const textFile = path.join(folder, "texts", `${label.id}.json`);
  if (!existsSync(textFile)) return [];
  const body = (JSON.parse(readFileSync(textFile, "utf8")) as { body: string }).body;
  return label.statements
    .map((s) => String(s.cue))
    .filter((cue) => body.split(cue).length - 1 !== 1)
    .map((cue) => `${label.id}: "${cue}"`);
}

const SETS = { "real-news development set": realDir, "real-news held-out set": realHoldoutDir };

for (const [name, folder] of Object.entries(SETS)) {
  describe(`labels of the ${name}`, () => {
    const labels = readLabels(folder);
    it("has at least 25 labelled articles", () => {
      expect(labels.length).toBeGreaterThanOrEqual(25);
    });
    it("has well-formed label files (fields, cue length, values from the guide)", () => {
      expect(labels.flatMap(({ file, label }) => problems(file, label))).toEqual([]);
    });
    it("has cues that occur exactly once in each text that is present", () => {
      expect(labels.flatMap(({ label }) => cueMisses(folder, label))).toEqual([]);
    });
  });
}

describe("the held-out real-news set", () => {
  it("shares no article url with the development set", () => {
    const devUrls = new Set(readLabels(realDir).map((x) => x.label.url));
    expect(readLabels(realHoldoutDir).filter((x) => devUrls.has(x.label.url))).toEqual([]);
  });
  it("detects a malformed label (the checks are not vacuous)", () => {
    const broken = { ...readLabels(realHoldoutDir)[0]!.label, rank: 0, statements: [{ cue: "two words", kind: "QUOTE" }] };
    expect(problems(`${broken.id}.json`, broken as Label).length).toBeGreaterThanOrEqual(3);
  });
});

describe("the second labelling of held-out articles (npm run eval:agreement)", () => {
  const second = readLabels(realHoldoutDir, "second-labels");
  const first = new Map(readLabels(realHoldoutDir).map((x) => [x.label.id, x.label]));
  it("has well-formed label files, each a second labelling of a held-out article at the same url", () => {
    expect(second.length).toBeGreaterThanOrEqual(25);
    expect(second.flatMap(({ file, label }) => problems(file, label))).toEqual([]);
    expect(second.filter(({ label }) => first.get(label.id)?.url !== label.url).map((x) => x.file)).toEqual([]);
  });
  it("has cues that occur exactly once in each text that is present", () => {
    expect(second.flatMap(({ label }) => cueMisses(realHoldoutDir, label))).toEqual([]);
  });
});
