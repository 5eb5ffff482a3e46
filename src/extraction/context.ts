// The extraction context built from the reference data (states, official names, aliases), for tools that run the
// pipeline without a database: evaluation, benchmarks, classifier training.
import { buildStateRecords } from "../reference/state-records.js";
import { buildOfficeholderRecords } from "../reference/officeholder-records.js";
import { compileOfficeholders, type OfficeholderIndex } from "./people/officeholders.js";
import type { ExtractionContext, GazetteerState } from "./types.js";

export function loadGazetteer(): GazetteerState[] {
  return buildStateRecords().map((s) => ({
    code: s.code,
    name: s.name,
    officialName: s.officialName,
    aliases: s.aliases.map((a) => ({ kind: a.kind, value: a.value })),
  }));
}

/** The gazetteer with no known people: the context of an empty database. */
export function loadContext(): ExtractionContext {
  return { states: loadGazetteer(), knownPeople: [] };
}

let officeholders: OfficeholderIndex | null = null;

/** The dictionary of well-known officeholders, compiled once per process (it is static reference data). */
export function officeholderIndex(): OfficeholderIndex {
  officeholders ??= compileOfficeholders(buildOfficeholderRecords());
  return officeholders;
}
