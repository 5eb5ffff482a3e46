// Re-extraction after the extractor changed: runs the current extractor on stored articles and replaces
// what an older version stored, keeping every statement an editor reviewed.
import type { PrismaClient } from "../generated/prisma/client.js";
import { EXTRACTOR_VERSION } from "../extraction/extract-article.js";
import { ArticleIngester } from "./ingest-article.js";
import { progressReporter, type OnProgress } from "./progress.js";

export interface ReextractSummary {
  articles: number;
  statements: number;
  failures: string[];
  seconds: number;
}

export async function reextractArticles(
  prisma: PrismaClient,
  options: { all?: boolean; onProgress?: OnProgress } = {},
): Promise<ReextractSummary> {
  const targets = await prisma.article.findMany({
    where: options.all ? {} : { OR: [{ extractorVersion: null }, { extractorVersion: { not: EXTRACTOR_VERSION } }] },
    select: { id: true, url: true },
    orderBy: { id: "asc" },
  });
  const started = performance.now();
  const report = progressReporter(targets.length, options.onProgress);
  report(0, 0);
  const ingester = new ArticleIngester(prisma);
  let statements = 0;
  const failures: string[] = [];
  for (const [index, article] of targets.entries()) {
    try {
      statements += (await ingester.reextract(article.id)).statements;
    } catch (error) {
      failures.push(`${article.url}: ${(error as Error).message.split("\n")[0]}`);
    }
    report(index + 1, failures.length);
  }
  return { articles: targets.length, statements, failures, seconds: (performance.now() - started) / 1000 };
}
