// The candidates a root statement list ordered by RELEVANCE ranks: the newest matches of its search, found week by
// week from the weekly full-text index (see the statement_search_by_week migration), so that finding them reads the
// rows of about RELEVANCE_CANDIDATES matches whatever the table's size and however common the words are.
import { Prisma } from "../../../generated/prisma/client.js";
import type { PageShape } from "../keyset/keyset-pages.js";
import { statementConditions, statementDocument, textQuery } from "./statement-conditions.js";
import type { StatementCriteria } from "./statement-criteria.js";

/**
 * How many matches a root list ordered by RELEVANCE ranks: the newest ones. No index returns rows in ts_rank order,
 * so ranking every match costs time in proportion to the matches (a word found in half the statements took 330 ms at
 * 200,000 statements, ten times that at 2,000,000). Only the newest 500 matches are ranked: the ranked list is the
 * best of the newest 500 matches, not of all matches, and cannot be paged beyond them.
 */
export const RELEVANCE_CANDIDATES = 500;

/**
 * Weeks read one by one from the weekly index, at most, before the older matches are taken from the plain full-text
 * index. Each week read costs a few index pages per word even when it holds no match.
 */
export const WEEKS_READ_BY_WEEK = 52;

/**
 * Weeks read first to tell a common search from a rare one: only when they hold at least the share of
 * RELEVANCE_CANDIDATES that WEEKS_READ_BY_WEEK weeks at the same rate would fill are the other weeks read one by
 * one. A rarer search takes its older matches from the plain index, which reads few rows for few matches.
 */
export const SAMPLED_WEEKS = 4;
const SAMPLE_MATCHES = Math.ceil((RELEVANCE_CANDIDATES * SAMPLED_WEEKS) / WEEKS_READ_BY_WEEK);

/** The relevance of a statement (its vector on `alias`) to the search, rounded so that a cursor compares equal to it. */
export function relevance(search: string, alias: string): Prisma.Sql {
  return Prisma.sql`round(ts_rank(${statementDocument(alias)}, ${textQuery(search)})::numeric, 6)::float8`;
}

/** The criteria but the search (which the weekly read applies itself). */
function otherConditions(criteria: StatementCriteria): Prisma.Sql[] {
  const rest: StatementCriteria = { ...criteria };
  delete rest.search;
  return statementConditions(rest, "f");
}

/** The weeks of the newest and oldest statements in the list's publication-time range (index lookups). */
function weekBounds(criteria: StatementCriteria): Prisma.Sql {
  const range = statementConditions({ publishedAt: criteria.publishedAt }, "f");
  const where = range.length ? Prisma.sql`WHERE ${Prisma.join(range, " AND ")}` : Prisma.empty;
  return Prisma.sql`(SELECT statement_search_week(max(f."publishedAt")) AS "newest",
    statement_search_week(min(f."publishedAt")) AS "oldest" FROM "Statement" f ${where})`;
}

/**
 * The matches of the weeks `first`..`last` weeks before the newest, newest first: a nested loop in week order, each
 * week's matches from the weekly index sorted by publication time, so that a LIMIT above stops the loop once it has
 * enough. The weekly query matches exactly the week's statements that match the search.
 */
function weekByWeek(criteria: StatementCriteria, first: number, last: number): Prisma.Sql {
  const weekly = [
    Prisma.sql`statement_search_weekly_vector(f."searchVector", f."publishedAt") @@ statement_search_week_query(${textQuery(criteria.search!)}, w."week")`,
    ...otherConditions(criteria),
  ];
  return Prisma.sql`SELECT c."id", c."searchVector" FROM ${weekBounds(criteria)} b
    CROSS JOIN LATERAL (SELECT g."week" FROM generate_series(b."newest" - ${first}, greatest(b."oldest", b."newest" - ${last}), -1)
      AS g("week") LIMIT ${last - first + 1}) w
    CROSS JOIN LATERAL (SELECT f."id", f."searchVector" FROM "Statement" f WHERE ${Prisma.join(weekly, " AND ")}
      ORDER BY f."publishedAt" DESC, f."id" DESC LIMIT ${RELEVANCE_CANDIDATES}) c`;
}

/**
 * Statements read first, newest first, to tell a search that most statements match: when at least WALK_SHARE of
 * them match, walking the publication-time index reads fewer rows (500 / share) than one week's matches from the
 * weekly index (a word in 46% of 2,000,000 statements: 1,179 pages walking, 4,675 week by week).
 */
export const HEAD_ROWS = 100;
const WALK_SHARE = 0.16;

