// The nastiest GraphQL requests that fit in 2 KB (issue 10: "a 2 KB request never holds the process over 100 ms
// before rejection"), one per way of making a small document expensive for parsing, validation, the shape limits,
// the cost walker or the input guard: fragment graphs, fields that must be merged, deep values, many variables,
// directives, arguments, literals and operations. Each kind is grown until the next size would pass the budget.

export interface SmallHostileRequest {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Bytes of a request body (query, variables, operation name). */
export const SMALL_REQUEST_BYTES = 2_048;

type Shape = (n: number) => Omit<SmallHostileRequest, "name">;

const repeat = (n: number, item: (i: number) => string, separator = " ") =>
  Array.from({ length: n }, (_, i) => item(i)).join(separator);

function nest(n: number, open: string, close: string, inner: string): string {
  return open.repeat(n) + inner + close.repeat(n);
}

const SHAPES: Record<string, Shape> = {
  "fragments, two inline copies per level": (n) => ({
    query: `query Q { ...F0 } ${repeat(n, (i) => (i === n - 1 ? `fragment F${i} on Query { states(first: 1) { totalCount } }` : `fragment F${i} on Query { ... on Query { ...F${i + 1} } ... on Query { ...F${i + 1} } }`))}`,
  }),
  "fragments, three spreads per level": (n) => ({
    query: `query Q { ...F0 } ${repeat(n, (i) => (i >= n - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { ...F${i + 1} ...F${Math.min(n - 1, i + 2)} ...F${i + 1} }`))}`,
  }),
  "fragments, nested fields per level": (n) => ({
    query: `query Q { ...F0 } ${repeat(n, (i) => (i === n - 1 ? `fragment F${i} on Query { __typename }` : `fragment F${i} on Query { state(code: "JP") { __typename } ...F${i + 1} states { nodes { __typename } } ...F${i + 1} }`))}`,
  }),
  "same field repeated without aliases": (n) => ({ query: `{ ${repeat(n, () => "states { nodes { name } }")} }` }),
  "same nested field repeated": (n) => ({
    query: `{ ${repeat(n, () => "statements { nodes { speaker { name } } }")} }`,
  }),
  "fields to merge through fragments": (n) => ({
    query: `{ ${repeat(n, (i) => `...F${i}`)} } ${repeat(n, (i) => `fragment F${i} on Query { states { nodes { name } } }`)}`,
  }),
  "conflicting fields through fragments": (n) => ({
    query: `{ ${repeat(n, (i) => `...F${i}`)} } ${repeat(n, (i) => `fragment F${i} on Query { s: state(code: "J${i}") { name } }`)}`,
  }),
  "aliases over the limit": (n) => ({ query: `{ ${repeat(n, (i) => `a${i}: __typename`)} }` }),
  "30 aliases of the costliest field": (n) => ({
    query: `{ ${repeat(Math.min(n, 30), (i) => `a${i}: relation(source: "US", target: "CN") { timeline(granularity: DAY) { start } }`)} }`,
  }),
  "deep selections": (n) => ({
    query: `{ state(code: "JP") { ${nest(n, "relations { nodes { source { ", "} } } ", "name ")}} }`,
  }),
  "deep list literal": (n) => ({
    query: `{ statements(filter: { speakerStates: ${nest(n, "[", "]", '"JP"')} }) { totalCount } }`,
  }),
  "deep input object literal": (n) => ({
    query: `{ statements(filter: ${nest(n, "{ a: ", " }", "1")}) { totalCount } }`,
  }),
  "deep variable value": (n) => ({
    query: `query($s: [String!]) { statements(filter: { speakerStates: $s }) { totalCount } }`,
    variables: { s: JSON.parse(nest(n, "[", "]", '"JP"')) as unknown },
  }),
  "many unused variables": (n) => ({ query: `query(${repeat(n, (i) => `$v${i}: Int`)}) { __typename }` }),
  "many variables with deep defaults": (n) => ({
    query: `query(${repeat(n, (i) => `$v${i}: [[[Int]]] = [[[${i}]]]`)}) { __typename }`,
  }),
  "many directives on one field": (n) => ({ query: `{ __typename ${repeat(n, () => "@include(if: true)")} }` }),
  "directives on many fields": (n) => ({ query: `{ ${repeat(n, () => "__typename @skip(if: false)")} }` }),
  "repeated arguments": (n) => ({ query: `{ state(${repeat(n, () => 'code: "JP"', ", ")}) { name } }` }),
  "unknown arguments": (n) => ({ query: `{ state(code: "JP", ${repeat(n, (i) => `x${i}: 1`, ", ")}) { name } }` }),
  "unknown fields and types": (n) => ({
    query: `{ ${repeat(n, (i) => `x${i}`)} ...on Nope${n} { y } }`,
  }),
  "big numeric literals": (n) => ({
    query: `{ statements(first: ${"9".repeat(n)}) { totalCount } relation(source: "JP", target: "KP") { timeline(from: "1970-01-01T00:00:00Z", to: "275760-09-13T00:00:00Z") { start } } }`,
  }),
  "huge page sizes from variables": (n) => ({
    query: `query(${repeat(n, (i) => `$f${i}: Int = ${2 ** 31 - 1}`)}) { ${repeat(Math.min(n, 30), (i) => `a${i}: statements(first: $f${i}) { totalCount }`)} }`,
  }),
  "many ids": (n) => ({ query: `{ nodes(ids: [${repeat(n, (i) => `"U3RhdGU6${i}"`, ",")}]) { id } }` }),
  "long search": (n) => ({ query: `{ statements(filter: { search: "${repeat(n, () => "peace")}" }) { totalCount } }` }),
  "escaped string": (n) => ({ query: `{ topic(slug: "${"\\u00e9".repeat(n)}") { name } }` }),
  "many operations": (n) => ({
    query: repeat(n, (i) => `query A${i} { __typename }`),
    operationName: `A${Math.floor(n / 2)}`,
  }),
  "fragment cycles": (n) => ({
    query: `{ ...F0 } ${repeat(n, (i) => `fragment F${i} on Query { ...F${(i + 1) % n} ...F${(i * 7 + 3) % n} }`)}`,
  }),
  "introspection, deep types": (n) => ({
    query: `{ __schema { types { ${nest(n, "fields { type { ofType { ", "} } } ", "name ")}} } }`,
  }),
  "introspection, interfaces and possible types": (n) => ({
    query: `{ __type(name: "Node") { ${nest(n, "possibleTypes { interfaces { ", "} } ", "name ")}} }`,
  }),
  "introspection, 30 aliases": (n) => ({
    query: `{ ${repeat(Math.min(n, 30), (i) => `a${i}: __schema { types { fields { args { type { name } } } } }`)} }`,
  }),
  "introspection, every detail, aliased": (n) => ({
    query: `{ ${repeat(Math.min(n, 30), (i) => `a${i}: __schema { types { name fields { name args { name type { name } } type { name ofType { name } } } inputFields { name type { name } } enumValues { name } interfaces { name } possibleTypes { name } } }`)} }`,
  }),
  "introspection through fragments": (n) => ({
    query: `{ ${repeat(Math.min(n, 30), (i) => `a${i}: __schema { ...S }`)} } fragment S on __Schema { types { fields { args { type { name } } type { name } } inputFields { type { name } } } }`,
  }),
  "many timelines through fragments": (n) => ({
    query: `{ relation(source: "US", target: "CN") { ${repeat(n, (i) => `...T${i}`)} } } ${repeat(n, (i) => `fragment T${i} on Relation { timeline(granularity: DAY, from: "2000-01-01T00:00:00Z", to: "2013-09-08T00:00:00Z") { start } }`)}`,
  }),
};

function bodyBytes(request: Omit<SmallHostileRequest, "name">): number {
  return Buffer.byteLength(JSON.stringify(request));
}

/** Each shape at the largest size whose body fits in `bytes` (sizes grow one by one from 1). */
export function smallHostileRequests(bytes = SMALL_REQUEST_BYTES): SmallHostileRequest[] {
  const requests: SmallHostileRequest[] = [];
  for (const [name, shape] of Object.entries(SHAPES)) {
    let best = shape(1);
    for (let n = 2; n < 5_000; n++) {
      const candidate = shape(n);
      if (bodyBytes(candidate) > bytes) break;
      best = candidate;
    }
    requests.push({ name, ...best });
  }
  return requests;
}
