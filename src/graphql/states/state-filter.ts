import { Field, InputType, registerEnumType } from "type-graphql";
import { Prisma } from "../../generated/prisma/client.js";
import { OrderDirection } from "../relay/order-direction.js";
import type { KeysetSource, SortSpec } from "../../db/queries/keyset/keyset-pages.js";
import { badUserInput } from "../common/sql-conditions.js";

@InputType({ description: "Conditions on states; all given conditions must hold." })
export class StateFilter {
  @Field(() => String, {
    nullable: true,
    description:
      "Matches the code, alpha-3 code, name, official name or any alias (case-insensitive substring), e.g. `korea`, `DPRK`, `Filipino`.",
  })
  search?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "In any of these regions (Africa, Americas, Asia, Europe, Oceania, Antarctica).",
  })
  regions?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only states that made or were the target of at least one statement; false: only states with none.",
  })
  hasStatements?: boolean | null;
}

export enum StateOrderField {
  NAME = "NAME",
  CODE = "CODE",
}

registerEnumType(StateOrderField, {
  name: "StateOrderField",
  description: "Fields states can be ordered by.",
  valuesConfig: { NAME: { description: "Common name." }, CODE: { description: "ISO alpha-2 code." } },
});

@InputType({ description: "Ordering of states; the id breaks ties." })
export class StateOrder {
  @Field(() => StateOrderField, { description: "What to order by." })
  field!: StateOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "Direction (default ASC)." })
  direction!: OrderDirection;
}

// One index probe per state: the newest statement it made or is the target of. (An EXISTS would let PostgreSQL
// scan the statement table hoping for an early match, which never comes for the many states without statements.)
const involved = Prisma.sql`((SELECT x."id" FROM "Statement" x WHERE x."speakerStateId" = st."id" ORDER BY x."publishedAt" DESC LIMIT 1) IS NOT NULL
  OR (SELECT y."statementId" FROM "StatementTarget" y WHERE y."stateId" = st."id" ORDER BY y."publishedAt" DESC LIMIT 1) IS NOT NULL)`;

export function stateSource(filter: StateFilter | null | undefined): KeysetSource {
  const where: Prisma.Sql[] = [];
  const search = filter?.search?.trim();
  if (filter?.search != null && !search) throw badUserInput("`filter.search` must not be empty.", "filter.search");
  if (search) {
    const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
    where.push(Prisma.sql`(lower(st."code") = ${search.toLowerCase()} OR lower(st."alpha3") = ${search.toLowerCase()}
      OR lower(st."name") LIKE ${pattern} OR lower(st."officialName") LIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "StateAlias" a WHERE a."stateId" = st."id" AND lower(a."value") LIKE ${pattern}))`);
  }
  if (filter?.regions?.length) where.push(Prisma.sql`lower(st."region") = ANY(${filter.regions.map((r) => r.toLowerCase())})`);
  if (filter?.hasStatements === true) where.push(involved);
  if (filter?.hasStatements === false) where.push(Prisma.sql`NOT ${involved}`);
  return { select: Prisma.sql`st.*`, from: Prisma.sql`"State" st`, id: Prisma.sql`st."id"`, where };
}

export function stateSort(order: StateOrder | null | undefined): SortSpec {
  const direction = order?.direction ?? "ASC";
  return order?.field === StateOrderField.CODE
    ? { expression: Prisma.sql`st."code"::text`, kind: "string", direction }
    : { expression: Prisma.sql`st."name"`, kind: "string", direction };
}
