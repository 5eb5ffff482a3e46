// States and their aliases by id, for request loaders (one query per batch of ids).
import { Prisma, type PrismaClient, type State, type StateAlias } from "../../../generated/prisma/client.js";
import { alignById, groupByKey } from "../batch-rows.js";
import { rowsById } from "../rows-by-id.js";

/**
 * A state as the API shows it: without the row's createdAt/updatedAt, which no field exposes. Every state a request
 * reads would otherwise carry two timestamps parsed into Dates for nothing.
 */
export type StateView = Omit<State, "createdAt" | "updatedAt">;

export const STATE_VIEW_COLUMNS: readonly (keyof StateView)[] = [
  "id",
  "code",
  "alpha3",
  "name",
  "officialName",
  "region",
  "subregion",
];

/** The StateView columns on `alias`, for raw SELECTs. */
export function stateViewColumns(alias: string): Prisma.Sql {
  return Prisma.raw(STATE_VIEW_COLUMNS.map((column) => `${alias}."${column}"`).join(", "));
}

/** The state of each id, null when unknown. */
export async function statesById(prisma: PrismaClient, ids: readonly number[]): Promise<(StateView | null)[]> {
  return alignById(ids, await rowsById<StateView>(prisma, "State", STATE_VIEW_COLUMNS, ids));
}

/** Each state's aliases, by kind then value. */
export async function aliasesOfStates(prisma: PrismaClient, stateIds: readonly number[]): Promise<StateAlias[][]> {
  const rows = await prisma.stateAlias.findMany({
    where: { stateId: { in: [...stateIds] } },
    orderBy: [{ kind: "asc" }, { value: "asc" }],
  });
  return groupByKey(stateIds, rows, (row) => row.stateId);
}

/** Each statement's target states, by name. */
export async function targetsOfStatements(prisma: PrismaClient, statementIds: readonly number[]): Promise<StateView[][]> {
  const rows = await prisma.$queryRaw<(StateView & { statementId: number })[]>`
    SELECT ${stateViewColumns("st")}, t."statementId" FROM "StatementTarget" t JOIN "State" st ON st."id" = t."stateId"
    WHERE t."statementId" = ANY(${[...statementIds]}) ORDER BY st."name"`;
  return groupByKey(statementIds, rows, (row) => row.statementId).map((list) => list.map(({ statementId, ...state }) => state));
}
