import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openTestDatabase } from "../helpers/test-database.js";
import { bulkIngest, formatSummary } from "../../src/ingestion/bulk-ingest.js";
import { ArticleIngester } from "../../src/ingestion/ingest-article.js";
import { parseArticleInput } from "../../src/ingestion/article-input.js";
import type { IngestProgress } from "../../src/ingestion/progress.js";

const body = (n: number) =>
  `Philippine Foreign Secretary Enrique Manalo said on Monday that Manila was alarmed by the Chinese coast guard's use of water cannon near the shoal (${n}). ` +
  `"We will not be intimidated," he told reporters.`;

describe("bulk ingestion from files", () => {
  let db: Database;
  const dir = mkdtempSync(path.join(tmpdir(), "entente-ingest-"));
  beforeAll(async () => {
    db = await openTestDatabase("pglite"); // no reference data: bulk ingest seeds it when missing
    const article = (n: number) => ({
      url: `https://files.example/${n}`,
      title: `Article ${n}`,
      source: "Files",
      publishedAt: "2025-06-02T10:00:00Z",
      body: body(n),
    });
    writeFileSync(path.join(dir, "one.json"), JSON.stringify(article(1)));
    writeFileSync(path.join(dir, "many.json"), JSON.stringify([article(2), { ...article(3), publishedAt: "not a date" }]));
    writeFileSync(
      path.join(dir, "lines.ndjson"),
      [JSON.stringify(article(4)), "{ broken", "", JSON.stringify(article(1))].join("\n"),
    );
    writeFileSync(
      path.join(dir, "note.md"),
      `---\nurl: https://files.example/5\npublishedAt: 2025-06-03T08:00:00Z\n---\n# Manila protests\n\n${body(5)}\n`,
    );
    writeFileSync(path.join(dir, "plain.txt"), `Manila protests again\n${body(6)}\n`);
    writeFileSync(path.join(dir, "ignored.csv"), "not read");
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ingests every format, reports bad records with file and line, keeps going, and reports progress", async () => {
    const reports: IngestProgress[] = [];
    const summary = await bulkIngest(db.prisma, [dir], {
      defaults: { source: "Desk", publishedAt: "2025-06-04T00:00:00Z", urlPrefix: "https://files.example/txt" },
      onProgress: (p) => reports.push(p),
    });
    expect(summary.records).toBe(8);
    expect(summary.counts).toEqual({ CREATED: 5, UPDATED: 0, UNCHANGED: 1, DUPLICATE: 0, FAILED: 2 });
    expect(summary.failures).toEqual([
      expect.stringMatching(/lines\.ndjson:2: invalid JSON/),
      expect.stringMatching(/many\.json\[1\]: publishedAt must be a date-time/),
    ]);
    expect(summary.found.statements).toBeGreaterThanOrEqual(5);
    // One report before the first record, one after each; failures counted as they happen.
    expect(reports.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(reports.at(-1)).toMatchObject({ done: 8, total: 8, failed: 2 });
    expect(reports.every((p) => p.seconds >= 0 && p.total === 8)).toBe(true);
    expect(formatSummary(summary)).toMatch(
      /^8 records in [\d.]+ s: 5 new, 0 updated, 1 unchanged, 0 duplicates, 2 failed; found \d+ statements/,
    );
    const txt = await db.prisma.article.findUnique({ where: { url: "https://files.example/txt/plain" } });
    expect(txt).toMatchObject({ title: "Manila protests again", source: "Desk" });
    expect(await db.prisma.article.findUnique({ where: { url: "https://files.example/5" } })).toMatchObject({
      title: "Manila protests",
      source: "Desk",
    });
  });

  it("rejects unknown paths and file types with a clear message", async () => {
    await expect(bulkIngest(db.prisma, [path.join(dir, "missing")])).rejects.toThrow(/no such file or folder/);
    await expect(bulkIngest(db.prisma, [path.join(dir, "ignored.csv")])).rejects.toThrow(/unsupported file type/);
  });

  it("writes nothing when storing fails halfway (one transaction)", async () => {
    class BrokenIngester extends ArticleIngester {
      protected override async lookups(tx: Parameters<ArticleIngester["lookups"]>[0]) {
        const real = await super.lookups(tx);
        // Every topic points at a row that does not exist: the topic insert fails after the article and statements.
        return { states: real.states, topics: new Map([...real.topics.keys()].map((slug) => [slug, 9_999_999])) };
      }
    }
    const parsed = parseArticleInput({
      url: "https://files.example/atomic",
      title: "Atomic",
      source: "Files",
      publishedAt: "2025-06-05T00:00:00Z",
      body: body(7) + " Manila will deepen trade and energy cooperation with Tokyo, Manalo said.",
    });
    if (!("article" in parsed)) throw new Error("fixture is invalid");
    const before = [await db.prisma.article.count(), await db.prisma.statement.count(), await db.prisma.person.count()];
    await expect(new BrokenIngester(db.prisma).ingest(parsed.article)).rejects.toThrow();
    expect([await db.prisma.article.count(), await db.prisma.statement.count(), await db.prisma.person.count()]).toEqual(before);
    expect(await db.prisma.article.findUnique({ where: { url: "https://files.example/atomic" } })).toBeNull();
  });
});
