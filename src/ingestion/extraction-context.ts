// What extraction needs from the database: the states gazetteer and the people already known.
import type { PrismaClient } from "../generated/prisma/client.js";
import type { ExtractionContext, GazetteerState, KnownPerson } from "../extraction/types.js";

export async function loadGazetteer(prisma: PrismaClient): Promise<GazetteerState[]> {
  const states = await prisma.state.findMany({ include: { aliases: true }, orderBy: { code: "asc" } });
  return states.map((state) => ({
    code: state.code,
    name: state.name,
    officialName: state.officialName,
    aliases: state.aliases.map((alias) => ({ kind: alias.kind, value: alias.value })),
  }));
}

export async function loadKnownPeople(prisma: PrismaClient): Promise<KnownPerson[]> {
  const people = await prisma.person.findMany({ include: { state: { select: { code: true } } } });
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    normalizedName: person.normalizedName,
    aliases: person.aliases,
    stateCode: person.state?.code ?? null,
  }));
}

export async function loadExtractionContext(prisma: PrismaClient): Promise<ExtractionContext> {
  const [states, knownPeople] = await Promise.all([loadGazetteer(prisma), loadKnownPeople(prisma)]);
  return { states, knownPeople };
}
