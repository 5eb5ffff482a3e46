// Named prepared statements for the hot SQL texts whose best plan does not depend on the values bound (lookups by
// primary key). PostgreSQL parses and plans an unnamed statement on every execution: the point lookup of a
// statement with its speaker and article cost a backend about 0.4 ms of CPU that way and 0.07 ms prepared
// (pgbench, one client: 0.86 ms -> 0.14 ms per lookup), because after five executions a prepared statement runs a
// cached generic plan. That is only safe where the generic plan is right for every value: a filter on a skewed
// column (a speaker state, a type) gets a generic plan priced on the average value, which read and sorted 9,000
// statements of the busiest state instead of 51 from an index. So statements opt in (queryRows' `prepare`), or
// have their values written into the text (preparedConstantText below); nothing else is named. node-postgres
// prepares a named statement once per connection and then sends only its name; PGlite's adapter ignores names (it
// has no per-request parse cost worth saving).
import { createHash } from "node:crypto";

/** At most this many texts are named: each prepared statement holds memory in every pooled backend. */
export const MAX_PREPARED_STATEMENTS = 200;

const names = new Map<string, string>();

/** Marks `sql` as a statement to prepare (once per connection); beyond MAX_PREPARED_STATEMENTS texts, a no-op. */
export function preferPrepared(sql: string): void {
  if (names.has(sql) || names.size >= MAX_PREPARED_STATEMENTS) return;
  names.set(sql, nameOf(sql));
}

/** Named after the text itself, so that a name can never stand for two texts (node-postgres refuses that). */
const nameOf = (sql: string) => `entente_${createHash("sha256").update(sql).digest("hex").slice(0, 32)}`;

/**
 * Statements whose bound values are all plain constants (a non-negative integer compared or limiting, an enum label
 * cast to its enum) can be sent with those values written into the text instead: a statement without parameters
 * has one plan, which PostgreSQL caches with its prepared statement and never plans again, so no value can get a
 * plan priced for another. A root list of one speaker state and one type is such a statement (with its page size):
 * pgbench, one client, load ~14: 0.52-1.02 ms parsed and planned per execution -> 0.29-0.37 ms prepared. Each
 * distinct text is a statement of its own, so only texts seen twice are prepared, at most MAX_CONSTANT_STATEMENTS.
 */
export const MAX_CONSTANT_STATEMENTS = 64;
/** How many texts are remembered while waiting for their second use (forgotten all at once when full). */
const MAX_CANDIDATES = 1_000;

const constantNames = new Map<string, string>();
const candidates = new Set<string>();

const ENUM_LABEL = /^[A-Z][A-Z0-9_]*$/;
/** Where an integer may stand for itself: right of a comparison, or as LIMIT / OFFSET. */
const BEFORE_INTEGER = /(?:=|<>|<|>|\bLIMIT|\bOFFSET)\s*$/i;

function constantText(strings: readonly string[], values: readonly unknown[]): string | null {
  let text = strings[0]!;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    const before = strings[index]!;
    const after = strings[index + 1]!;
    if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0 && BEFORE_INTEGER.test(before)) {
      text += String(value);
    } else if (typeof value === "string" && ENUM_LABEL.test(value) && after.startsWith('::"')) {
      text += `'${value}'`;
    } else return null;
    text += after;
  }
  return text;
}

/**
 * `query` with its values written into the text, when they are all such constants and that text is now used for
 * at least the second time (then it runs as a named prepared statement); otherwise null: send it as it is.
 */
export function preparedConstantText(query: { strings: readonly string[]; values: readonly unknown[] }): string | null {
  if (query.values.length === 0) return null;
  const text = constantText(query.strings, query.values);
  if (text === null) return null;
  if (constantNames.has(text)) return text;
  if (constantNames.size >= MAX_CONSTANT_STATEMENTS) return null;
  if (!candidates.has(text)) {
    if (candidates.size >= MAX_CANDIDATES) candidates.clear();
    candidates.add(text);
    return null;
  }
  candidates.delete(text);
  constantNames.set(text, nameOf(text));
  return text;
}

/** The prepared statement's name for `query` (the adapter's statementNameGenerator), or undefined: unnamed. */
export function preparedStatementName(query: { sql: string }): string | undefined {
  return names.get(query.sql) ?? constantNames.get(query.sql);
}
