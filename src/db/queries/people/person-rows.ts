// People by id, for request loaders (one query per batch of ids).
import { Prisma, type Person, type PrismaClient } from "../../../generated/prisma/client.js";
import { alignById } from "../batch-rows.js";
import { rowsById } from "../rows-by-id.js";

const PERSON_COLUMNS = Object.values(Prisma.PersonScalarFieldEnum);
const PERSON_LISTS: readonly (keyof Person)[] = ["aliases", "aliasKeys"];

/** The person of each id, null when unknown. */
export async function peopleById(prisma: PrismaClient, ids: readonly number[]): Promise<(Person | null)[]> {
  return alignById(ids, await rowsById<Person>(prisma, "Person", PERSON_COLUMNS, ids, PERSON_LISTS));
}
