// first/after, last/before arguments shared by every connection, with their validation rules.
import { ArgsType, Field, Int } from "type-graphql";
import { GraphQLError } from "graphql";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PagingArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n items after \`after\` (1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given).`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return items after this cursor (an `endCursor` or edge `cursor` from a previous page).",
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Return the last n items before \`before\` (1 to ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Return items before this cursor (a `startCursor` or edge `cursor` from a previous page).",
  })
  before?: string | null;
}

/** A validated page request: a direction, a size and an optional cursor. */
export interface PageRequest {
  direction: "forward" | "backward";
  size: number;
  cursor: string | null;
}

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

export function toPageRequest(args: PagingArgs): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badInput("Pass either `first` or `last`, not both.", "last");
  for (const [name, value] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (value != null && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw badInput(`\`${name}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${value}.`, name);
    }
  }
  if (last != null || (before != null && first == null)) {
    if (after != null) throw badInput("`after` cannot be combined with `last`/`before`.", "after");
    return { direction: "backward", size: last ?? DEFAULT_PAGE_SIZE, cursor: before ?? null };
  }
  if (before != null) throw badInput("`before` cannot be combined with `first`.", "before");
  return { direction: "forward", size: first ?? DEFAULT_PAGE_SIZE, cursor: after ?? null };
}
