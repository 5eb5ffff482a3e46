import { Field, ObjectType } from "type-graphql";
import type { RecordRef } from "../../services/service-errors.js";
import { fromGlobalId, type NodeTypeName } from "../relay/global-id.js";

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

/** A global ID as a service's record reference: no key when the ID is malformed or names another type. */
export function recordRef(globalId: string, type: NodeTypeName): RecordRef {
  const ref = fromGlobalId(globalId);
  return { id: ref?.type === type ? ref.id : null, given: globalId };
}
