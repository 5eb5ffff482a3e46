// Direct resolvers (src/graphql/direct-field-resolvers.ts) hand a query the arguments graphql-js coerced instead of
// type-graphql's instances, but only when the argument classes are plain data: a class with an initializer or a
// method keeps type-graphql's copy, which a resolver may rely on.
import { execute, parse } from "graphql";
import { buildSchema } from "type-graphql";
import { describe, expect, it } from "vitest";
import { useDirectFieldResolvers } from "../../src/graphql/direct-field-resolvers.js";
import { ProbeResolver, seen } from "./fixtures/argument-classes.js";

describe("direct resolvers and their arguments", () => {
  it("pass coerced arguments for plain classes and keep type-graphql's instances otherwise", async () => {
    const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
    expect(useDirectFieldResolvers(schema, [ProbeResolver])).toBe(1);

    const result = await execute({
      schema,
      document: parse(`{ plain(first: 3, window: { from: 2 }) defaultInside(window: {}) withMethod(first: 5) }`),
    });

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ plain: 1, defaultInside: 1, withMethod: 5 });
    expect(seen.plain).toEqual({ instance: false, json: '{"first":3,"window":{"from":2}}' });
    // The initializer's 7 is what type-graphql's copy adds to an input that left `from` out.
    expect(seen.defaultInside).toEqual({ instance: true, json: '{"window":{"from":7}}' });
    expect(seen.withMethod).toEqual({ instance: true, json: '{"first":5}' });
  });

  it("leaves resolvers of classes not in the list alone", async () => {
    const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
    expect(useDirectFieldResolvers(schema, [])).toBe(0);
    await execute({ schema, document: parse(`{ plain(first: 1) }`) });
    expect(seen.plain?.instance).toBe(true);
  });
});
