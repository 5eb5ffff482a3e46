// What extraction needs from the database: the states gazetteer and the people already known.
// Known people only link an extracted person to a stored identity (see findPeople). The ingester keeps its copy
// equal to what the database holds after every article (refreshKnownPeople), in one fixed order, so that a run in
// one go, in several batches, or resumed after a crash links the same names to the same people.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
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

/** One order for known people whatever the database's collation: alias collisions in the name index then resolve the same way. */
function byNormalizedName(a: KnownPerson, b: KnownPerson): number {
  return a.normalizedName < b.normalizedName ? -1 : a.normalizedName > b.normalizedName ? 1 : 0;
}

export async function loadKnownPeople(prisma: PrismaClient, where: Prisma.PersonWhereInput = {}): Promise<KnownPerson[]> {
  const people = await prisma.person.findMany({ where, include: { state: { select: { code: true } } } });
  return people
    .map((person) => ({
      id: person.id,
      name: person.name,
      normalizedName: person.normalizedName,
      aliases: person.aliases,
      stateCode: person.state?.code ?? null,
    }))
    .sort(byNormalizedName);
}

export async function loadExtractionContext(prisma: PrismaClient): Promise<ExtractionContext> {
  const [states, knownPeople] = await Promise.all([loadGazetteer(prisma), loadKnownPeople(prisma)]);
  return { states, knownPeople };
}

/**
 * After an article is stored: the people it mentions as the database now holds them (new ones, and known ones that
 * gained aliases), so the next article sees exactly what a fresh run would load.
 */
export async function refreshKnownPeople(prisma: PrismaClient, context: ExtractionContext, articleId: number): Promise<void> {
  const stored = await loadKnownPeople(prisma, { mentions: { some: { articleId } } });
  if (!stored.length) return;
  const byId = new Map(context.knownPeople.map((person) => [person.id, person]));
  for (const person of stored) byId.set(person.id, person);
  context.knownPeople = [...byId.values()].sort(byNormalizedName);
}
