// Shared fixtures for the extraction unit tests: the real gazetteer from seed data.
import { loadGazetteer } from "../../src/extraction/context.js";
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
