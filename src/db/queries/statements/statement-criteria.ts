// Which statements a list asks for, with every name already resolved to ids (state codes, topic slugs and their
// subtopics, global IDs), so that the SQL compares columns with constants the planner can match to an index.
import type { SentimentLabel, StatementKind, StatementType } from "../../../generated/prisma/enums.js";

export interface StatementCriteria {
  /** True when a condition can match nothing (e.g. an unknown state code): the list is empty without a query. */
  matchesNothing?: boolean;
  speakerIds?: number[];
  speakerStateIds?: number[];
  /** About at least one of these states. */
  targetStateIds?: number[];
  /** About all of these states. */
  allTargetStateIds?: number[];
  /** Tagged with any of these topics (subtopics already included). */
  topicIds?: number[];
  articleIds?: number[];
  sentiment?: { min?: number | null; max?: number | null };
  sentimentLabels?: SentimentLabel[];
  types?: StatementType[];
  kinds?: StatementKind[];
  publishedAt?: { from?: Date | null; to?: Date | null };
  /** Full-text query in web-search syntax; non-empty. */
  search?: string;
}

export type StatementOrderField = "PUBLISHED_AT" | "SENTIMENT" | "GOLDSTEIN" | "RELEVANCE";

export interface StatementOrdering {
  field: StatementOrderField;
  direction: "ASC" | "DESC";
}

/** Which statements a nested list shows for each parent. */
export type StatementScope =
  | { kind: "all" }
  | { kind: "speakerState" }
  | { kind: "speaker" }
  | { kind: "article" }
  | { kind: "targetState" }
  /** Parent key: a pair (speaker state id, target state id). */
  | { kind: "relation" }
  /** Parent key: a topic id; `subtrees` gives each parent topic with its subtopics. */
  | { kind: "topic"; subtrees: ReadonlyMap<number, readonly number[]> };
