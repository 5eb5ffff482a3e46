// Our taxonomy of cooperation and conflict topics (prisma/seed-data/topics.json), written by the team.
import { readFileSync } from "node:fs";
import path from "node:path";
import { seedDataDir } from "../paths.js";

export interface TopicRecord {
  slug: string;
  name: string;
  description: string;
  /** Slug of the parent topic, or null for a root. */
  parent: string | null;
  cameo: string | null;
  plover: string | null;
}

/** Topics ordered so that every parent comes before its children. */
export function loadTopicRecords(): TopicRecord[] {
  const topics = JSON.parse(readFileSync(path.join(seedDataDir, "topics.json"), "utf8")) as TopicRecord[];
  const known = new Set(topics.map((topic) => topic.slug));
  for (const topic of topics) {
    if (topic.parent && !known.has(topic.parent)) {
      throw new Error(`topics.json: "${topic.slug}" names an unknown parent "${topic.parent}"`);
    }
  }
  const ordered: TopicRecord[] = [];
  const placed = new Set<string>();
  while (ordered.length < topics.length) {
    const before = ordered.length;
    for (const topic of topics) {
      if (!placed.has(topic.slug) && (!topic.parent || placed.has(topic.parent))) {
        ordered.push(topic);
        placed.add(topic.slug);
      }
    }
    if (ordered.length === before) throw new Error("topics.json: the parent links form a cycle");
  }
  return ordered;
}
