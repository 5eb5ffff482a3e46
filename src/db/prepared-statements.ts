// Named prepared statements for the hot SQL texts whose best plan does not depend on the values bound (lookups by
// primary key). PostgreSQL parses and plans an unnamed statement on every execution: the point lookup of a
// statement with its speaker and article cost a backend about 0.4 ms of CPU that way and 0.07 ms prepared
// (pgbench, one client: 0.86 ms -> 0.14 ms per lookup), because after five executions a prepared statement runs a
// cached generic plan. That is only safe where the generic plan is right for every value: a filter on a skewed
// column (a speaker state, a type) gets a generic plan priced on the average value, which read and sorted 9,000
// statements of the busiest state instead of 51 from an index. So statements opt in (queryRows' `prepare`);
// nothing else is named. node-postgres prepares a named statement once per connection and then sends only its
// name; PGlite's adapter ignores names (it has no per-request parse cost worth saving).
import { createHash } from "node:crypto";

/** At most this many texts are named: each prepared statement holds memory in every pooled backend. */
export const MAX_PREPARED_STATEMENTS = 200;

const names = new Map<string, string>();

/** Marks `sql` as a statement to prepare (once per connection); beyond MAX_PREPARED_STATEMENTS texts, a no-op. */
export function preferPrepared(sql: string): void {
  if (names.has(sql) || names.size >= MAX_PREPARED_STATEMENTS) return;
  // Named after the text itself, so that a name can never stand for two texts (node-postgres refuses that).
  names.set(sql, `entente_${createHash("sha256").update(sql).digest("hex").slice(0, 32)}`);
}

/** The prepared statement's name for `query` (the adapter's statementNameGenerator), or undefined: unnamed. */
export function preparedStatementName(query: { sql: string }): string | undefined {
  return names.get(query.sql);
}
