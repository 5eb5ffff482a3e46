// Article rows for display. The body is by far the largest column (a whole article) and most queries show a
// title and a date, so it is read separately, only for the articles whose body is asked for.
import { Prisma, type Article, type PrismaClient } from "../../../generated/prisma/client.js";
import { rowsById } from "../rows-by-id.js";

/**
 * An article as lists and loaders show it: without its body, nor the columns no field exposes (contentHash, only
 * ingestion compares it; the row's createdAt/updatedAt).
 */
export type ArticleSummary = Omit<Article, "body" | "contentHash" | "createdAt" | "updatedAt"> & { body?: string };

/** A column of an article summary. */
export type ArticleSummaryColumn = Exclude<keyof ArticleSummary, "body">;

export const SUMMARY_COLUMNS: readonly ArticleSummaryColumn[] = [
  "id",
  "url",
  "title",
  "source",
  "publishedAt",
  "language",
  "extractorVersion",
];

/** The ArticleSummary columns on `alias`, for raw SELECTs. */
export function articleSummaryColumns(alias: string): Prisma.Sql {
  return Prisma.raw(SUMMARY_COLUMNS.map((column) => `${alias}."${column}"`).join(", "));
}

/** The articles with these ids, without their bodies. */
export function articleSummaries(prisma: PrismaClient, ids: readonly number[]): Promise<ArticleSummary[]> {
  return rowsById<ArticleSummary>(prisma, "Article", SUMMARY_COLUMNS, ids);
}

/** The bodies of the articles with these ids. */
export function articleBodies(prisma: PrismaClient, ids: readonly number[]): Promise<{ id: number; body: string }[]> {
  return prisma.article.findMany({ where: { id: { in: [...ids] } }, select: { id: true, body: true } });
}

/** The article stored under this url, with its body; null when there is none. */
export function articleByUrl(prisma: PrismaClient, url: string): Promise<Article | null> {
  return prisma.article.findUnique({ where: { url } });
}
