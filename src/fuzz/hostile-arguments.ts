// Well-formed documents with bad argument values: NUL bytes, over-long strings and searches, bad variables,
// cursors and ids, out-of-range page sizes, unknown enum values, and writes without a valid key.
import type { Random } from "./random.js";
import { hostileInt, hostileOpaque, hostileString } from "./hostile-values.js";
import { post, type FuzzRequest } from "./fuzz-request.js";

const STRING_ARGUMENTS = [
  (value: string) => `{ topic(slug: ${JSON.stringify(value)}) { name } }`,
  (value: string) => `{ state(code: ${JSON.stringify(value)}) { name } }`,
  (value: string) => `{ article(url: ${JSON.stringify(value)}) { title } }`,
  (value: string) => `{ statements(filter: { search: ${JSON.stringify(value)} }) { nodes { snippet } } }`,
  (value: string) => `{ statements(filter: { speakerStates: [${JSON.stringify(value)}] }) { totalCount } }`,
  (value: string) => `{ people(filter: { search: ${JSON.stringify(value)} }) { nodes { name } } }`,
  (value: string) => `{ relation(source: ${JSON.stringify(value)}, target: "KP") { statementCount } }`,
];

export function nulBytes(random: Random): FuzzRequest {
  const value = random.pick(["a\u0000b", "\u0000", "JP\u0000", "peace\u0000war", `${"p".repeat(random.int(0, 50))}\u0000`]);
  if (random.chance(0.5)) return post("NUL bytes", random.pick(STRING_ARGUMENTS)(value));
  return post(
    "NUL bytes",
    `query($s: String!) { statements(filter: { search: $s }) { nodes { text } } topic(slug: $s) { name } }`,
    {
      variables: { s: value },
    },
  );
}

export function longStrings(random: Random): FuzzRequest {
  const value = random.pick([
    "peace ".repeat(random.int(25, 25_000)).trim(),
    "a".repeat(random.pick([201, 10_000, 1_000_001])),
    `"${"ceasefire ".repeat(random.int(10, 300))}"`,
    "-".repeat(random.int(100, 5_000)),
    "or ".repeat(random.int(10, 3_000)),
  ]);
  if (random.chance(0.5)) return post("over-long strings and searches", random.pick(STRING_ARGUMENTS)(value));
  return post("over-long strings and searches", `query($s: String) { statements(filter: { search: $s }) { totalCount } }`, {
    variables: { s: value },
  });
}

export function badVariables(random: Random): FuzzRequest {
  const document = random.pick([
    "query($first: Int) { statements(first: $first) { totalCount } }",
    "query($code: String!) { state(code: $code) { name } }",
    "query($id: ID!) { node(id: $id) { id } }",
    "query($f: StatementFilter) { statements(filter: $f) { totalCount } }",
    'query($g: TimeGranularity!) { relation(source: "JP", target: "KP") { timeline(granularity: $g) { start } } }',
    "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
  ]);
  const variables = random.pick<() => unknown>([
    () => ({}),
    () => ({ first: random.pick(["10", 1.5, true, null, [], {}, 2 ** 53, -1]) }),
    () => ({ code: random.pick([42, null, ["JP"], { code: "JP" }, hostileString(random)]) }),
    () => ({ id: random.pick([5, null, true, hostileOpaque(random)]) }),
    () => ({
      f: random.pick([
        { search: 5 },
        { sentiment: { min: "low" } },
        { publishedAt: { from: "yesterday" } },
        { types: ["NOPE"] },
        { unknown: 1 },
        "string",
        [{}],
      ]),
    }),
    () => ({ g: random.pick(["CENTURY", "day", 1, null, ["DAY"]]) }),
    () => ({ ids: random.pick([null, "x", [null], Array.from({ length: 101 }, () => hostileOpaque(random))]) }),
    () => JSON.parse(`{"unexpected": ${JSON.stringify(hostileString(random).slice(0, 100))}, "__proto__": { "polluted": true }}`),
  ])();
  return post("bad variables", document, { variables });
}

