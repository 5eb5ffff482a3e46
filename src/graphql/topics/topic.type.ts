import { Field, ObjectType } from "type-graphql";
import { Node } from "../relay/node.js";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A cooperation or conflict subject in Entente's taxonomy (a tree: see `parent` and `children`).",
})
export class Topic extends Node {
  @Field(() => String, { description: "Stable identifier, e.g. `arms-transfers`. Accepted by `topic(slug:)`." })
  slug!: string;

  @Field(() => String, { description: "Display name, e.g. `Arms transfers and munitions`." })
  name!: string;

  @Field(() => String, { description: "What the topic covers." })
  description!: string;

  @Field(() => String, { nullable: true, description: "Nearest CAMEO root code (`01`..`20`), where one fits." })
  cameoCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Nearest PLOVER context (e.g. `military`, `cbrn`, `economic`), where one fits.",
  })
  ploverContext!: string | null;
}
