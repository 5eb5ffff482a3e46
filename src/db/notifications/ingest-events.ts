// The "an article was ingested" event, sent with PostgreSQL NOTIFY from inside the ingest transaction: PostgreSQL
// (and PGlite) deliver it only when that transaction commits, to every listening connection, so every replica of
// the API hears about every article whichever replica stored it. The payload carries ids only (NOTIFY payloads are
// limited to 8000 bytes); listeners load the rows themselves.
import { Prisma } from "../../generated/prisma/client.js";

export const INGEST_CHANNEL = "entente_article_ingested";

/** NOTIFY payloads must stay under 8000 bytes; ids beyond this many are left out and `complete` says so. */
const MAX_STATEMENT_IDS = 600;

export interface ArticleIngestedEvent {
  articleId: number;
  status: "CREATED" | "UPDATED";
  /** The statements this ingest stored (an update's kept, reviewed statements are not new and are not listed). */
  statementIds: number[];
  /** How many new statements the ingest stored (also when they are too many to list). */
  statementCount: number;
  /** False when the article had more new statements than a payload can list: listeners load them by article. */
  complete: boolean;
}

function payloadOf(event: Omit<ArticleIngestedEvent, "complete" | "statementCount">): string {
  const complete = event.statementIds.length <= MAX_STATEMENT_IDS;
  const payload: ArticleIngestedEvent = {
    articleId: event.articleId,
    status: event.status,
    statementIds: complete ? event.statementIds : [],
    statementCount: event.statementIds.length,
    complete,
  };
  return JSON.stringify(payload);
}

/**
 * Queues one event per article on the transaction `tx`, in order, with one statement; they are delivered when (and
 * only if) the transaction commits.
 */
export async function notifyArticlesIngested(
  tx: { $executeRaw(query: Prisma.Sql): Prisma.PrismaPromise<number> },
  events: readonly Omit<ArticleIngestedEvent, "complete" | "statementCount">[],
): Promise<void> {
  if (!events.length) return;
  const payloads = JSON.stringify(events.map(payloadOf));
  await tx.$executeRaw(
    Prisma.sql`SELECT pg_notify(${INGEST_CHANNEL}, p.payload) FROM jsonb_array_elements_text(${payloads}::jsonb) AS p(payload)`,
  );
}

/** Reads a payload written by notifyArticlesIngested; null for anything else on the channel. */
export function parseArticleIngested(payload: string): ArticleIngestedEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<ArticleIngestedEvent>;
    if (typeof value.articleId !== "number" || !Array.isArray(value.statementIds)) return null;
    return {
      articleId: value.articleId,
      status: value.status === "UPDATED" ? "UPDATED" : "CREATED",
      statementIds: value.statementIds.filter((id): id is number => Number.isInteger(id)),
      statementCount: typeof value.statementCount === "number" ? value.statementCount : value.statementIds.length,
      complete: value.complete !== false,
    };
  } catch {
    return null;
  }
}
