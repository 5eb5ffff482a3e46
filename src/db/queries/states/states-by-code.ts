// States looked up by ISO code (alpha-2 or alpha-3), so that filters compare state ids, never codes.
import type { PrismaClient, State } from "../../../generated/prisma/client.js";

/** The states whose alpha-2 or alpha-3 code is among `codes` (upper case); unknown codes are simply absent. */
export function statesByCode(prisma: PrismaClient, codes: readonly string[]): Promise<State[]> {
  return prisma.$queryRaw<State[]>`
    SELECT * FROM "State" WHERE "code" = ANY(${codes}::text[]) OR "alpha3" = ANY(${codes}::text[])`;
}
