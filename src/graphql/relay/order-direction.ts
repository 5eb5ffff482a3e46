import { Field, InputType, registerEnumType } from "type-graphql";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction.",
  valuesConfig: {
    ASC: { description: "Ascending: smallest, earliest or A first." },
    DESC: { description: "Descending: largest, latest or Z first." },
  },
});

/**
 * The two fields every list ordering has: what to order by (one of `fieldEnum`) and the direction, with the list's
 * default direction. Each list declares its own input type on top, with its own name and description.
 */
export function OrderInput<F extends string>(baseName: string, fieldEnum: object, defaultDirection: OrderDirection) {
  // A base type (never referenced by a field, so type-graphql leaves it out of the schema) whose fields the list's
  // own input type inherits.
  @InputType(baseName)
  abstract class Order {
    @Field(() => fieldEnum, { description: "What to order by." })
    field!: F;

    @Field(() => OrderDirection, { defaultValue: defaultDirection, description: `Direction (default ${defaultDirection}).` })
    direction!: OrderDirection;
  }
  return Order;
}
