// Re-extraction after the extractor changed: runs the current extractor on stored articles and replaces
// what an older version stored, keeping every statement an editor reviewed.
import cliProgress from "cli-progress";
import type { PrismaClient } from "../generated/prisma/client.js";
import { EXTRACTOR_VERSION } from "../extraction/extract-article.js";
import { ArticleIngester } from "./ingest-article.js";

export interface ReextractSummary {
  articles: number;
  statements: number;
  failures: string[];
  seconds: number;
}

export async function reextractArticles(
  prisma: PrismaClient,
  options: { all?: boolean; progress?: NodeJS.WritableStream | null } = {},
): Promise<ReextractSummary> {
  const targets = await prisma.article.findMany({
    where: options.all ? {} : { OR: [{ extractorVersion: null }, { extractorVersion: { not: EXTRACTOR_VERSION } }] },
    select: { id: true, url: true },
    orderBy: { id: "asc" },
  });
  const started = performance.now();
  const bar = options.progress
    ? new cliProgress.SingleBar(
        {
          format: "re-extracting {bar} {value}/{total} | ETA {eta_formatted}",
          stream: options.progress,
          noTTYOutput: true,
          notTTYSchedule: 2000,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(targets.length, 0);
  const ingester = new ArticleIngester(prisma);
  let statements = 0;
  const failures: string[] = [];
  try {
    for (const article of targets) {
      try {
        statements += (await ingester.reextract(article.id)).statements;
      } catch (error) {
        failures.push(`${article.url}: ${(error as Error).message.split("\n")[0]}`);
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
  }
  return { articles: targets.length, statements, failures, seconds: (performance.now() - started) / 1000 };
}
