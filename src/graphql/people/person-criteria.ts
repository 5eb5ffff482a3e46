// Maps a PersonFilter and PersonOrder to the data layer's criteria: state codes resolved to ids (through the
// request's loader), the name search folded like stored names; malformed values are BAD_USER_INPUT.
import type { GraphQLContext } from "../context.js";
import { personSort, personSource, type PersonCriteria, type PersonOrdering } from "../../db/queries/people/person-source.js";
import type { ConnectionQuery } from "../relay/load-connection.js";
import { normalizeName } from "../../text/normalize-name.js";
import { badUserInput } from "../common/argument-errors.js";
import { stateIdsForCodes } from "../common/state-codes.js";
import { PersonOrderField, type PersonFilter, type PersonListArgs, type PersonOrder } from "./person-filter.js";

export async function toPersonCriteria(
  context: GraphQLContext,
  filter: PersonFilter | null | undefined,
): Promise<PersonCriteria> {
  if (!filter) return {};
  let nameContains: string | undefined;
  if (filter.search != null) {
    nameContains = normalizeName(filter.search);
    if (!nameContains) throw badUserInput("`filter.search` must contain letters or digits.", "filter.search");
  }
  return {
    nameContains,
    stateIds: filter.states?.length ? await stateIdsForCodes(context, filter.states, "filter.states") : undefined,
    sanctioned: filter.sanctioned ?? undefined,
    roleContains: filter.role ?? undefined,
  };
}

export function toPersonOrdering(order: PersonOrder | null | undefined): PersonOrdering {
  return { field: order?.field ?? PersonOrderField.NAME, direction: order?.direction ?? "ASC" };
}

/** The keyset query of a person list; `scope: "state"` for the people of each parent state. */
export async function personQuery(
  context: GraphQLContext,
  args: PersonListArgs,
  scope: "all" | "state",
): Promise<ConnectionQuery> {
  const criteria = await toPersonCriteria(context, args.filter);
  return { source: personSource(criteria, scope), sort: personSort(toPersonOrdering(args.orderBy)), paging: args };
}
