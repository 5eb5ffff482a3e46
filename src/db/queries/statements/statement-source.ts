// Statement lists as keyset sources. Newest-first pages (the default) are read from an index range that is already
// in (publishedAt, id) order: the parent's own index for nested lists, and for root lists the index of the most
// selective filter (articles, speakers, target states, speaker states, topics). When a filter names several values,
// each value's range is read in order up to the page size (a bounded candidate set) and only those rows are merged.
import { Prisma } from "../../../generated/prisma/client.js";
import type { KeysetSource, PageShape, SortSpec } from "../keyset/keyset-pages.js";
import { InvalidQueryArgumentError } from "../query-errors.js";
import { bestOfNewestMatches, newestMatchesPage, relevance } from "./newest-matches.js";
import { statementConditions, textQuery } from "./statement-conditions.js";
import { rootCount } from "./statement-count.js";
import type { StatementCriteria, StatementOrdering, StatementScope } from "./statement-criteria.js";
import { statementColumns, type StatementColumn } from "./statement-rows.js";

/** An index range that yields statement ids in publication order, restricted by one branch's constants. */
interface OrderedRange {
  /** FROM clause: the indexed table, joined to the statement aliased `f` (for the other filters). */
  from: Prisma.Sql;
  publishedAt: Prisma.Sql;
  id: Prisma.Sql;
}

const STATEMENT_RANGE: OrderedRange = {
  from: Prisma.sql`"Statement" f`,
  publishedAt: Prisma.sql`f."publishedAt"`,
  id: Prisma.sql`f."id"`,
};
const TARGET_RANGE: OrderedRange = {
  from: Prisma.sql`"StatementTarget" d JOIN "Statement" f ON f."id" = d."statementId"`,
  publishedAt: Prisma.sql`d."publishedAt"`,
  id: Prisma.sql`d."statementId"`,
};
const TOPIC_RANGE: OrderedRange = {
  from: Prisma.sql`"StatementTopic" d JOIN "Statement" f ON f."id" = d."statementId"`,
  publishedAt: Prisma.sql`d."publishedAt"`,
  id: Prisma.sql`d."statementId"`,
};

/**
 * Most states of an "about all of these states" filter intersected while the candidates are read (a pair's range
 * and probes for the others); any further ones are checked on each candidate by the outer query.
 */
const MAX_INTERSECTED_STATES = 4;

/**
 * The statements about both states of a pair (keyed by the lower and the higher state id) and about every one of
 * `others` too: the pair's own index range, in publication order, each row probed in the other states'
 * (stateId, publishedAt, statementId) index. Reading one state's range and probing it for the second instead read
 * about page / overlap rows (US and CN: 2,000 probes for 50 rows, 3–6 ms); the pair range reads the page itself.
 * The probe is an EXISTS kept as a per-row subplan (OFFSET 0): as a join, PostgreSQL cannot estimate how the ranges
 * overlap and may hash-join both whole ranges.
 */
function targetPairRange(others: readonly number[]): OrderedRange {
  const probes = others.map((stateId, index) => {
    const t = Prisma.raw(`"d${index + 1}"`);
    return Prisma.sql` AND EXISTS (SELECT 1 FROM "StatementTarget" ${t} WHERE ${t}."statementId" = d."statementId"
      AND ${t}."publishedAt" = d."publishedAt" AND ${t}."stateId" = ${stateId} OFFSET 0)`;
  });
  return {
    from: Prisma.sql`"StatementTargetPair" d JOIN "Statement" f ON f."id" = d."statementId"${probes.length ? Prisma.join(probes, "") : Prisma.empty}`,
    publishedAt: Prisma.sql`d."publishedAt"`,
    id: Prisma.sql`d."statementId"`,
  };
}

/** Candidates of an "about all of these states" filter: one state's target range, or a pair's (see above). */
function allTargetsCandidates(criteria: StatementCriteria, page: PageShape): Prisma.Sql {
  const states = [...new Set(criteria.allTargetStateIds!)];
  if (states.length === 1) return targetCandidates(TARGET_RANGE, states, ["allTargetStateIds"], criteria, page);
  const intersected = states.slice(0, MAX_INTERSECTED_STATES);
  const [lower, higher] = [intersected[0]!, intersected[1]!].sort((a, b) => a - b);
  const keys: RangeKey[] = [
    { column: Prisma.sql`d."stateId"`, values: [lower!] },
    { column: Prisma.sql`d."otherStateId"`, values: [higher!] },
  ];
  const implied: (keyof StatementCriteria)[] = intersected.length === states.length ? ["allTargetStateIds"] : [];
  // The pair rows' copy of the speaker state keys their (stateId, otherStateId, speakerStateId, …) index too.
  const speakers = criteria.speakerStateIds;
  if (speakers?.length) {
    keys.push({ column: Prisma.sql`d."speakerStateId"`, values: speakers });
    implied.push("speakerStateIds");
  }
  return candidates(targetPairRange(intersected.slice(2)), keys, without(criteria, ...implied), page);
}

