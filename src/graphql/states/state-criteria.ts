// Maps a StateFilter and StateOrder to the data layer's criteria; an empty search is BAD_USER_INPUT.
import type { StateCriteria, StateOrdering } from "../../db/queries/states/state-source.js";
import { badUserInput } from "../common/argument-errors.js";
import { StateOrderField, type StateFilter, type StateOrder } from "./state-filter.js";

export function toStateCriteria(filter: StateFilter | null | undefined): StateCriteria {
  if (!filter) return {};
  const search = filter.search?.trim();
  if (filter.search != null && !search) throw badUserInput("`filter.search` must not be empty.", "filter.search");
  return {
    search: search || undefined,
    regions: filter.regions?.length ? filter.regions : undefined,
    hasStatements: filter.hasStatements ?? undefined,
  };
}

export function toStateOrdering(order: StateOrder | null | undefined): StateOrdering {
  return { field: order?.field ?? StateOrderField.NAME, direction: order?.direction ?? "ASC" };
}
