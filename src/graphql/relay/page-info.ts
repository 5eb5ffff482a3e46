import { Field, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "Where a page of a connection sits in the whole list (Relay cursor connections).",
})
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page (when paging forward with `first`)." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether items precede this page (when paging backward with `last`, or after a cursor)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page; null when the page is empty." })
  endCursor!: string | null;
}