/**
 * One axis of an index range's key, e.g. the target state of the (stateId, speakerStateId, publishedAt) index:
 * its column, and the values to read (each value's range is read separately) or a table of them (column "v").
 */
interface RangeKey {
  column: Prisma.Sql;
  values: readonly number[] | Prisma.Sql;
}

/**
 * The key as a condition, and the tables to branch over. One value stays a constant in the range's own condition:
 * behind `unnest` the planner cannot see which value it is, guesses a few dozen rows for a range of thousands,
 * and sorts the whole range instead of reading its first rows backward.
 */
function rangeKeys(keys: readonly RangeKey[]): { tables: Prisma.Sql[]; condition: Prisma.Sql } {
  const tables: Prisma.Sql[] = [];
  const conditions = keys.map((key, index) => {
    if (!Array.isArray(key.values) || key.values.length !== 1) {
      const alias = Prisma.raw(`"__b${index}"`);
      tables.push(
        Array.isArray(key.values)
          ? Prisma.sql`unnest(${key.values}::int[]) AS ${alias}("v")`
          : Prisma.sql`${key.values as Prisma.Sql} AS ${alias}`,
      );
      return Prisma.sql`${key.column} = ${alias}."v"`;
    }
    return Prisma.sql`${key.column} = ${key.values[0]!}`;
  });
  return { tables, condition: Prisma.join(conditions, " AND ") };
}

/**
 * `s."id" IN (candidates)`: for each combination of the keys' values, the first `page.limit` matching statements
 * of its index range after the cursor. The page is among them, so the outer query sorts at most branches × limit
 * rows. `criteria` are the filters the range does not already imply (the outer query checks them all again).
 */
function candidates(range: OrderedRange, keys: readonly RangeKey[], criteria: StatementCriteria, page: PageShape): Prisma.Sql {
  const order = Prisma.raw(page.order);
  const { tables, condition } = rangeKeys(keys);
  const conditions = [condition, ...statementConditions(criteria, "f"), page.after(range.publishedAt, range.id)].filter(
    (c): c is Prisma.Sql => c !== null,
  );
  const firstRows = Prisma.sql`SELECT ${range.id} AS "id" FROM ${range.from} WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${range.publishedAt} ${order}, ${range.id} ${order} LIMIT ${page.limit}`;
  if (!tables.length) return Prisma.sql`s."id" IN (${firstRows})`;
  return Prisma.sql`s."id" IN (SELECT c."id" FROM ${Prisma.join(tables, " CROSS JOIN ")} CROSS JOIN LATERAL (${firstRows}) c)`;
}

/** The criteria without the filters in `implied` (those a range's own key already guarantees). */
function without(criteria: StatementCriteria, ...implied: (keyof StatementCriteria)[]): StatementCriteria {
  const rest = { ...criteria };
  for (const key of implied) delete rest[key];
  return rest;
}

/**
 * Candidates from a range of the (stateId[, speakerStateId], publishedAt, statementId) indexes of target rows, keyed
 * by `targets` and by the speaker-state filter when there is one (the copies on the target rows imply it).
 */
function targetCandidates(
  range: OrderedRange,
  targets: readonly number[],
  implied: (keyof StatementCriteria)[],
  criteria: StatementCriteria,
  page: PageShape,
): Prisma.Sql {
  const keys: RangeKey[] = [{ column: Prisma.sql`d."stateId"`, values: targets }];
  const speakers = criteria.speakerStateIds;
  if (speakers?.length) keys.push({ column: Prisma.sql`d."speakerStateId"`, values: speakers });
  return candidates(
    range,
    keys,
    without(criteria, ...implied, ...(speakers?.length ? (["speakerStateIds"] as const) : [])),
    page,
  );
}

/**
 * The bounded candidate set of a root list ordered by publication time, from its most selective filter.
 * The join tables' copies of publishedAt and speakerStateId follow the statement (triggers), so a range keyed by
 * a speaker state implies the speaker-state filter, and one keyed by a target state the any-target filter.
 */
