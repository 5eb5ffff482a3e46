import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A problem with the input that the user can fix; nothing was written." })
export class UserError {
  @Field(() => String, {
    nullable: true,
    description: "Path of the input field at fault, e.g. `publishedAt`; null when it concerns the whole input.",
  })
  field!: string | null;

  @Field(() => String, { description: "What is wrong, in words." })
  message!: string;

  @Field(() => String, { description: "Machine-readable code, e.g. `BAD_USER_INPUT`, `NOT_FOUND`." })
  code!: string;
}
