// The states and people each article mentions, most mentioned first (one query per batch of articles).
import type { Person, PrismaClient, State } from "../../../generated/prisma/client.js";
import { groupByKey } from "../batch-rows.js";

export async function stateMentionsOfArticles(
  prisma: PrismaClient,
  articleIds: readonly number[],
): Promise<{ state: State; count: number }[][]> {
  const rows = await prisma.articleStateMention.findMany({
    where: { articleId: { in: [...articleIds] } },
    include: { state: true },
    orderBy: [{ count: "desc" }, { stateId: "asc" }],
  });
  return groupByKey(articleIds, rows, (row) => row.articleId);
}

export async function personMentionsOfArticles(
  prisma: PrismaClient,
  articleIds: readonly number[],
): Promise<{ person: Person; count: number }[][]> {
  const rows = await prisma.articlePersonMention.findMany({
    where: { articleId: { in: [...articleIds] } },
    include: { person: true },
    orderBy: [{ count: "desc" }, { personId: "asc" }],
  });
  return groupByKey(articleIds, rows, (row) => row.articleId);
}
