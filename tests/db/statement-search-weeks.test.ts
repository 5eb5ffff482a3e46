// The weekly full-text index (statement_search_by_week migration) finds a week's matches of a search: for every
// statement and query, the weekly vector matches the week's rewritten query exactly when the statement's own vector
// matches the query and the statement belongs to that week. Checked on generated texts against the plain match.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openTestDatabase, testTargets } from "../helpers/test-database.js";

/** Words of the texts, with an apostrophe, a backslash, a colon and digits among them (quoting in tsvector text). */
const WORDS = ["truce", "border", "talks", "envoy", "O'Neill", "sanctions", "grain", "port", "a\\b", "w12:x", "1999", "wheat"];

/** What users type: words, phrases, OR, exclusions, only exclusions, stop words only. */
const QUERIES = [
  "truce",
  "truce talks",
  '"border talks"',
  "envoy or grain",
  "sanctions -port",
  "-truce",
  "-truce -grain",
  '-"border talks"',
  "O'Neill",
  "a\\b",
  "w12:x",
  "1999 wheat",
  "the of",
];

/** A deterministic text of 3–9 words for row `i`. */
function text(i: number): string {
  const words: string[] = [];
  let state = Math.imul(i, 2654435761) >>> 0;
  const length = 3 + (i % 7);
  for (let k = 0; k < length; k++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    words.push(WORDS[(state >>> 16) % WORDS.length]!);
  }
  return words.join(" ");
}

describe.each(testTargets)("weekly search index on %s", (target) => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase(target);
    await db.prisma.$executeRawUnsafe(`CREATE TABLE weekly_case ("id" int, "text" text, "publishedAt" timestamp,
      "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED)`);
    const rows = Array.from({ length: 400 }, (_, i) => i + 1);
    // Statements every 37 hours from late 1969 on (weeks before and after the epoch), each with its own text.
    await db.prisma.$executeRaw`INSERT INTO weekly_case ("id", "text", "publishedAt")
      SELECT i, t, timestamp '1969-12-20' + i * interval '37 hours' FROM unnest(${rows}::int[], ${rows.map(text)}::text[]) AS u(i, t)`;
  }, 120_000);
  afterAll(() => db?.close());

  it("matches a week's rewritten query exactly when the plain vector matches and the week is the statement's", async () => {
    for (const search of QUERIES) {
      const rows = await db.prisma.$queryRaw<{ id: number; plain: boolean; own: boolean; other: boolean }[]>`
        SELECT c."id", c."searchVector" @@ q.q AS "plain",
          statement_search_weekly_vector(c."searchVector", c."publishedAt")
            @@ statement_search_week_query(q.q, statement_search_week(c."publishedAt")) AS "own",
          statement_search_weekly_vector(c."searchVector", c."publishedAt")
            @@ statement_search_week_query(q.q, statement_search_week(c."publishedAt") - 1) AS "other"
        FROM weekly_case c CROSS JOIN (SELECT websearch_to_tsquery('english', ${search}) AS q) q ORDER BY c."id"`;
      expect(rows.length).toBe(400);
      expect({ search, matches: rows.some((row) => row.plain) }).toEqual({ search, matches: search !== "the of" });
      for (const row of rows) {
        expect({ search, id: row.id, own: row.own }).toEqual({ search, id: row.id, own: row.plain });
        expect({ search, id: row.id, other: row.other }).toEqual({ search, id: row.id, other: false });
      }
    }
  });

  it("numbers weeks from 1970-01-01 in UTC, before the epoch too", async () => {
    const [row] = await db.prisma.$queryRaw<{ weeks: number[] }[]>`SELECT ARRAY[
      statement_search_week(timestamp '1970-01-01 00:00'), statement_search_week(timestamp '1970-01-07 23:59:59.999'),
      statement_search_week(timestamp '1970-01-08 00:00'), statement_search_week(timestamp '1969-12-31 23:59:59')] AS "weeks"`;
    expect(row!.weeks).toEqual([0, 0, 1, -1]);
  });
});
