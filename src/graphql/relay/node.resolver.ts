import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../context.js";
import { loaders } from "../common/entity-loaders.js";
import { badUserInput } from "../common/argument-errors.js";
import { fromGlobalId, type NodeTypeName } from "./global-id.js";
import { Node, type TypedRow } from "./node.js";

const MAX_NODES = 100;

const LOADERS: Record<NodeTypeName, (context: GraphQLContext) => { load(id: number): Promise<object | null> }> = {
  State: loaders.state,
  Person: loaders.person,
  Article: loaders.article,
  Statement: loaders.statement,
  Topic: loaders.topic,
};

async function loadNode(context: GraphQLContext, globalId: string): Promise<TypedRow | null> {
  const parsed = fromGlobalId(globalId);
  if (!parsed) return null;
  const row = await LOADERS[parsed.type](context).load(parsed.id);
  return row ? { ...row, __typename: parsed.type } : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Refetches any object by its global ID; null when it does not exist (or the ID is not one of ours).",
  })
  node(@Arg("id", () => ID, { description: "A global ID." }) id: string, @Ctx() context: GraphQLContext) {
    return loadNode(context, id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Refetches up to ${MAX_NODES} objects by global ID, in the order given; null entries for IDs that do not exist.`,
  })
  nodes(
    @Arg("ids", () => [ID], { description: `Global IDs (at most ${MAX_NODES}).` }) ids: string[],
    @Ctx() context: GraphQLContext,
  ) {
    if (ids.length > MAX_NODES) throw badUserInput(`\`ids\` accepts at most ${MAX_NODES} IDs; got ${ids.length}.`, "ids");
    return Promise.all(ids.map((id) => loadNode(context, id)));
  }
}
