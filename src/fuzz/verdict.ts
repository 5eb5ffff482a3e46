// What makes an answer a failure: a 5xx (but SERVER_BUSY with Retry-After), an internal error, a missing or non-JSON answer, an answer slower than the
// bound, a response over the cost limit, a write without a valid key, a 429 without Retry-After.
import type { FuzzRequest } from "./fuzz-request.js";

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  ms: number;
}

export interface Verdict {
  /** Error codes of the GraphQL errors in the answer ("HTTP <status>" when the body has none). */
  codes: string[];
  problems: string[];
  /** The answer ran and counted more list items than it was priced at (reported, not a failure: estimates). */
  underpriced: boolean;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
  extensions?: { cost?: { requestedQueryCost?: number; actualQueryCost?: number } };
}

export interface VerdictLimits {
  maxLatencyMs: number;
  /** Highest query cost (base cost included) a response may have. */
  maxCost: number;
}

export function judge(request: FuzzRequest, answer: Answer, limits: VerdictLimits): Verdict {
  const problems: string[] = [];
  // A heavy query refused because every heavy turn is taken (503 with Retry-After) is an answer, not a failure.
  const busy = answer.status === 503 && Boolean(answer.headers.get("retry-after"));
  if (answer.status >= 500 && !busy) problems.push(`HTTP ${answer.status}`);
  if (answer.ms > limits.maxLatencyMs) problems.push(`answered in ${Math.round(answer.ms)} ms (bound ${limits.maxLatencyMs} ms)`);
  let body: GraphQLBody;
  try {
    body = JSON.parse(answer.text) as GraphQLBody;
  } catch {
    problems.push(`answer is not JSON: ${JSON.stringify(answer.text.slice(0, 120))}`);
    return { codes: [`HTTP ${answer.status}`], problems, underpriced: false };
  }
  const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? "NO_CODE");
  if (codes.includes("INTERNAL_SERVER_ERROR")) {
    problems.push(`internal error: ${body.errors!.find((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR")?.message}`);
  }
  const cost = body.extensions?.cost;
  const ran = body.data !== undefined && body.data !== null;
  if (ran && cost && Math.max(cost.requestedQueryCost ?? 0, cost.actualQueryCost ?? 0) > limits.maxCost) {
    problems.push(
      `over the cost limit: requested ${cost.requestedQueryCost}, actual ${cost.actualQueryCost}, limit ${limits.maxCost}`,
    );
  }
  if (request.unauthenticatedWrite && ran && Object.values(body.data!).some((value) => value !== null)) {
    problems.push(`a mutation without a valid key returned data: ${answer.text.slice(0, 200)}`);
  }
  if (busy && !codes.includes("SERVER_BUSY")) problems.push(`503 without SERVER_BUSY: ${answer.text.slice(0, 200)}`);
  if (answer.status === 429 && (!answer.headers.get("retry-after") || !codes.includes("THROTTLED"))) {
    problems.push(`429 without Retry-After or THROTTLED: ${answer.text.slice(0, 200)}`);
  }
  if (request.category === "README queries" && (answer.status !== 200 || codes.length)) {
    problems.push(`README example failed: HTTP ${answer.status} ${codes.join(",")}`);
  }
  const underpriced = ran && cost !== undefined && (cost.actualQueryCost ?? 0) > (cost.requestedQueryCost ?? Infinity);
  return { codes: codes.length ? codes : ["none"], problems, underpriced };
}
