// States looked up by ISO code (alpha-2 or alpha-3), so that filters compare state ids, never codes.
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";
import { queryRows } from "../../raw-rows.js";
import { stateViewColumns, type StateView } from "./state-rows.js";

/**
 * The states whose alpha-2 or alpha-3 code is among `codes` (upper case); unknown codes are simply absent. Read
 * through the driver adapter (raw-rows.ts): every list filtered by state codes runs this first.
 */
export function statesByCode(prisma: PrismaClient, codes: readonly string[]): Promise<StateView[]> {
  return queryRows<StateView>(
    prisma,
    Prisma.sql`SELECT ${stateViewColumns("st")} FROM "State" st WHERE st."code" = ANY(${[...codes]}::text[]) OR st."alpha3" = ANY(${[...codes]}::text[])`,
  );
}
