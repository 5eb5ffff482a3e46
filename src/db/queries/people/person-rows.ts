// People by id, for request loaders (one query per batch of ids), with the columns the API shows.
import { Prisma, type Person, type PrismaClient } from "../../../generated/prisma/client.js";
import { alignById } from "../batch-rows.js";
import { rowsById } from "../rows-by-id.js";

/**
 * A person as the API shows it: without the columns only ingestion reads (normalizedName, aliasKeys,
 * aliasKeysStale) and the row's createdAt/updatedAt, which no field exposes.
 */
export type PersonView = Omit<Person, "normalizedName" | "aliasKeys" | "aliasKeysStale" | "createdAt" | "updatedAt">;

export const PERSON_VIEW_COLUMNS: readonly (keyof PersonView)[] = [
  "id",
  "name",
  "aliases",
  "role",
  "organisation",
  "stateId",
  "sanctioned",
  "sanctionNote",
];
const PERSON_LISTS: readonly (keyof PersonView)[] = ["aliases"];

/** The PersonView columns on `alias`, for raw SELECTs (aliases NULL read as an empty list, as Prisma reads it). */
export function personViewColumns(alias: string): Prisma.Sql {
  return Prisma.raw(
    PERSON_VIEW_COLUMNS.map((column) =>
      PERSON_LISTS.includes(column) ? `COALESCE(${alias}."${column}", '{}') AS "${column}"` : `${alias}."${column}"`,
    ).join(", "),
  );
}

/** The person of each id, null when unknown. */
export async function peopleById(prisma: PrismaClient, ids: readonly number[]): Promise<(PersonView | null)[]> {
  return alignById(ids, await rowsById<PersonView>(prisma, "Person", PERSON_VIEW_COLUMNS, ids, PERSON_LISTS));
}
