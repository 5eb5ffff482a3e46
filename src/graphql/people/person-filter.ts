import { Field, InputType, registerEnumType } from "type-graphql";
import { Prisma } from "../../generated/prisma/client.js";
import { normalizeName } from "../../text/normalize-name.js";
import { OrderDirection } from "../relay/order-direction.js";
import type { KeysetSource, SortSpec } from "../../db/queries/keyset/keyset-pages.js";
import type { GraphQLContext } from "../context.js";
import { badUserInput } from "../common/sql-conditions.js";
import { stateIdsForCodes } from "../common/state-codes.js";

@InputType({ description: "Conditions on people; all given conditions must hold." })
export class PersonFilter {
  @Field(() => String, {
    nullable: true,
    description:
      "Name or alias contains this text, ignoring case, accents, hyphens and dots (`Kim Jong Un` finds `Kim Jong-un`).",
  })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: "Affiliated with any of these states (ISO codes)." })
  states?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only people under sanctions (true) or not (false)." })
  sanctioned?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "Role contains this text, case-insensitive, e.g. `foreign minister`, `spokes`.",
  })
  role?: string | null;
}

export enum PersonOrderField {
  NAME = "NAME",
  STATEMENT_COUNT = "STATEMENT_COUNT",
}

registerEnumType(PersonOrderField, {
  name: "PersonOrderField",
  description: "Fields people can be ordered by.",
  valuesConfig: {
    NAME: { description: "Name." },
    STATEMENT_COUNT: { description: "Number of statements attributed to the person." },
  },
});

@InputType({ description: "Ordering of people; the id breaks ties." })
export class PersonOrder {
  @Field(() => PersonOrderField, { description: "What to order by." })
  field!: PersonOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "Direction (default ASC)." })
  direction!: OrderDirection;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** `scope: "state"` partitions by the person's state, for `State.people`. */
export async function personSource(
  context: GraphQLContext,
  filter: PersonFilter | null | undefined,
  scope: "all" | "state" = "all",
): Promise<KeysetSource> {
  const where: Prisma.Sql[] = [];
  if (filter?.search != null) {
    const needle = normalizeName(filter.search);
    if (!needle) throw badUserInput("`filter.search` must contain letters or digits.", "filter.search");
    const pattern = `%${escapeLike(needle)}%`;
    // Aliases are folded in SQL the same way normalizeName folds the query (case, hyphens, dots).
    where.push(Prisma.sql`(p."normalizedName" LIKE ${pattern} OR EXISTS (
      SELECT 1 FROM unnest(p."aliases") alias
      WHERE regexp_replace(translate(lower(alias), '-._', '   '), '\\s+', ' ', 'g') LIKE ${pattern}))`);
  }
  if (filter?.states?.length) {
    const ids = await stateIdsForCodes(context, filter.states, "filter.states");
    where.push(ids.length ? Prisma.sql`p."stateId" = ANY(${ids}::int[])` : Prisma.sql`FALSE`);
  }
  if (filter?.sanctioned != null) where.push(Prisma.sql`p."sanctioned" = ${filter.sanctioned}`);
  if (filter?.role != null)
    where.push(Prisma.sql`lower(coalesce(p."role", '')) LIKE ${`%${escapeLike(filter.role.toLowerCase())}%`}`);
  return {
    select: Prisma.sql`p.*`,
    from: Prisma.sql`"Person" p`,
    id: Prisma.sql`p."id"`,
    where,
    ...(scope === "state" ? { parent: (keys: Prisma.Sql[]) => Prisma.sql`p."stateId" = ${keys[0]!}` } : {}),
  };
}

export function personSort(order: PersonOrder | null | undefined): SortSpec {
  const direction = order?.direction ?? "ASC";
  return order?.field === PersonOrderField.STATEMENT_COUNT
    ? {
        expression: Prisma.sql`(SELECT COUNT(*) FROM "Statement" c WHERE c."speakerId" = p."id")::int`,
        kind: "number",
        direction,
      }
    : { expression: Prisma.sql`p."name"`, kind: "string", direction };
}
