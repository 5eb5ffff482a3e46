// State lists as keyset sources on the state alias `st`.
import { Prisma } from "../../../generated/prisma/client.js";
import type { KeysetSource, SortSpec } from "../keyset/keyset-pages.js";
import { stateViewColumns } from "./state-rows.js";

export interface StateCriteria {
  /** Code, alpha-3 code, name, official name or alias contains this text (any case); non-empty. */
  search?: string;
  /** In any of these regions (any case). */
  regions?: string[];
  /** Made or was the target of at least one statement (true) or none (false). */
  hasStatements?: boolean;
}

export interface StateOrdering {
  field: "NAME" | "CODE";
  direction: "ASC" | "DESC";
}

// One index probe per state: the newest statement it made or is the target of. (An EXISTS would let PostgreSQL
// scan the statement table hoping for an early match, which never comes for the many states without statements.)
const involved = Prisma.sql`((SELECT x."id" FROM "Statement" x WHERE x."speakerStateId" = st."id" ORDER BY x."publishedAt" DESC LIMIT 1) IS NOT NULL
  OR (SELECT y."statementId" FROM "StatementTarget" y WHERE y."stateId" = st."id" ORDER BY y."publishedAt" DESC LIMIT 1) IS NOT NULL)`;

function stateConditions(criteria: StateCriteria): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  const { search } = criteria;
  if (search) {
    const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
    where.push(Prisma.sql`(lower(st."code") = ${search.toLowerCase()} OR lower(st."alpha3") = ${search.toLowerCase()}
      OR lower(st."name") LIKE ${pattern} OR lower(st."officialName") LIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "StateAlias" a WHERE a."stateId" = st."id" AND lower(a."value") LIKE ${pattern}))`);
  }
  if (criteria.regions?.length) where.push(Prisma.sql`lower(st."region") = ANY(${criteria.regions.map((r) => r.toLowerCase())})`);
  if (criteria.hasStatements === true) where.push(involved);
  if (criteria.hasStatements === false) where.push(Prisma.sql`NOT ${involved}`);
  return where;
}

export function stateSource(criteria: StateCriteria): KeysetSource {
  return {
    select: stateViewColumns("st"),
    from: Prisma.sql`"State" st`,
    id: Prisma.sql`st."id"`,
    where: stateConditions(criteria),
    // At most 250 states, read whole or in order whatever the values bound: one cached plan serves every request.
    prepare: true,
  };
}

export function stateSort(ordering: StateOrdering): SortSpec {
  const { direction } = ordering;
  return ordering.field === "CODE"
    ? { expression: Prisma.sql`st."code"::text`, kind: "string", direction }
    : { expression: Prisma.sql`st."name"`, kind: "string", direction };
}
