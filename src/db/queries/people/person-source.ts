// Person lists as keyset sources on the person alias `p`, with state codes already resolved to ids by the caller.
// Name search compares folded text: the caller folds the query with normalizeName, SQL folds the aliases the same way.
import { Prisma } from "../../../generated/prisma/client.js";
import type { KeysetSource, SortSpec } from "../keyset/keyset-pages.js";
import { personViewColumns } from "./person-rows.js";

export interface PersonCriteria {
  /** Folded name text (normalizeName) that the name or an alias must contain; non-empty. */
  nameContains?: string;
  /** Affiliated with any of these states (an empty list matches nothing). */
  stateIds?: number[];
  sanctioned?: boolean;
  /** Text the role must contain, ignoring case. */
  roleContains?: string;
}

export interface PersonOrdering {
  field: "NAME" | "STATEMENT_COUNT";
  direction: "ASC" | "DESC";
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

function personConditions(criteria: PersonCriteria): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (criteria.nameContains != null) {
    const pattern = `%${escapeLike(criteria.nameContains)}%`;
    // Aliases are folded in SQL the same way normalizeName folds the query (case, hyphens, dots).
    where.push(Prisma.sql`(p."normalizedName" LIKE ${pattern} OR EXISTS (
      SELECT 1 FROM unnest(p."aliases") alias
      WHERE regexp_replace(translate(lower(alias), '-._', '   '), '\\s+', ' ', 'g') LIKE ${pattern}))`);
  }
  if (criteria.stateIds) {
    where.push(criteria.stateIds.length ? Prisma.sql`p."stateId" = ANY(${criteria.stateIds}::int[])` : Prisma.sql`FALSE`);
  }
  if (criteria.sanctioned != null) where.push(Prisma.sql`p."sanctioned" = ${criteria.sanctioned}`);
  if (criteria.roleContains != null)
    where.push(Prisma.sql`lower(coalesce(p."role", '')) LIKE ${`%${escapeLike(criteria.roleContains.toLowerCase())}%`}`);
  return where;
}

/** `scope: "state"` partitions by the person's state, for `State.people`. */
export function personSource(criteria: PersonCriteria, scope: "all" | "state" = "all"): KeysetSource {
  return {
    select: personViewColumns("p"),
    from: Prisma.sql`"Person" p`,
    id: Prisma.sql`p."id"`,
    where: personConditions(criteria),
    ...(scope === "state" ? { parent: (keys: Prisma.Sql[]) => Prisma.sql`p."stateId" = ${keys[0]!}` } : {}),
  };
}

export function personSort(ordering: PersonOrdering): SortSpec {
  const { direction } = ordering;
  return ordering.field === "STATEMENT_COUNT"
    ? {
        expression: Prisma.sql`(SELECT COUNT(*) FROM "Statement" c WHERE c."speakerId" = p."id")::int`,
        kind: "number",
        direction,
      }
    : { expression: Prisma.sql`p."name"`, kind: "string", direction };
}