function rootCandidates(criteria: StatementCriteria, page: PageShape): Prisma.Sql[] {
  const multi = (values: readonly number[] | undefined) => (values?.length ?? 0) > 1;
  const f = (name: string) => Prisma.raw(`f."${name}"`);
  const d = (name: string) => Prisma.raw(`d."${name}"`);
  if (multi(criteria.articleIds)) {
    const keys = [{ column: f("articleId"), values: criteria.articleIds! }];
    return [candidates(STATEMENT_RANGE, keys, without(criteria, "articleIds"), page)];
  }
  if (multi(criteria.speakerIds)) {
    const keys = [{ column: f("speakerId"), values: criteria.speakerIds! }];
    return [candidates(STATEMENT_RANGE, keys, without(criteria, "speakerIds"), page)];
  }
  if (criteria.articleIds?.length || criteria.speakerIds?.length) return []; // one value: its own index range
  if (criteria.targetStateIds?.length) {
    return [targetCandidates(TARGET_RANGE, criteria.targetStateIds, ["targetStateIds"], criteria, page)];
  }
  if (criteria.allTargetStateIds?.length) return [allTargetsCandidates(criteria, page)];
  if (multi(criteria.speakerStateIds)) {
    const keys = [{ column: f("speakerStateId"), values: criteria.speakerStateIds! }];
    return [candidates(STATEMENT_RANGE, keys, without(criteria, "speakerStateIds"), page)];
  }
  if (criteria.speakerStateIds?.length) return [];
  if (criteria.topicIds?.length) {
    const keys = [{ column: d("topicId"), values: criteria.topicIds }];
    return [candidates(TOPIC_RANGE, keys, without(criteria, "topicIds"), page)];
  }
  // A search with no indexed filter: its newest page from the weekly full-text index (see newestMatchesPage).
  if (newestSearchPage(criteria, page)) return [newestMatchesPage(criteria, page)];
  return [];
}

/** Whether a root list's page is the newest page of a search with no indexed filter (see newestMatchesPage). */
function newestSearchPage(criteria: StatementCriteria, page: PageShape): boolean {
  return Boolean(criteria.search) && page.order === "DESC" && page.fromEnd;
}

/**
 * Whether the criteria are a search alone. Its newest page (newestMatchesPage) is prepared: its plan follows the
 * statement's own structure (CTEs, LIMITs, the weekly reads) whatever the words, and PostgreSQL keeps a generic plan
 * for it (bench_2m, "search, newest first": PostgreSQL CPU 3.0 -> 2.0 ms per request). The ranked list
 * (bestOfNewestMatches) gains nothing from it: PostgreSQL prices its generic plan above the custom ones and plans
 * it every time anyway. With other filters the plan may depend on their values (a busy state against a quiet one).
 */
function searchAlone(criteria: StatementCriteria): boolean {
  return Object.entries(criteria).every(([key, value]) =>
    key === "search" ? Boolean(value) : value === undefined || value === false,
  );
}

function snippetColumn(criteria: StatementCriteria): Prisma.Sql {
  return criteria.search
    ? Prisma.sql`ts_headline('english', s."text", ${textQuery(criteria.search)}, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8') AS "snippet"`
    : Prisma.sql`NULL::text AS "snippet"`;
}

/**
 * The ordering of a list; `publishedAt` is the column its publication order is read from (the index range's, whose
 * copy always equals the statement's). `selected`: whether the page selects the statement's publishedAt anyway,
 * so that its cursors read that column instead of a second copy of the same timestamp.
 */
function statementSort(
  ordering: StatementOrdering,
  criteria: StatementCriteria,
  publishedAt: Prisma.Sql,
  selected: boolean,
): SortSpec {
  const direction = ordering.direction;
  switch (ordering.field) {
    case "PUBLISHED_AT":
      return { expression: publishedAt, kind: "date", direction, ...(selected ? { column: "publishedAt" } : {}) };
    case "SENTIMENT":
      return { expression: Prisma.sql`s."sentimentScore"`, kind: "number", direction };
    case "GOLDSTEIN":
      return { expression: Prisma.sql`s."goldstein"`, kind: "number", direction };
    case "RELEVANCE":
      if (!criteria.search) throw new InvalidQueryArgumentError("Ordering by RELEVANCE needs `filter.search`.", "orderBy");
      return { expression: relevance(criteria.search, "s"), kind: "number", direction };
  }
}

/** The subtopics of each parent topic as two parallel constant arrays, filtered to one parent in SQL. */
function subtopicsOf(subtrees: ReadonlyMap<number, readonly number[]>, parent: Prisma.Sql): Prisma.Sql {
  const parents: number[] = [];
  const topics: number[] = [];
  for (const [topic, subtree] of subtrees) {
    for (const id of subtree) {
      parents.push(topic);
      topics.push(id);
    }
  }
  return Prisma.sql`(SELECT t."topic" AS "v" FROM unnest(${parents}::int[], ${topics}::int[]) AS t("parent", "topic")
    WHERE t."parent" = ${parent})`;
}

const withCount = (count: Prisma.Sql | null) => (count ? { count } : {});

