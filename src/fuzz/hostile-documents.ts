// Requests whose GraphQL document itself is the attack: exponential fragments, alias floods, deep nesting, huge
// lists and timelines, operation-name and operation-type confusion.
import type { Random } from "./random.js";
import { post, type FuzzRequest } from "./fuzz-request.js";

const STATES = ["JP", "KP", "CN", "US", "RU", "KR", "PH", "IN", "UA", "FR"];

/** `fragment Fi on Query { ... on Query { ...F(i+1) } ... on Query { ...F(i+1) } }`: 2^n expansions if walked naively. */
export function exponentialFragments(random: Random): FuzzRequest {
  const levels = random.int(8, 40);
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Query { __typename states(first: 1) { totalCount } }`
      : `fragment F${i} on Query { ... on Query { ...F${i + 1} } ... on Query { ...F${i + 1} } }`,
  );
  return post("exponential fragments", `query Q { ...F0 }\n${fragments.join("\n")}`);
}

const ALIASED_FIELDS = [
  (random: Random) =>
    `relation(source: "${random.pick(STATES)}", target: "${random.pick(STATES)}") { timeline(granularity: DAY, from: "2000-01-01T00:00:00Z", to: "2013-09-08T00:00:00Z") { start statementCount averageSentiment } }`,
  () => `statements(first: 1) { totalCount nodes { text } }`,
  () => `states(first: 100) { nodes { name relations(first: 100) { nodes { statementCount } } } }`,
  () => `__typename`,
  () => `topics { slug }`,
];

export function manyAliases(random: Random): FuzzRequest {
  const count = random.pick([31, 50, 100, 1_000, 1_500, 10_000]);
  const field = random.pick(ALIASED_FIELDS);
  const body = Array.from({ length: count }, (_, i) => `a${i}: ${field(random)}`).join("\n");
  return post("many aliases", `{ ${body} }`);
}

export function deepNesting(random: Random): FuzzRequest {
  const depth = random.pick([10, 16, 50, 200, 1_000]);
  const shape = random.int(0, 2);
  let inner = "__typename";
  for (let i = 0; i < depth; i++) {
    if (shape === 0) inner = i % 2 ? `article { statements(first: 2) { nodes { ${inner} } } }` : `nodes { ${inner} }`;
    else if (shape === 1) inner = `source { relations(first: 2) { nodes { ${inner} } } }`;
    else inner = `{ ${inner} }`; // selection sets with no field: a syntax error at depth
  }
  const document =
    shape === 0
      ? `{ statements(first: 2) { ${inner} } }`
      : shape === 1
        ? `{ state(code: "JP") { relations(first: 2) { nodes { ${inner} } } } }`
        : inner;
  return post("deep nesting", document);
}

export function hugeLists(random: Random): FuzzRequest {
  const ids = Array.from({ length: random.pick([101, 1_000, 20_000]) }, (_, i) =>
    Buffer.from(`State:${i + 1}`).toString("base64url"),
  );
  return random.pick<() => FuzzRequest>([
    () => post("huge lists", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { variables: { ids } }),
    () =>
      post(
        "huge lists",
        `{ relation(source: "JP", target: "KP") { timeline(granularity: ${random.pick(["DAY", "WEEK", "MONTH"])}, from: "${random.pick(["0001-01-01", "1900-01-01", "1970-01-01"])}T00:00:00Z", to: "${random.pick(["2100-01-01", "9999-12-31", "2026-01-01"])}T00:00:00Z") { start statementCount } } }`,
      ),
    () =>
      post(
        "huge lists",
        `{ states(first: 100) { nodes { relations(first: 100) { nodes { statements(first: 100) { nodes { text } } } } } } }`,
      ),
    () =>
      post(
        "huge lists",
        `{ statements(first: 100) { nodes { targets { code } topics { slug } article { statements(first: 100) { nodes { text } } } } } }`,
      ),
    () =>
      post(
        "huge lists",
        `{ topics { states { state { name } statementCount } timeline(granularity: DAY) { start statementCount } } }`,
      ),
  ])();
}

export function wrongOperationName(random: Random): FuzzRequest {
  return random.pick<() => FuzzRequest>([
    () => post("wrong operationName", "query A { __typename }", { operationName: "B" }),
    () => post("wrong operationName", "{ __typename }", { operationName: "A" }),
    () =>
      post("wrong operationName", "query A { __typename } query B { __typename }", {
        operationName: random.pick([null, "", "C", 5, {}, ["A"]]),
      }),
    () => post("wrong operationName", "query A { __typename } mutation B { __typename }", { operationName: "B" }),
  ])();
}

export function severalAnonymousOperations(random: Random): FuzzRequest {
  const count = random.int(2, 5);
  return post("several anonymous operations", Array.from({ length: count }, (_, i) => `{ a${i}: __typename }`).join(" "));
}

export function subscriptions(random: Random): FuzzRequest {
  return post(
    "subscriptions",
    random.pick([
      "subscription { x }",
      "subscription S { __typename }",
      "subscription { statementAdded { id } }",
      "subscription { __schema { types { name } } }",
    ]),
  );
}
