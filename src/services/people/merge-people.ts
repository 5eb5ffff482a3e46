// Folding a duplicate person record into the one to keep: statements and article mentions move over (mention
// counts add up), names become aliases, missing facts are taken from the duplicate, and the duplicate is deleted,
// all in one transaction.
import type { Person, PrismaClient } from "../../generated/prisma/client.js";
import { badInput, notFound, type InputProblem, type Outcome, type RecordRef } from "../service-errors.js";

/** What the kept record knows after the merge: its own facts first, the duplicate's where it has none. */
function mergedFacts(into: Person, duplicate: Person) {
  return {
    aliases: [...new Set([...into.aliases, duplicate.name, ...duplicate.aliases])].filter((alias) => alias !== into.name),
    role: into.role ?? duplicate.role,
    organisation: into.organisation ?? duplicate.organisation,
    stateId: into.stateId ?? duplicate.stateId,
    sanctioned: into.sanctioned || duplicate.sanctioned,
    sanctionNote: into.sanctionNote ?? duplicate.sanctionNote,
  };
}

async function findPeople(prisma: PrismaClient, into: RecordRef, duplicate: RecordRef): Promise<Outcome<[Person, Person]>> {
  const find = (ref: RecordRef) => (ref.id === null ? null : prisma.person.findUnique({ where: { id: ref.id } }));
  const [kept, folded] = await Promise.all([find(into), find(duplicate)]);
  const problems: InputProblem[] = [];
  if (!kept) problems.push(notFound("into", `No person has the ID "${into.given}".`));
  if (!folded) problems.push(notFound("duplicate", `No person has the ID "${duplicate.given}".`));
  if (kept && folded && kept.id === folded.id) problems.push(badInput("duplicate", "A person cannot be merged into itself."));
  if (problems.length || !kept || !folded) return { ok: false, problems };
  return { ok: true, value: [kept, folded] };
}

/** Merges `duplicate` into `into` and returns the kept person, or the problems with the references. */
export async function mergePeople(prisma: PrismaClient, into: RecordRef, duplicate: RecordRef): Promise<Outcome<Person>> {
  const found = await findPeople(prisma, into, duplicate);
  if (!found.ok) return found;
  const [kept, folded] = found.value;
  const person = await prisma.$transaction(async (tx) => {
    await tx.statement.updateMany({ where: { speakerId: folded.id }, data: { speakerId: kept.id } });
    const mentions = await tx.articlePersonMention.findMany({ where: { personId: folded.id } });
    for (const mention of mentions) {
      await tx.articlePersonMention.upsert({
        where: { articleId_personId: { articleId: mention.articleId, personId: kept.id } },
        create: { articleId: mention.articleId, personId: kept.id, count: mention.count },
        update: { count: { increment: mention.count } },
      });
    }
    await tx.person.delete({ where: { id: folded.id } });
    return tx.person.update({ where: { id: kept.id }, data: mergedFacts(kept, folded) });
  });
  return { ok: true, value: person };
}
