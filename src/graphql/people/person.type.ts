import { Field, ObjectType } from "type-graphql";
import { Node } from "../relay/node.js";
import { createConnectionType } from "../relay/connection.js";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A person quoted or mentioned in articles: an official, a spokesperson, a leader.",
})
export class Person extends Node {
  @Field(() => String, { description: "Full name as first seen, e.g. `Cho Tae-yul`." })
  name!: string;

  @Field(() => [String], { description: "Other spellings and forms of the name seen in articles." })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: "Role or title, e.g. `Foreign Minister`." })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "Organisation the person speaks for, e.g. `Ministry of Foreign Affairs`." })
  organisation!: string | null;

  @Field(() => Boolean, { description: "Whether the person is under sanctions (UN Security Council, EU, a state)." })
  sanctioned!: boolean;

  @Field(() => String, { nullable: true, description: "Who sanctioned the person and why, as reported." })
  sanctionNote!: string | null;
}

export const PersonConnection = createConnectionType(Person, "Person", "person");
export type PersonConnection = InstanceType<typeof PersonConnection>;
