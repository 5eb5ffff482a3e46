// What each of many people has said, in figures (Person.summary and PersonSummary.topTargets): one query per
// batch of people, answered in the order of the ids asked for.
import type { PrismaClient } from "../../../generated/prisma/client.js";

export interface PersonStats {
  statementCount: number;
  averageSentiment: number | null;
}

export interface TargetTally {
  stateId: number;
  statementCount: number;
  averageSentiment: number;
}

/** Each person's statement count and mean tone (zero and null without statements). */
export async function personStats(prisma: PrismaClient, personIds: readonly number[]): Promise<PersonStats[]> {
  const rows = await prisma.$queryRaw<(PersonStats & { personId: number })[]>`
    SELECT s."speakerId" AS "personId", COUNT(*)::int AS "statementCount", AVG(s."sentimentScore")::float8 AS "averageSentiment"
    FROM "Statement" s WHERE s."speakerId" = ANY(${[...personIds]}) GROUP BY 1`;
  const map = new Map(rows.map(({ personId, ...row }) => [personId, row]));
  return personIds.map((id) => map.get(id) ?? { statementCount: 0, averageSentiment: null });
}

/** Each person's `limit` most frequent target states, most statements first (state id breaks ties). */
export async function personTopTargets(
  prisma: PrismaClient,
  personIds: readonly number[],
  limit: number,
): Promise<TargetTally[][]> {
  const rows = await prisma.$queryRaw<(TargetTally & { personId: number })[]>`
    SELECT "personId", "stateId", "statementCount", "averageSentiment" FROM (
      SELECT s."speakerId" AS "personId", t."stateId", COUNT(*)::int AS "statementCount", AVG(s."sentimentScore")::float8 AS "averageSentiment",
             ROW_NUMBER() OVER (PARTITION BY s."speakerId" ORDER BY COUNT(*) DESC, t."stateId") AS rank
      FROM "Statement" s JOIN "StatementTarget" t ON t."statementId" = s."id"
      WHERE s."speakerId" = ANY(${[...personIds]})
      GROUP BY 1, 2) ranked
    WHERE rank <= ${limit} ORDER BY "personId", rank`;
  const map = new Map<number, TargetTally[]>(personIds.map((id) => [id, []]));
  for (const { personId, ...row } of rows) map.get(personId)?.push(row);
  return personIds.map((id) => map.get(id)!);
}