export function badCursors(random: Random): FuzzRequest {
  const cursor = hostileOpaque(random);
  const field = random.pick(["statements", "articles", "people", "states"]);
  const direction = random.chance(0.5)
    ? `first: 5, after: ${JSON.stringify(cursor)}`
    : `last: 5, before: ${JSON.stringify(cursor)}`;
  const nodes = { statements: "text", articles: "title", people: "name", states: "name" }[field];
  if (random.chance(0.5)) return post("bad cursors", `{ ${field}(${direction}) { pageInfo { endCursor } nodes { ${nodes} } } }`);
  return post("bad cursors", `query($c: String) { ${field}(first: 5, after: $c) { nodes { ${nodes} } } }`, {
    variables: { c: cursor },
  });
}

export function badIds(random: Random): FuzzRequest {
  const id = hostileOpaque(random);
  return random.pick<() => FuzzRequest>([
    () => post("bad IDs", `query($id: ID!) { node(id: $id) { id ... on Statement { text } } }`, { variables: { id } }),
    () => post("bad IDs", `{ nodes(ids: [${JSON.stringify(id)}, ${JSON.stringify(hostileOpaque(random))}]) { id } }`),
    () =>
      post("bad IDs", `query($id: ID) { article(id: $id) { title } person(id: $id) { name } statement(id: $id) { text } }`, {
        variables: { id },
      }),
    () =>
      post(
        "bad IDs",
        `{ statements(filter: { speakers: [${JSON.stringify(id)}], articles: [${JSON.stringify(id)}] }) { totalCount } }`,
      ),
  ])();
}

export function outOfRangePages(random: Random): FuzzRequest {
  const first = hostileInt(random);
  const last = hostileInt(random);
  const args = random.pick([
    `first: ${first}`,
    `last: ${last}`,
    `first: ${first}, last: ${last}`,
    `first: ${first}, before: "x"`,
  ]);
  const field = random.pick(["statements", "articles", "people", "states"]);
  if (random.chance(0.3)) {
    return post("out-of-range first/last", `{ state(code: "CN") { relations(${args}) { nodes { statementCount } } } }`);
  }
  return post("out-of-range first/last", `{ ${field}(${args}) { totalCount } }`);
}

export function unknownEnums(random: Random): FuzzRequest {
  return post(
    "unknown enum values",
    random.pick([
      `{ relation(source: "JP", target: "KP") { timeline(granularity: ${random.pick(["CENTURY", "day", '"DAY"', "1", "null"])}) { start } } }`,
      `{ statements(orderBy: { field: ${random.pick(["FOO", "relevance", '"RELEVANCE"'])}, direction: ASC }) { totalCount } }`,
      `{ statements(orderBy: { field: PUBLISHED_AT, direction: ${random.pick(["UP", '"ASC"', "asc"])} }) { totalCount } }`,
      `{ statements(filter: { sentimentLabels: [${random.pick(["MEH", "negative", '"NEGATIVE"'])}] }) { totalCount } }`,
      `{ state(code: "CN") { relations(direction: ${random.pick(["SIDEWAYS", '"INCOMING"', "BOTH"])}) { totalCount } } }`,
    ]),
  );
}

const MUTATIONS = [
  'mutation { ingestArticle(input: { url: "https://fuzz.example/a", title: "T", source: "S", publishedAt: "2025-01-01T00:00:00Z", body: "Japan criticised North Korea." }) { status article { id } } }',
  'mutation { mergePeople(input: { duplicate: "UGVyc29uOjE=", into: "UGVyc29uOjI=" }) { person { id } userErrors { message } } }',
  'mutation { updateStatement(input: { id: "U3RhdGVtZW50OjE=", sentiment: -1, type: PRAISES }) { statement { id } userErrors { message } } }',
];

export function unauthenticatedMutation(random: Random): FuzzRequest {
  const authorization = random.pick([
    undefined,
    "Bearer ",
    "Bearer wrong-key-with-enough-characters",
    "Basic dXNlcjpwYXNz",
    `Bearer ${"k".repeat(random.int(16, 10_000))}`,
    "bearer",
    "Bearer \t",
  ]);
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  return { ...post("unauthenticated mutations", random.pick(MUTATIONS), { headers }), unauthenticatedWrite: true };
}
