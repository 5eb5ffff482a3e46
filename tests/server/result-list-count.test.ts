// The selection-guided list count must agree with the generic walk on every response shape GraphQL can produce.
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { buildSchema, execute, parse, type OperationDefinitionNode } from "graphql";
import { countListItems } from "../../src/server/plugins/query-cost.js";
import { countResultListItems } from "../../src/server/plugins/result-list-count.js";

const schema = buildSchema(`
  interface Named { name: String }
  type Person implements Named { name: String, friends: [Person], tags: [String] }
  type Place implements Named { name: String, grid: [[Cell]] }
  type Cell { value: Int, owner: Person }
  union Thing = Person | Place
  type Bucket { start: String, count: Int }
  type Edge { cursor: String, node: Person }
  type Connection { nodes: [Person], edges: [Edge] }
  type Query { things: [Thing], named: [Named], buckets: [Bucket], people: Connection, nobody: Person }
`);

const ada = {
  __typename: "Person",
  name: "Ada",
  tags: ["a", "b"],
  friends: [{ __typename: "Person", name: "Bob", friends: [] }],
};
const place = {
  __typename: "Place",
  name: "Here",
  grid: [
    [
      { value: 1, owner: ada },
      { value: 2, owner: null },
    ],
    [],
  ],
};
const rootValue = {
  things: [ada, place, null],
  named: [place, ada],
  buckets: Array.from({ length: 50 }, (_, index) => ({ start: `d${index}`, count: index })),
  people: {
    nodes: [ada, ada],
    edges: [
      { cursor: "1", node: ada },
      { cursor: "2", node: ada },
    ],
  },
  nobody: null,
};

async function bothCounts(source: string): Promise<[number, number]> {
  const document = parse(source);
  const result = await execute({ schema, document, rootValue });
  expect(result.errors).toBeUndefined();
  const operation = document.definitions.find(
    (definition) => definition.kind === "OperationDefinition",
  ) as OperationDefinitionNode;
  return [countResultListItems(schema, document, operation, result.data), countListItems(result.data)];
}

describe("countResultListItems", () => {
  it.each([
    ["lists of scalar-only objects, counted by their length", "{ buckets { start count } b2: buckets { count } }"],
    [
      "unions through inline fragments and named fragments",
      "{ things { ... on Person { name friends { name } } ...P } } fragment P on Place { grid { value owner { ...F } } } fragment F on Person { friends { tags } }",
    ],
    ["interfaces with a field only one type has", "{ named { name ... on Place { grid { owner { name } } } } }"],
    [
      "connections: edges not counted again beside nodes",
      "{ people { nodes { name friends { name } } edges { cursor node { friends { name } } } } }",
    ],
    [
      "the same response key selected twice with different sub-fields",
      "{ named { ... on Person { friends { name } } ... on Person { friends { tags } } } }",
    ],
    [
      "null objects, lists of scalars and introspection",
      "{ nobody { friends { name } } __schema { types { name fields { name } } } things { __typename } }",
    ],
  ])("%s", async (_name, source) => {
    const [guided, generic] = await bothCounts(source);
    expect(guided).toBe(generic);
    expect(generic).toBeGreaterThan(0);
  });
});
