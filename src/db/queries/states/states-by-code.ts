// States looked up by ISO code (alpha-2 or alpha-3), for the fields that show the state found.
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";
import { queryRows } from "../../raw-rows.js";
import { stateViewColumns, type StateView } from "./state-rows.js";

/**
 * The states whose alpha-2 or alpha-3 code is among `codes` (upper case); unknown codes are simply absent. Read
 * through the driver adapter (raw-rows.ts). For `state(code:)` and relations, which show the state; filters need
 * only ids, which they take from the process-wide map of codes (state-ids-by-code.ts).
 */
export function statesByCode(prisma: PrismaClient, codes: readonly string[]): Promise<StateView[]> {
  return queryRows<StateView>(
    prisma,
    Prisma.sql`SELECT ${stateViewColumns("st")} FROM "State" st WHERE st."code" = ANY(${[...codes]}::text[]) OR st."alpha3" = ANY(${[...codes]}::text[])`,
  );
}
