// The arguments resolvers receive from args-conversion.ts must be exactly what type-graphql's own conversion gives
// (its convert-args.js, imported by path: the package does not export it): same classes, same properties.
import { describe, expect, it } from "vitest";
import { getMetadataStorage } from "type-graphql";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { ArgsConverters } from "../../src/graphql/args-conversion.js";
import { StatementListArgs } from "../../src/graphql/statements/statement-connection.js";
import { StatementFilter } from "../../src/graphql/statements/statement-filter.js";
// @ts-expect-error -- type-graphql's internal module has no type declarations of its own
import { convertArgsToInstance, convertArgToInstance } from "../../node_modules/type-graphql/build/esm/resolvers/convert-args.js";

type Converter = (metadata: { getType(): unknown; name?: string }, args: Record<string, unknown>) => unknown;
const typeGraphqlArgs = convertArgsToInstance as Converter;
const typeGraphqlArg = convertArgToInstance as Converter;

// Argument objects as graphql-js hands them over (plain objects, lists, nulls, nested inputs).
const ARGUMENTS: Record<string, unknown>[] = [
  {},
  { first: 50 },
  { first: 50, filter: { speakerStates: ["US"], types: ["COMMENTS"] } },
  {
    last: 5,
    before: "abc",
    filter: {
      speakers: ["a", "b"],
      sentimentScore: { min: -0.5, max: null },
      publishedAt: { from: new Date(0) },
      search: "satellite",
      targetStatesAll: [],
    },
    orderBy: { field: "SENTIMENT", direction: "ASC" },
  },
  { filter: null, orderBy: null },
];

describe("argument conversion", () => {
  it("gives every resolver's arguments the classes and values type-graphql's own conversion gives", async () => {
    await buildGraphQLSchema(); // registers every class's metadata
    const converters = new ArgsConverters();
    const convert = converters.args(StatementListArgs);
    for (const args of ARGUMENTS) {
      const ours = convert(args) as StatementListArgs;
      expect(ours).toStrictEqual(typeGraphqlArgs({ getType: () => StatementListArgs }, args));
      expect(ours).toBeInstanceOf(StatementListArgs);
      if (args.filter) expect(ours.filter).toBeInstanceOf(StatementFilter);
    }
    // Every @Args and @Arg parameter of the schema's queries and field resolvers, on values of their shape.
    const storage = getMetadataStorage();
    const inputObjects = ARGUMENTS.flatMap((args) => [args, args.filter, args.orderBy]);
    let compared = 0;
    for (const resolver of [...storage.queries, ...storage.fieldResolvers]) {
      for (const param of resolver.params ?? []) {
        if (param.kind === "args") {
          for (const args of ARGUMENTS) {
            const ours = converters.args(param.getType() as typeof StatementListArgs)(args);
            expect(ours).toStrictEqual(typeGraphqlArgs(param, args));
            compared += 1;
          }
        } else if (param.kind === "arg") {
          const isInput = storage.inputTypes.some((input) => input.target === param.getType());
          const values = isInput ? [...inputObjects, [inputObjects[2], null]] : [null, undefined, "US", 5, ["US", "CN"]];
          for (const value of values) {
            const ours = converters.values(param.getType() as typeof StatementListArgs)(value);
            expect(ours).toStrictEqual(typeGraphqlArg(param, { [param.name]: value }));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
