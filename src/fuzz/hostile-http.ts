// Requests broken at the HTTP level: bodies that are not JSON (or not the right JSON), wrong content types,
// mutations over GET.
import type { Random } from "./random.js";
import { get, type FuzzRequest } from "./fuzz-request.js";

const VALID = JSON.stringify({ query: "{ states(first: 1) { totalCount } }" });

export function malformedJson(random: Random): FuzzRequest {
  const body = random.pick<() => string | Buffer>([
    () => VALID.slice(0, random.int(1, VALID.length - 1)),
    () => "{",
    () => "[]",
    () => "null",
    () => '"query"',
    () => "42",
    () => JSON.stringify({ query: random.pick([5, null, true, {}, ["{ __typename }"]]) }),
    () => JSON.stringify({ query: "{ __typename }", variables: random.pick(["x", 5, [], true]) }),
    () =>
      JSON.stringify({
        query: "{ __typename }",
        extensions: random.pick(["x", { persistedQuery: { sha256Hash: "nope", version: 1 } }]),
      }),
    () => JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
    () => Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x22, 0x7d]),
    () => "[".repeat(random.pick([1_000, 100_000])),
    () => `{"query": "{ __typename }", "query": "{ states { totalCount } }"}`,
    () => `{"query": "${"x".repeat(2_200_000)}"}`,
    () => "\u0000",
    () => "",
  ])();
  return { category: "malformed JSON", method: "POST", headers: { "content-type": "application/json" }, body };
}

export function wrongContentType(random: Random): FuzzRequest {
  const contentType = random.pick([
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/graphql",
    "application/json; charset=utf-16",
    "application/xml",
    "",
  ]);
  const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
  return { category: "wrong content types", method: "POST", headers, body: random.chance(0.5) ? VALID : "{ __typename }" };
}

export function getMutation(random: Random): FuzzRequest {
  const query = random.pick([
    'mutation { mergePeople(input: { duplicate: "UGVyc29uOjE=", into: "UGVyc29uOjI=" }) { userErrors { message } } }',
    'mutation { updateStatement(input: { id: "U3RhdGVtZW50OjE=", sentiment: 1 }) { userErrors { message } } }',
    "mutation M { __typename }",
  ]);
  const preflight: Record<string, string> = random.chance(0.8) ? {} : { "apollo-require-preflight": "" };
  const request = get("GET mutations", { query }, preflight);
  return { ...request, unauthenticatedWrite: true };
}
