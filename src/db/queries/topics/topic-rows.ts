// Topics by id, slug, parent and statement; the taxonomy is small (a few dozen curated topics).
import type { PrismaClient, Topic } from "../../../generated/prisma/client.js";
import { alignById, groupByKey } from "../batch-rows.js";

/** A topic as tagged on a statement: how sure the tagger was and the words that gave it away. */
export type StatementTopicRow = Topic & { evidence: string | null; confidence: number };

export interface TopicCriteria {
  /** true: only top-level topics; false: only subtopics. */
  roots?: boolean;
  /** Only direct children of the topic with this slug. */
  parentSlug?: string;
}

/** The topic of each id, null when unknown. */
export async function topicsById(prisma: PrismaClient, ids: readonly number[]): Promise<(Topic | null)[]> {
  return alignById(ids, await prisma.topic.findMany({ where: { id: { in: [...ids] } } }));
}

/** The topic with this slug (lower case), or null. */
export function topicBySlug(prisma: PrismaClient, slug: string): Promise<Topic | null> {
  return prisma.topic.findUnique({ where: { slug } });
}

/** The topics matching `criteria`, by name. */
export function topicList(prisma: PrismaClient, criteria: TopicCriteria): Promise<Topic[]> {
  return prisma.topic.findMany({
    where: {
      ...(criteria.roots === true ? { parentId: null } : criteria.roots === false ? { parentId: { not: null } } : {}),
      ...(criteria.parentSlug != null ? { parent: { slug: criteria.parentSlug } } : {}),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** Each topic's direct children, by name. */
export async function childrenOfTopics(prisma: PrismaClient, ids: readonly number[]): Promise<Topic[][]> {
  const rows = await prisma.topic.findMany({ where: { parentId: { in: [...ids] } }, orderBy: { name: "asc" } });
  return groupByKey(ids, rows, (row) => row.parentId!);
}

/** Each statement's topics, by name, with the tagging's evidence and confidence. */
export async function topicsOfStatements(prisma: PrismaClient, statementIds: readonly number[]): Promise<StatementTopicRow[][]> {
  const rows = await prisma.$queryRaw<(StatementTopicRow & { statementId: number })[]>`
    SELECT tp.*, st."statementId", st."evidence", st."confidence" FROM "StatementTopic" st JOIN "Topic" tp ON tp."id" = st."topicId"
    WHERE st."statementId" = ANY(${[...statementIds]}) ORDER BY tp."name"`;
  return groupByKey(statementIds, rows, (row) => row.statementId).map((list) => list.map(({ statementId, ...topic }) => topic));
}
