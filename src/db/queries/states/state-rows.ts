// States and their aliases by id, for request loaders (one query per batch of ids).
import { Prisma, type PrismaClient, type State, type StateAlias } from "../../../generated/prisma/client.js";
import { alignById, groupByKey } from "../batch-rows.js";
import { rowsById } from "../rows-by-id.js";

const STATE_COLUMNS = Object.values(Prisma.StateScalarFieldEnum);

/** The state of each id, null when unknown. */
export async function statesById(prisma: PrismaClient, ids: readonly number[]): Promise<(State | null)[]> {
  return alignById(ids, await rowsById<State>(prisma, "State", STATE_COLUMNS, ids));
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
export async function targetsOfStatements(prisma: PrismaClient, statementIds: readonly number[]): Promise<State[][]> {
  const rows = await prisma.$queryRaw<(State & { statementId: number })[]>`
    SELECT st.*, t."statementId" FROM "StatementTarget" t JOIN "State" st ON st."id" = t."stateId"
    WHERE t."statementId" = ANY(${[...statementIds]}) ORDER BY st."name"`;
  return groupByKey(statementIds, rows, (row) => row.statementId).map((list) => list.map(({ statementId, ...state }) => state));
}
