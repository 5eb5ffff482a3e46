// Synthetic people for the ingestion-latency bench: made-up names of two-letter syllables (so every name is
// distinct and plain ASCII: lower() is then exactly normalizeName, and aliasKeys can be filled in SQL), each with
// one alias, the surname first. Inserted in one statement per call, straight from generate_series.
import type { PrismaClient } from "../generated/prisma/client.js";

const SYLLABLES = [..."bdfgklmnprstvzhj"].flatMap((consonant) => [..."aeiou"].map((vowel) => consonant + vowel)).slice(0, 64);

/** Adds generated people until the table holds `total` of them (people ingestion created do not count). */
export async function topUpGeneratedPeople(prisma: PrismaClient, total: number): Promise<number> {
  const [{ count }] = await prisma.$queryRaw<[{ count: number }]>`
    SELECT count(*)::int AS count FROM "Person" WHERE "role" = 'generated'`;
  if (count >= total) return 0;
  const syllables = `ARRAY[${SYLLABLES.map((s) => `'${s}'`).join(",")}]`;
  // Digits of i in base 64 pick the syllables: two for the first name, three for the surname.
  const digit = (power: number) => `s[(i / ${64 ** power} % 64) + 1]`;
  return prisma.$executeRawUnsafe(`
    INSERT INTO "Person" ("name", "normalizedName", "aliases", "aliasKeys", "aliasKeysStale", "role", "updatedAt")
    SELECT first || ' ' || last, lower(first || ' ' || last), ARRAY[last || ' ' || first], ARRAY[lower(last || ' ' || first)],
      false, 'generated', now()
    FROM (
      SELECT initcap(${digit(0)} || ${digit(1)}) AS first, initcap(${digit(2)} || ${digit(3)} || ${digit(4)}) AS last
      FROM generate_series(${count + 1}, ${total}) AS i, (SELECT ${syllables} AS s) AS syllables
    ) AS names`);
}
