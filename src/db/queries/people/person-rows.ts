// People by id, for request loaders (one query per batch of ids).
import type { Person, PrismaClient } from "../../../generated/prisma/client.js";
import { alignById } from "../batch-rows.js";

/** The person of each id, null when unknown. */
export async function peopleById(prisma: PrismaClient, ids: readonly number[]): Promise<(Person | null)[]> {
  return alignById(ids, await prisma.person.findMany({ where: { id: { in: [...ids] } } }));
}
