import { Field, ObjectType } from "type-graphql";
import { AliasKind } from "../common/enums.js";
import { Node } from "../relay/node.js";
import { createConnectionType } from "../relay/connection.js";

@ObjectType({ simpleResolvers: true, description: "A name under which a state appears in text." })
export class StateAlias {
  @Field(() => AliasKind, { description: "What kind of name this is." })
  kind!: AliasKind;

  @Field(() => String, { description: "The name as written, e.g. `U.S.` or `Pyongyang`." })
  value!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A sovereign state or territory, identified by its ISO 3166-1 alpha-2 code.",
})
export class State extends Node {
  @Field(() => String, { description: "ISO 3166-1 alpha-2 code, e.g. `KR`. Accepted by `state(code:)`." })
  code!: string;

  @Field(() => String, { description: "ISO 3166-1 alpha-3 code, e.g. `KOR`." })
  alpha3!: string;

  @Field(() => String, { description: "Common English name as news uses it, e.g. `South Korea`." })
  name!: string;

  @Field(() => String, { description: "Official name, e.g. `Republic of Korea`." })
  officialName!: string;

  @Field(() => String, { description: "UN M49 region: Africa, Americas, Asia, Europe, Oceania or Antarctica." })
  region!: string;

  @Field(() => String, { nullable: true, description: "UN M49 subregion, e.g. `Eastern Asia`." })
  subregion!: string | null;
}

export const StateConnection = createConnectionType(State, "State", "state");
export type StateConnection = InstanceType<typeof StateConnection>;
