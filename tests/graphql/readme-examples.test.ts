// Every GraphQL example in the README runs against the demo corpus and returns data.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/paths.js";
import { ingestDemoCorpus } from "../../src/ingestion/demo-corpus.js";
import { openSeededTestDatabase } from "../helpers/test-database.js";
import { runQuery } from "../helpers/graphql-client.js";

const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** True when the result holds at least one non-empty list or non-zero count somewhere. */
function hasData(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === "object") return Object.values(value).some(hasData);
  return typeof value === "number" ? value > 0 : false;
}

describe("README examples on the demo corpus", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase("pglite");
    await ingestDemoCorpus(db.prisma);
  }, 120_000);
  afterAll(() => db?.close());

  it("has at least 8 examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((query, index) => [index + 1, query] as const))("example %i runs and returns data", async (_n, query) => {
    const started = performance.now();
    const result = await runQuery(db, query);
    const ms = performance.now() - started;
    expect(result.errors).toBeUndefined();
    expect(hasData(result.data)).toBe(true);
    console.log(`README example ${_n}: ${result.sql.queries} SQL statements, ${ms.toFixed(1)} ms`);
  });
});
