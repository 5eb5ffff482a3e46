// What extraction needs from the database: the states gazetteer, loaded once per process and database (extraction
// compiles it once too, keyed by this array). Known people are not part of it: ingestion links extracted people to
// stored ones by name inside its write transaction (link-known-people.ts), so nothing here grows with the people.
import type { PrismaClient } from "../generated/prisma/client.js";
import type { ExtractionContext, GazetteerState } from "../extraction/types.js";

export async function loadGazetteer(prisma: PrismaClient): Promise<GazetteerState[]> {
  const states = await prisma.state.findMany({ include: { aliases: true }, orderBy: { code: "asc" } });
  return states.map((state) => ({
    code: state.code,
    name: state.name,
    officialName: state.officialName,
    aliases: state.aliases.map((alias) => ({ kind: alias.kind, value: alias.value })),
  }));
}

const gazetteers = new WeakMap<PrismaClient, GazetteerState[]>();

/** The extraction context for `prisma`'s database; an empty gazetteer (states not seeded yet) is not kept. */
export async function extractionContext(prisma: PrismaClient): Promise<ExtractionContext> {
  let states = gazetteers.get(prisma);
  if (!states) {
    states = await loadGazetteer(prisma);
    if (states.length) gazetteers.set(prisma, states);
  }
  return { states, knownPeople: [] };
}