/** The root list's source: its page read from the candidates of its most selective filter, or its best matches. */
function rootSource(
  base: Pick<KeysetSource, "select" | "where">,
  criteria: StatementCriteria,
  order: { byDate: boolean; ranked: boolean },
): KeysetSource {
  return {
    ...base,
    from: Prisma.sql`"Statement" s`,
    id: Prisma.sql`s."id"`,
    ...(order.byDate ? { pageConditions: (page: PageShape) => rootCandidates(criteria, page) } : {}),
    ...(order.byDate && searchAlone(criteria) ? { prepare: (page: PageShape) => newestSearchPage(criteria, page) } : {}),
    ...(order.ranked ? { pageConditions: (page: PageShape) => [bestOfNewestMatches(criteria, page)] } : {}),
    ...withCount(rootCount(criteria)),
  };
}

/**
 * Source and sort of a statement list: the root list (`all`) or a nested list under each parent of `scope`.
 * `columns`: the statement columns to read (see statementColumns), all by default.
 */
export function statementQuery(
  scope: StatementScope,
  criteria: StatementCriteria,
  ordering: StatementOrdering,
  columns?: readonly StatementColumn[],
): { source: KeysetSource; sort: SortSpec } {
  const byDate = ordering.field === "PUBLISHED_AT" && !criteria.matchesNothing;
  const ranked = ordering.field === "RELEVANCE" && Boolean(criteria.search) && !criteria.matchesNothing;
  const select = Prisma.sql`${statementColumns("s", columns)}, ${snippetColumn(criteria)}`;
  const where = statementConditions(criteria);
  // A nested list without filters reads each parent's own index range, and `unnest` hides the parents from the
  // planner anyway: one cached plan serves every request (the parents' planning was ~0.45 ms of its ~1.5 ms).
  const base = { select, where, prepare: scope.kind !== "all" && where.length === 0 };
  const onStatement = (column: string) => ({
    ...base,
    from: Prisma.sql`"Statement" s`,
    id: Prisma.sql`s."id"`,
    parent: (keys: Prisma.Sql[]) => Prisma.sql`${Prisma.raw(`s."${column}"`)} = ${keys[0]!}`,
  });
  // The join table carries copies of publishedAt and speakerStateId, so its index serves a state's pages, and its
  // rows alone count an unfiltered list (one row per statement and state).
  const onTargets = (parent: (keys: Prisma.Sql[]) => Prisma.Sql) => ({
    ...base,
    from: Prisma.sql`"StatementTarget" d JOIN "Statement" s ON s."id" = d."statementId"`,
    ...(where.length === 0 ? { countFrom: Prisma.sql`"StatementTarget" d` } : {}),
    id: byDate ? Prisma.sql`d."statementId"` : Prisma.sql`s."id"`,
    parent,
  });
  const sortOn = (source: KeysetSource, publishedAt: Prisma.Sql) => ({
    source,
    sort: statementSort(ordering, criteria, publishedAt, !columns || columns.includes("publishedAt")),
  });
  switch (scope.kind) {
    case "all":
      return sortOn(rootSource(base, criteria, { byDate, ranked }), Prisma.sql`s."publishedAt"`);
    case "speakerState":
      return sortOn(onStatement("speakerStateId"), Prisma.sql`s."publishedAt"`);
    case "speaker":
      return sortOn(onStatement("speakerId"), Prisma.sql`s."publishedAt"`);
    case "article":
      return sortOn(onStatement("articleId"), Prisma.sql`s."publishedAt"`);
    case "targetState":
      return sortOn(
        onTargets((keys) => Prisma.sql`d."stateId" = ${keys[0]!}`),
        byDate ? Prisma.sql`d."publishedAt"` : Prisma.sql`s."publishedAt"`,
      );
    case "relation":
      return sortOn(
        onTargets((keys) => Prisma.sql`d."stateId" = ${keys[1]!} AND d."speakerStateId" = ${keys[0]!}`),
        byDate ? Prisma.sql`d."publishedAt"` : Prisma.sql`s."publishedAt"`,
      );
    case "topic": {
      // A topic lists the statements of its whole subtree, each statement once.
      const source: KeysetSource = {
        ...base,
        from: Prisma.sql`"Statement" s`,
        id: Prisma.sql`s."id"`,
        parent: (keys) => Prisma.sql`EXISTS (SELECT 1 FROM "StatementTopic" x
          WHERE x."statementId" = s."id" AND x."topicId" IN ${subtopicsOf(scope.subtrees, keys[0]!)})`,
        ...(byDate
          ? {
              pageConditions: (page: PageShape, keys: Prisma.Sql[] | null) => [
                candidates(
                  TOPIC_RANGE,
                  [{ column: Prisma.sql`d."topicId"`, values: subtopicsOf(scope.subtrees, keys![0]!) }],
                  criteria,
                  page,
                ),
              ],
            }
          : {}),
      };
      return sortOn(source, Prisma.sql`s."publishedAt"`);
    }
  }
}
