// The count of a root statement list filtered by target states or topics, read from the join table's index range
// instead of the statement table. Left to itself, PostgreSQL counted such a list with a hash join against every
// statement id (bench_200k, `targetStates: ["CN"]`, 32,597 matches: 180 ms, a parallel scan of the whole primary key),
// or, for "about all of these states", by testing every statement (`targetStatesAll: ["US", "CN"]`: 310 ms). The
// join tables have one row per statement and state (or pair of states, or topic) and carry copies of publishedAt and
// speakerStateId (triggers), so the rows of a range are the list's statements, counted once each.
// A range still grows with the data (`targetStates: ["CN"]` at 2,000,000 statements: 137 ms), so the commonest
// counts, one target state alone or with speaker states, are read from the analytics rollups instead (one row, or
// one row per speaker state), which every write keeps equal to the statements.
import { Prisma } from "../../../generated/prisma/client.js";
import { statementConditions } from "./statement-conditions.js";
import type { StatementCriteria } from "./statement-criteria.js";

/** A join-table range that holds exactly the statements of one or more filters, and what it leaves to check. */
interface CountRange {
  /** The join table aliased `d`. */
  table: Prisma.Sql;
  /** Conditions on `d` (range keys, probes for further states). */
  keys: Prisma.Sql[];
  /** Whether one statement can have several rows in the range (several states or topics named). */
  repeats: boolean;
  /** The filters the range implies. */
  implied: (keyof StatementCriteria)[];
}

const anyOf = (column: string, values: readonly number[]) =>
  values.length === 1
    ? Prisma.sql`${Prisma.raw(`d."${column}"`)} = ${values[0]!}`
    : Prisma.sql`${Prisma.raw(`d."${column}"`)} = ANY(${[...values]}::int[])`;

/** The range of the join table that a target-state filter reads, with the speaker states its rows' copies imply. */
function targetRange(criteria: StatementCriteria, targets: readonly number[], filter: keyof StatementCriteria): CountRange {
  const speakers = criteria.speakerStateIds;
  return {
    table: Prisma.sql`"StatementTarget" d`,
    keys: [anyOf("stateId", targets), ...(speakers?.length ? [anyOf("speakerStateId", speakers)] : [])],
    repeats: targets.length > 1,
    implied: [filter, ...(speakers?.length ? (["speakerStateIds"] as const) : [])],
  };
}

/** "About all of these states": the pair range of the first two, each further state probed on the target rows. */
function allTargetsRange(criteria: StatementCriteria, states: readonly number[]): CountRange {
  const [lower, higher] = [states[0]!, states[1]!].sort((a, b) => a - b);
  const probes = states
    .slice(2)
    .map(
      (stateId) =>
        Prisma.sql`EXISTS (SELECT 1 FROM "StatementTarget" t WHERE t."statementId" = d."statementId" AND t."stateId" = ${stateId})`,
    );
  const speakers = criteria.speakerStateIds;
  return {
    table: Prisma.sql`"StatementTargetPair" d`,
    keys: [
      anyOf("stateId", [lower!]),
      anyOf("otherStateId", [higher!]),
      ...(speakers?.length ? [anyOf("speakerStateId", speakers)] : []),
      ...probes,
    ],
    repeats: false,
    implied: ["allTargetStateIds", ...(speakers?.length ? (["speakerStateIds"] as const) : [])],
  };
}

function countRange(criteria: StatementCriteria): CountRange | null {
  const all = [...new Set(criteria.allTargetStateIds ?? [])];
  if (all.length > 1) return allTargetsRange(criteria, all);
  if (all.length === 1 && !criteria.targetStateIds?.length) return targetRange(criteria, all, "allTargetStateIds");
  if (criteria.targetStateIds?.length) return targetRange(criteria, [...new Set(criteria.targetStateIds)], "targetStateIds");
  if (criteria.topicIds?.length) {
    const topics = [...new Set(criteria.topicIds)];
    return {
      table: Prisma.sql`"StatementTopic" d`,
      keys: [anyOf("topicId", topics)],
      repeats: topics.length > 1,
      implied: ["topicIds"],
    };
  }
  return null;
}

/**
 * The count of a list about one state (`targetStates` or `targetStatesAll` naming only it), optionally said by some
 * speaker states, and filtered by nothing else, from the rollups: TargetStateTotal counts every statement about the
 * state, StateDyad those of one speaker state (a statement has one speaker state, so the rows add up). Null for any
 * other filter.
 */
function rootCountFromRollups(criteria: StatementCriteria): Prisma.Sql | null {
  const targets = new Set([...(criteria.targetStateIds ?? []), ...(criteria.allTargetStateIds ?? [])]);
  if (targets.size !== 1) return null;
  const rest: StatementCriteria = { ...criteria };
  for (const key of ["targetStateIds", "allTargetStateIds", "speakerStateIds"] as const) delete rest[key];
  if (statementConditions(rest, "s").length > 0) return null;
  const [target] = targets;
  const speakers = [...new Set(criteria.speakerStateIds ?? [])];
  if (speakers.length === 0) {
    return Prisma.sql`SELECT COALESCE((SELECT "statementCount" FROM "TargetStateTotal" WHERE "stateId" = ${target!}), 0)::int AS count`;
  }
  return Prisma.sql`SELECT COALESCE(SUM("statementCount"), 0)::int AS count FROM "StateDyad"
    WHERE "targetStateId" = ${target!} AND "sourceStateId" = ANY(${speakers}::int[])`;
}

/**
 * `SELECT COUNT(*)::int AS count …` of the root list with `criteria`: from the rollups when they hold it, else from
 * the join-table range of its target-state or topic filter, else null (the statement table's own indexes serve it).
 */
export function rootCount(criteria: StatementCriteria): Prisma.Sql | null {
  if (criteria.matchesNothing) return null;
  return rootCountFromRollups(criteria) ?? rootCountFromRange(criteria);
}

/**
 * `SELECT COUNT(*)::int AS count …` of the root list with `criteria`, from the join-table range of its target-state
 * or topic filter, or null when it has none (the statement table's own indexes serve it). The statements are read
 * only for filters the range does not imply (types, sentiment, search, …), each from the range's ids.
 */
function rootCountFromRange(criteria: StatementCriteria): Prisma.Sql | null {
  if (criteria.matchesNothing) return null;
  const range = countRange(criteria);
  if (!range) return null;
  const rest: StatementCriteria = { ...criteria };
  for (const key of range.implied) delete rest[key];
  const conditions = statementConditions(rest, "s");
  const keys = Prisma.join(range.keys, " AND ");
  if (conditions.length === 0) {
    const counted = range.repeats ? Prisma.sql`COUNT(DISTINCT d."statementId")` : Prisma.sql`COUNT(*)`;
    return Prisma.sql`SELECT ${counted}::int AS count FROM ${range.table} WHERE ${keys}`;
  }
  return Prisma.sql`SELECT COUNT(*)::int AS count FROM "Statement" s
    WHERE s."id" IN (SELECT d."statementId" FROM ${range.table} WHERE ${keys}) AND ${Prisma.join(conditions, " AND ")}`;
}
