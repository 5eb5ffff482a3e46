import { Field, InputType, registerEnumType } from "type-graphql";
import { OrderDirection, OrderInput } from "../relay/order-direction.js";

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
export class StateOrder extends OrderInput<StateOrderField>("StateOrderBase", StateOrderField, OrderDirection.ASC) {}
