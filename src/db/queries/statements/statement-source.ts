// Statement lists as keyset sources. Newest-first pages (the default) are read from an index range that is already
// in (publishedAt, id) order: the parent's own index for nested lists, and for root lists the index of the most
// selective filter (articles, speakers, target states, speaker states, topics). When a filter names several values,
// each value's range is read in order up to the page size (a bounded candidate set) and only those rows are merged.
import { Prisma } from "../../../generated/prisma/client.js";
import type { KeysetSource, PageShape, SortSpec } from "../keyset/keyset-pages.js";
import { InvalidQueryArgumentError } from "../query-errors.js";
import { statementConditions, statementDocument, textQuery } from "./statement-conditions.js";
import type { StatementCriteria, StatementOrdering, StatementScope } from "./statement-criteria.js";

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
 * `s."id" IN (candidates)`: for each row of `branches`, the first `page.limit` matching statements of its index
 * range after the cursor. The page is among them, so the outer query sorts at most branches × limit rows.
 */
function candidates(
  range: OrderedRange,
  branches: Prisma.Sql,
  branchCondition: Prisma.Sql,
  criteria: StatementCriteria,
  page: PageShape,
): Prisma.Sql {
  const order = Prisma.raw(page.order);
  const conditions = [branchCondition, ...statementConditions(criteria, "f"), page.after(range.publishedAt, range.id)].filter(
    (condition): condition is Prisma.Sql => condition !== null,
  );
  return Prisma.sql`s."id" IN (SELECT c."id" FROM ${branches} CROSS JOIN LATERAL (
    SELECT ${range.id} AS "id" FROM ${range.from} WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${range.publishedAt} ${order}, ${range.id} ${order} LIMIT ${page.limit}) c)`;
}

/** The bounded candidate set of a root list ordered by publication time, from its most selective filter. */
function rootCandidates(criteria: StatementCriteria, page: PageShape): Prisma.Sql[] {
  const ids = (values: readonly number[]) => Prisma.sql`unnest(${values}::int[]) AS b("v")`;
  const multi = (values: readonly number[] | undefined) => (values?.length ?? 0) > 1;
  if (multi(criteria.articleIds)) {
    return [candidates(STATEMENT_RANGE, ids(criteria.articleIds!), Prisma.sql`f."articleId" = b."v"`, criteria, page)];
  }
  if (multi(criteria.speakerIds)) {
    return [candidates(STATEMENT_RANGE, ids(criteria.speakerIds!), Prisma.sql`f."speakerId" = b."v"`, criteria, page)];
  }
  if (criteria.articleIds?.length || criteria.speakerIds?.length) return []; // one value: its own index range
  // Every statement about all the given states is about the first one: its range holds them.
  const targets = criteria.targetStateIds?.length ? criteria.targetStateIds : criteria.allTargetStateIds?.slice(0, 1);
  if (targets?.length) {
    const speakers = criteria.speakerStateIds;
    return speakers?.length
      ? [
          candidates(
            TARGET_RANGE,
            Prisma.sql`${ids(targets)} CROSS JOIN unnest(${speakers}::int[]) AS w("v")`,
            Prisma.sql`d."stateId" = b."v" AND d."speakerStateId" = w."v"`,
            criteria,
            page,
          ),
        ]
      : [candidates(TARGET_RANGE, ids(targets), Prisma.sql`d."stateId" = b."v"`, criteria, page)];
  }
  if (multi(criteria.speakerStateIds)) {
    return [candidates(STATEMENT_RANGE, ids(criteria.speakerStateIds!), Prisma.sql`f."speakerStateId" = b."v"`, criteria, page)];
  }
  if (criteria.speakerStateIds?.length) return [];
  if (criteria.topicIds?.length)
    return [candidates(TOPIC_RANGE, ids(criteria.topicIds), Prisma.sql`d."topicId" = b."v"`, criteria, page)];
  return [];
}

function snippetColumn(criteria: StatementCriteria): Prisma.Sql {
  return criteria.search
    ? Prisma.sql`ts_headline('english', s."text", ${textQuery(criteria.search)}, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=25, MinWords=8') AS "snippet"`
    : Prisma.sql`NULL::text AS "snippet"`;
}

/** The ordering of a list; `publishedAt` is the column its publication order is read from (the index range's). */
function statementSort(ordering: StatementOrdering, criteria: StatementCriteria, publishedAt: Prisma.Sql): SortSpec {
  const direction = ordering.direction;
  switch (ordering.field) {
    case "PUBLISHED_AT":
      return { expression: publishedAt, kind: "date", direction };
    case "SENTIMENT":
      return { expression: Prisma.sql`s."sentimentScore"`, kind: "number", direction };
    case "GOLDSTEIN":
      return { expression: Prisma.sql`s."goldstein"`, kind: "number", direction };
    case "RELEVANCE":
      if (!criteria.search) throw new InvalidQueryArgumentError("Ordering by RELEVANCE needs `filter.search`.", "orderBy");
      return {
        // Rounded so that the cursor value compares equal to the recomputed rank.
        expression: Prisma.sql`round(ts_rank(${statementDocument("s")}, ${textQuery(criteria.search)})::numeric, 6)::float8`,
        kind: "number",
        direction,
      };
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

/** Source and sort of a statement list: the root list (`all`) or a nested list under each parent of `scope`. */
export function statementQuery(
  scope: StatementScope,
  criteria: StatementCriteria,
  ordering: StatementOrdering,
): { source: KeysetSource; sort: SortSpec } {
  const byDate = ordering.field === "PUBLISHED_AT" && !criteria.matchesNothing;
  const base = { select: Prisma.sql`s.*, ${snippetColumn(criteria)}`, where: statementConditions(criteria) };
  const onStatement = (column: string) => ({
    ...base,
    from: Prisma.sql`"Statement" s`,
    id: Prisma.sql`s."id"`,
    parent: (keys: Prisma.Sql[]) => Prisma.sql`${Prisma.raw(`s."${column}"`)} = ${keys[0]!}`,
  });
  // The join table carries copies of publishedAt and speakerStateId, so its index serves a state's pages.
  const onTargets = (parent: (keys: Prisma.Sql[]) => Prisma.Sql) => ({
    ...base,
    from: Prisma.sql`"StatementTarget" d JOIN "Statement" s ON s."id" = d."statementId"`,
    id: byDate ? Prisma.sql`d."statementId"` : Prisma.sql`s."id"`,
    parent,
  });
  const sortOn = (source: KeysetSource, publishedAt: Prisma.Sql) => ({
    source,
    sort: statementSort(ordering, criteria, publishedAt),
  });
  switch (scope.kind) {
    case "all": {
      const source: KeysetSource = {
        ...base,
        from: Prisma.sql`"Statement" s`,
        id: Prisma.sql`s."id"`,
        ...(byDate ? { pageConditions: (page: PageShape) => rootCandidates(criteria, page) } : {}),
      };
      return sortOn(source, Prisma.sql`s."publishedAt"`);
    }
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
                  Prisma.sql`${subtopicsOf(scope.subtrees, keys![0]!)} AS b`,
                  Prisma.sql`d."topicId" = b."v"`,
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
