// Shared fixtures for the extraction unit tests: the real gazetteer from seed data.
import { loadGazetteer } from "../../src/extraction/context.js";
import { extractArticle } from "../../src/extraction/extract-article.js";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import type { ExtractionContext, GazetteerState, KnownPerson } from "../../src/extraction/types.js";

let gazetteer: GazetteerState[] | null = null;

export function states(): GazetteerState[] {
  gazetteer ??= loadGazetteer();
  return gazetteer;
}

export function context(knownPeople: KnownPerson[] = []): ExtractionContext {
  return { states: states(), knownPeople };
}

export function article(body: string, title = "Test") {
  return { title, body, publishedAt: new Date("2025-01-07T06:00:00Z"), language: "en" };
}

/** Each statement extracted from `body` with its text, its speaker's name (or null) and its speaker state. */
export function spokenStatements(body: string): { text: string; speaker: string | null; state: string | null | undefined }[] {
  const r = extractArticle(article(body), context());
  return r.statements.map((s) => ({
    text: s.text,
    speaker: r.people.find((p) => p.key === s.speakerKey)?.name ?? null,
    state: s.speakerStateCode,
  }));
}

/** Runs `f` with the rule families `families` switched off (ablation in a unit test), then switches them on again. */
export function withRulesOff<T>(families: string[], f: () => T): T {
  setDisabledFamilies(families);
  try {
    return f();
  } finally {
    setDisabledFamilies([]);
  }
}
