// A topic includes its subtopics: the ids of each topic's whole subtree, resolved before a statement query so
// that the statement SQL compares topic ids with constants.
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";

async function subtrees<K extends number | string>(
  prisma: PrismaClient,
  keys: readonly K[],
  rootColumn: "id" | "slug",
): Promise<Map<K, number[]>> {
  const column = Prisma.raw(`"${rootColumn}"`);
  const rows = await prisma.$queryRaw<{ root: K; id: number }[]>`
    WITH RECURSIVE subtree("root", "id") AS (
      SELECT ${column}, "id" FROM "Topic" WHERE ${column} = ANY(${keys})
      UNION SELECT subtree."root", t."id" FROM "Topic" t JOIN subtree ON t."parentId" = subtree."id"
    ) SELECT "root", "id" FROM subtree`;
  const result = new Map<K, number[]>(keys.map((key) => [key, []]));
  for (const row of rows) result.get(rootColumn === "id" ? (Number(row.root) as K) : row.root)?.push(row.id);
  return result;
}

/** For each topic id, that topic and all its descendants. Unknown ids map to an empty list. */
export function topicSubtrees(prisma: PrismaClient, topicIds: readonly number[]): Promise<Map<number, number[]>> {
  return subtrees(prisma, topicIds, "id");
}

/** For each topic slug, the ids of that topic and all its descendants. Unknown slugs map to an empty list. */
export function topicSubtreesBySlug(prisma: PrismaClient, slugs: readonly string[]): Promise<Map<string, number[]>> {
  return subtrees(prisma, slugs, "slug");
}
