// Links extracted people to stored ones. Extraction runs without known people (so it needs nothing from the database
// and can run in a worker thread); the link is made here, inside the write transaction, against only the people the
// article's names can match (src/db/queries/people/people-by-name.ts), and gives the same ids as extraction's own
// matching over every stored person (PeopleBuilder.finish in src/extraction/people/entities.ts): the index is built
// by the same function from every person indexed under one of those names, in the same order.
import type { ExtractedPerson, KnownPerson } from "../extraction/types.js";
import { indexKnownPeople } from "../extraction/people/entities.js";
import { normalizeName } from "../text/normalize-name.js";
import type { PersonWithState } from "../db/queries/people/people-by-name.js";

/** Every name an extracted person can be matched by: the normalised name and each normalised alias. */
export function nameKeysOf(people: ExtractedPerson[]): string[] {
  const keys = people.flatMap((person) => [person.normalizedName, ...person.aliases.map(normalizeName)]);
  return [...new Set(keys.filter((key) => key))];
}

/** One order whatever the database's collation: alias collisions in the name index then resolve the same way. */
function byNormalizedName(a: KnownPerson, b: KnownPerson): number {
  return a.normalizedName < b.normalizedName ? -1 : a.normalizedName > b.normalizedName ? 1 : 0;
}

/** What matching reads of a stored person. */
export type StoredName = Pick<PersonWithState, "id" | "name" | "normalizedName" | "aliases"> & { state: { code: string } | null };

/** Sets knownPersonId of each extracted person that matches one of `candidates` by name or alias. */
export function linkKnownPeople(people: ExtractedPerson[], candidates: StoredName[]): void {
  const known: KnownPerson[] = candidates
    .map((row) => ({
      id: row.id,
      name: row.name,
      normalizedName: row.normalizedName,
      aliases: row.aliases,
      stateCode: row.state?.code ?? null,
    }))
    .sort(byNormalizedName);
  const index = indexKnownPeople(known);
  for (const person of people) {
    const match =
      index.get(person.normalizedName) ?? person.aliases.map((alias) => index.get(normalizeName(alias))).find((found) => found);
    person.knownPersonId = match?.id ?? null;
  }
}
