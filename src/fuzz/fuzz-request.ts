// One fuzzed HTTP request to /graphql, described so that it can be replayed (see the failure report).
export interface FuzzRequest {
  /** Which kind of abuse this request tries (the categories of issue 10, or a mutated README query). */
  category: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  /** The raw body of a POST (already serialised: it may be deliberately broken). */
  body?: string | Buffer;
  /** The query string of a GET, without the leading "?". */
  search?: string;
  /** Set for mutations sent without a valid key: any data in the answer is a write that got through. */
  unauthenticatedWrite?: boolean;
}

const JSON_HEADERS = { "content-type": "application/json" };

/** A normal GraphQL POST. */
export function post(
  category: string,
  query: string,
  extra: { variables?: unknown; operationName?: unknown; headers?: Record<string, string> } = {},
): FuzzRequest {
  const payload: Record<string, unknown> = { query };
  if (extra.variables !== undefined) payload.variables = extra.variables;
  if (extra.operationName !== undefined) payload.operationName = extra.operationName;
  return { category, method: "POST", headers: { ...JSON_HEADERS, ...extra.headers }, body: JSON.stringify(payload) };
}

/** A GET with the CSRF-prevention header that GETs need. */
export function get(category: string, params: Record<string, string>, headers: Record<string, string> = {}): FuzzRequest {
  return {
    category,
    method: "GET",
    headers: { "apollo-require-preflight": "true", ...headers },
    search: new URLSearchParams(params).toString(),
  };
}
