import { Field, ID, InterfaceType } from "type-graphql";

/** Rows handed to the Node interface carry their GraphQL type name so it can be resolved. */
export interface TypedRow {
  __typename: string;
}

@InterfaceType({
  description: "An object with a global ID, refetchable with `Query.node(id:)` (Relay Object Identification).",
  resolveType: (value: TypedRow) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID. Do not parse it; pass it back to `node(id:)` or to ID arguments." })
  id!: string;
}