/** The newest statements in the list's range, newest first, read from the publication-time index (fenced). */
function newestFirst(criteria: StatementCriteria, limit: number | null): Prisma.Sql {
  const range = statementConditions({ publishedAt: criteria.publishedAt }, "a");
  const where = range.length ? Prisma.sql`WHERE ${Prisma.join(range, " AND ")}` : Prisma.empty;
  const cut = limit === null ? Prisma.sql`OFFSET 0` : Prisma.sql`LIMIT ${limit}`;
  return Prisma.sql`(SELECT * FROM "Statement" a ${where} ORDER BY a."publishedAt" DESC, a."id" DESC ${cut}) f`;
}

/**
 * The newest RELEVANCE_CANDIDATES matches with their vectors, newest first (the LIMIT above stops at the first
 * branch that completes them). A search most statements match walks the publication-time index; any other reads
 * the SAMPLED_WEEKS newest weeks, then, when they hold enough matches, the next weeks up to WEEKS_READ_BY_WEEK, then
 * the older matches from the plain index.
 */
function newestMatches(criteria: StatementCriteria): Prisma.Sql {
  const conditions = Prisma.join(statementConditions(criteria, "f"), " AND ");
  const walk = Prisma.sql`(SELECT count(*) FROM "head" WHERE "hit") >= ${Math.ceil(HEAD_ROWS * WALK_SHARE)}`;
  const common = Prisma.sql`(SELECT count(*) FROM "sampled") >= ${SAMPLE_MATCHES}`;
  const weeksRead = Prisma.sql`CASE WHEN ${common} THEN ${WEEKS_READ_BY_WEEK}::int ELSE ${SAMPLED_WEEKS}::int END`;
  const firstOlderWeek = Prisma.sql`(SELECT b."newest" + 1 - ${weeksRead} FROM ${weekBounds(criteria)} b)`;
  return Prisma.sql`WITH "head" AS MATERIALIZED (SELECT ${conditions} AS "hit" FROM ${newestFirst(criteria, HEAD_ROWS)}),
      "sampled" AS MATERIALIZED (${weekByWeek(criteria, 0, SAMPLED_WEEKS - 1)} LIMIT ${RELEVANCE_CANDIDATES})
    (SELECT f."id", f."searchVector" FROM ${newestFirst(criteria, null)} WHERE ${conditions} AND ${walk}
      LIMIT ${RELEVANCE_CANDIDATES})
    UNION ALL
    (SELECT * FROM "sampled" WHERE NOT ${walk})
    UNION ALL
    (${weekByWeek(criteria, SAMPLED_WEEKS, WEEKS_READ_BY_WEEK - 1)} WHERE NOT ${walk} AND ${common})
    UNION ALL
    (SELECT f."id", f."searchVector" FROM "Statement" f WHERE ${conditions} AND NOT ${walk}
      AND f."publishedAt" < timestamp 'epoch' + ${firstOlderWeek} * interval '1 week'
      ORDER BY f."publishedAt" DESC, f."id" DESC LIMIT ${RELEVANCE_CANDIDATES})`;
}

/**
 * `s."id" IN (the page)`: the newest matches (see RELEVANCE_CANDIDATES) with their vectors only, ranked and cut to
 * the page after the cursor, so that the statement rows are read for the page alone. The ranked list is therefore
 * the best of the newest matches, while the list's count (its conditions) still counts every match.
 */
export function bestOfNewestMatches(criteria: StatementCriteria, page: PageShape): Prisma.Sql {
  const order = Prisma.raw(page.order);
  const rank = relevance(criteria.search!, "c");
  const after = page.after(rank, Prisma.sql`c."id"`);
  return Prisma.sql`s."id" IN (SELECT c."id" FROM (SELECT m."id", m."searchVector" FROM (${newestMatches(criteria)}) m
    LIMIT ${RELEVANCE_CANDIDATES}) c
    ${after ? Prisma.sql`WHERE ${after}` : Prisma.empty}
    ORDER BY ${rank} ${order}, c."id" ${order} LIMIT ${page.limit})`;
}

/**
 * `s."id" IN (the page)` for the newest page of a search ordered by publication time (no cursor, newest first): the
 * newest matches found as for RELEVANCE (week by week, or walking for a common word, or the plain index for a rare
 * one), cut to the page. Left to itself, PostgreSQL walks the publication-time index and tests every statement
 * until the page is full: 2,865 rows for "satellite technology" (0.7% of 2,000,000 statements), 6 ms. Later pages
 * (after a cursor) keep that plan: they are rarer, and the weekly reads start from the newest week.
 */
export function newestMatchesPage(criteria: StatementCriteria, page: PageShape): Prisma.Sql {
  return Prisma.sql`s."id" IN (SELECT m."id" FROM (${newestMatches(criteria)}) m LIMIT ${page.limit})`;
}
