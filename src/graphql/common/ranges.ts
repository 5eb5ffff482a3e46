import { Field, Float, InputType } from "type-graphql";
import { DateTimeScalar } from "./scalars.js";

@InputType({ description: "An inclusive range of numbers; either end may be left open." })
export class FloatRange {
  @Field(() => Float, { nullable: true, description: "Lowest value included." })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: "Highest value included." })
  max?: number | null;
}

@InputType({ description: "A range of time: `from` included, `to` excluded; either end may be left open." })
export class DateTimeRange {
  @Field(() => DateTimeScalar, { nullable: true, description: "Start of the range (included)." })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "End of the range (excluded)." })
  to?: Date | null;
}
