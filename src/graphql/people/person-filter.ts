import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { PagingArgs } from "../relay/paging-args.js";
import { OrderDirection, OrderInput } from "../relay/order-direction.js";

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
export class PersonOrder extends OrderInput<PersonOrderField>("PersonOrderBase", PersonOrderField, OrderDirection.ASC) {}

/** The arguments of every person list (`Query.people`, `State.people`). */
@ArgsType()
export class PersonListArgs extends PagingArgs {
  @Field(() => PersonFilter, { nullable: true, description: "Conditions on the people." })
  filter?: PersonFilter | null;

  @Field(() => PersonOrder, { nullable: true, description: "Ordering (default: name ascending)." })
  orderBy?: PersonOrder | null;
}
