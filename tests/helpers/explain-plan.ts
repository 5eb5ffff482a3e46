// Replays SQL captured by the SQL trace under EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL and finds what does not
// scale: a sequential scan of the statement tables, or a sort fed by an unbounded read of them.
import pg from "pg";

/** Tables whose size grows with the news: reading them whole, or sorting them, costs time proportional to the data. */
export const GROWING_TABLES = new Set(["Statement", "StatementTarget", "StatementTargetPair", "StatementTopic"]);

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  "Recheck Cond"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
}

export interface ExplainedStatement {
  sql: string;
  plan: PlanNode;
  executionMs: number;
  problems: string[];
}

const SCANS = new Set(["Seq Scan", "Index Scan", "Index Only Scan", "Bitmap Heap Scan"]);

/** Reads only the rows of given statements: a primary-key lookup, or a lookup of a batch of statement ids. */
function readsGivenStatements(node: PlanNode): boolean {
  const condition = node["Index Cond"] ?? node["Recheck Cond"] ?? "";
  return /_pkey$/.test(node["Index Name"] ?? "") || /\("?statementId"? = ANY/.test(condition);
}

/**
 * A scan of a growing table under `node` that no Limit node between them bounds. Lookups by statement id are
 * bounded by what drives them (a page of candidates, a batch of loaded statements). A bitmap scan of the
 * full-text GIN index reads only the matching rows: ranking them by relevance needs them all.
 */
function unboundedGrowingScan(node: PlanNode): PlanNode | null {
  if (node["Node Type"] === "Limit") return null;
  if (node["Node Type"] === "Bitmap Heap Scan" && JSON.stringify(node.Plans ?? []).includes("text_search")) return null;
  if (SCANS.has(node["Node Type"]) && GROWING_TABLES.has(node["Relation Name"] ?? "") && !readsGivenStatements(node)) return node;
  for (const child of node.Plans ?? []) {
    const found = unboundedGrowingScan(child);
    if (found) return found;
  }
  return null;
}

/**
 * A sort of this many rows or fewer is a top-N of a small index range (a quiet pair of states, a rare topic):
 * PostgreSQL rightly prefers it to an ordered index scan there. Sorting a busy parent's rows, or a table, is far more.
 */
export const SMALL_SORT_ROWS = 200;

/** Rows a sort node receives, per execution. */
function sortInputRows(node: PlanNode): number {
  return (node.Plans ?? []).reduce((sum, child) => sum + (child["Actual Rows"] ?? 0), 0);
}

/** The reasons a plan does not scale: seq scans of growing tables, sorts over unbounded reads of them. */
export function planProblems(node: PlanNode): string[] {
  const problems: string[] = [];
  if (node["Node Type"] === "Seq Scan" && GROWING_TABLES.has(node["Relation Name"] ?? "")) {
    problems.push(`Seq Scan on ${node["Relation Name"]}`);
  }
  if ((node["Node Type"] === "Sort" || node["Node Type"] === "Incremental Sort") && sortInputRows(node) > SMALL_SORT_ROWS) {
    const scan = unboundedGrowingScan({ ...node, "Node Type": "SortInput" });
    if (scan)
      problems.push(`${node["Node Type"]} of ${sortInputRows(node)} rows over ${scan["Node Type"]} on ${scan["Relation Name"]}`);
  }
  for (const child of node.Plans ?? []) problems.push(...planProblems(child));
  return problems;
}

/** Runs EXPLAIN (ANALYZE, BUFFERS) for each statement with its parameters (twice; the warm run counts). */
export async function explainStatements(
  url: string,
  statements: string[],
  parameters: unknown[][],
): Promise<ExplainedStatement[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET jit = off"); // as on the API's own connections (src/db/adapter.ts)
  try {
    const explained: ExplainedStatement[] = [];
    for (const [index, sql] of statements.entries()) {
      if (!/^\s*(SELECT|WITH)\b/i.test(sql)) continue;
      // The second run is the one reported: the first also pays for reading cold pages from disk.
      const explain = () =>
        client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
          parameters[index] ?? [],
        );
      await explain();
      const result = await explain();
      const [{ Plan, "Execution Time": executionMs }] = result.rows[0]!["QUERY PLAN"];
      explained.push({ sql, plan: Plan, executionMs, problems: planProblems(Plan) });
    }
    return explained;
  } finally {
    await client.end();
  }
}
