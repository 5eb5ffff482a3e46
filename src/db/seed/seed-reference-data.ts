// Idempotent loading of reference data: every ISO state with its aliases, and the topic taxonomy.
import type { PrismaClient } from "../../generated/prisma/client.js";
import { buildStateRecords } from "../../reference/state-records.js";
import { loadTopicRecords } from "../../reference/topic-records.js";
import { rebuildAnalyticsRollups } from "../queries/analytics/rollup-maintenance.js";

export interface ReferenceSeedResult {
  states: number;
  aliases: number;
  topics: number;
}

export async function seedStates(prisma: PrismaClient): Promise<{ states: number; aliases: number }> {
  const records = buildStateRecords();
  let aliases = 0;
  await prisma.$transaction(
    async (tx) => {
      for (const { aliases: stateAliases, ...state } of records) {
        const saved = await tx.state.upsert({ where: { code: state.code }, create: state, update: state, select: { id: true } });
        // Aliases are replaced as a set so that removing one from the data removes it here too.
        await tx.stateAlias.deleteMany({ where: { stateId: saved.id } });
        await tx.stateAlias.createMany({ data: stateAliases.map((alias) => ({ ...alias, stateId: saved.id })) });
        aliases += stateAliases.length;
      }
    },
    { timeout: 120_000 },
  );
  return { states: records.length, aliases };
}

export async function seedTopics(prisma: PrismaClient): Promise<number> {
  const records = loadTopicRecords();
  await prisma.$transaction(
    async (tx) => {
      const parentsBefore = new Map(
        (await tx.topic.findMany({ select: { id: true, parentId: true } })).map((t) => [t.id, t.parentId]),
      );
      let treeChanged = false;
      const idBySlug = new Map<string, number>();
      for (const topic of records) {
        const data = {
          slug: topic.slug,
          name: topic.name,
          description: topic.description,
          cameoCode: topic.cameo,
          ploverContext: topic.plover,
          parentId: topic.parent ? idBySlug.get(topic.parent)! : null,
        };
        const saved = await tx.topic.upsert({ where: { slug: topic.slug }, create: data, update: data, select: { id: true } });
        idBySlug.set(topic.slug, saved.id);
        if (parentsBefore.has(saved.id) && parentsBefore.get(saved.id) !== data.parentId) treeChanged = true;
      }
      // Topic rollups count each statement under every ancestor of its topics: a moved topic changes them.
      if (treeChanged) await rebuildAnalyticsRollups(tx);
    },
    { timeout: 60_000 },
  );
  return records.length;
}

export async function seedReferenceData(prisma: PrismaClient): Promise<ReferenceSeedResult> {
  const { states, aliases } = await seedStates(prisma);
  const topics = await seedTopics(prisma);
  return { states, aliases, topics };
}

/** True when the reference data is already loaded, so a restart can skip the seed. */
export async function referenceDataPresent(prisma: PrismaClient): Promise<boolean> {
  const [states, topics] = await Promise.all([prisma.state.count(), prisma.topic.count()]);
  return states >= buildStateRecords().length && topics >= loadTopicRecords().length;
}
