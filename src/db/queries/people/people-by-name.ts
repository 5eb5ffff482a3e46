// People looked up by the names an article mentions, through indexes (the unique normalizedName and the GIN index
// on aliasKeys), so that ingesting an article costs the same with a thousand or a million people stored.
import type { Prisma, PrismaClient } from "../../../generated/prisma/client.js";
import { normalizeName } from "../../../text/normalize-name.js";

type Db = PrismaClient | Prisma.TransactionClient;

const personWithState = { state: { select: { code: true } } } satisfies Prisma.PersonInclude;
export type PersonWithState = Prisma.PersonGetPayload<{ include: typeof personWithState }>;

/**
 * The keys a person is found by besides normalizedName: each alias normalised, and the normalised name when
 * normalizedName is empty (extraction indexes such a person by it, see indexKnownPeople).
 */
export function aliasKeysOf(person: { name: string; normalizedName: string; aliases: string[] }): string[] {
  const keys = person.aliases.map(normalizeName);
  if (!person.normalizedName) keys.unshift(normalizeName(person.name));
  return [...new Set(keys.filter((key) => key))];
}

/** Everyone whose normalizedName or one of whose normalised aliases is among `keys`. */
export async function peopleByNameKeys(db: Db, keys: string[]): Promise<PersonWithState[]> {
  if (!keys.length) return [];
  return db.person.findMany({
    where: { OR: [{ normalizedName: { in: keys } }, { aliasKeys: { hasSome: keys } }] },
    include: personWithState,
  });
}

const STALE_BATCH = 1000;

/**
 * Recomputes aliasKeys where a writer that does not maintain them changed aliases (the trigger of migration
 * person_alias_keys marks those rows) or where rows predate the column. Usually finds nothing through the index on
 * aliasKeysStale. A row whose aliases change meanwhile is left stale for the next call. Returns the rows updated.
 */
export async function refreshStaleAliasKeys(db: Db): Promise<number> {
  let updated = 0;
  for (let after = 0; ;) {
    const stale = await db.person.findMany({
      where: { aliasKeysStale: true, id: { gt: after } },
      select: { id: true, name: true, normalizedName: true, aliases: true },
      orderBy: { id: "asc" },
      take: STALE_BATCH,
    });
    if (!stale.length) return updated;
    const rows = stale.map((person) => ({ ...person, keys: aliasKeysOf(person) }));
    updated += await db.$executeRaw`
      UPDATE "Person" p SET "aliasKeys" = v.keys, "aliasKeysStale" = false
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id int, name text, aliases text[], keys text[])
      WHERE p.id = v.id AND p.name = v.name AND p.aliases = v.aliases`;
    if (stale.length < STALE_BATCH) return updated;
    after = stale[stale.length - 1]!.id;
  }
}
