// Stores an article and everything extracted from it in one transaction: a failure leaves nothing behind.
// Re-ingesting the same url with the same content changes nothing; new content replaces the extracted data
// (statements an editor reviewed are kept); the same text under another url is reported as a duplicate.
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { extractForIngest } from "./article-extraction.js";
import type { ExtractionResult } from "../extraction/types.js";
import type { ArticleToIngest } from "./article-input.js";
import { contentHash } from "./content-hash.js";
import { extractionContext } from "./extraction-context.js";
import { refreshStaleAliasKeys } from "../db/queries/people/people-by-name.js";
import { subtractStatements } from "../db/queries/analytics/rollup-maintenance.js";
import { writeExtractions } from "./write-extractions.js";
import { articleCounts } from "../db/queries/ingestion/article-counts.js";
import { insertArticles } from "../db/queries/ingestion/ingest-rows.js";
import type { Extractor } from "./on-demand-extraction.js";

export type IngestStatus = "CREATED" | "UPDATED" | "UNCHANGED" | "DUPLICATE";

export interface IngestOutcome {
  status: IngestStatus;
  articleId: number;
  statements: number;
  people: number;
  states: number;
}

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

function outcomeOf(status: IngestStatus, articleId: number, extraction: ExtractionResult): IngestOutcome {
  return {
    status,
    articleId,
    statements: extraction.statements.length,
    people: extraction.people.length,
    states: extraction.states.length,
  };
}

const MAX_ATTEMPTS = 3;

/**
 * Another ingest created the same article or person first (a unique violation: P2002, or 23505 from raw SQL), or two
 * ingests' rollup updates deadlocked.
 */
function isRetryable(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    (error.code === "P2002" || error.code === "P2034" || /deadlock detected|Code: `23505`/i.test(error.message))
  );
}

/** An article of a batch, with its extraction when it was made elsewhere (an extraction worker thread). */
export interface BatchItem {
  article: ArticleToIngest;
  extraction?: ExtractionResult;
}

export interface ArticleIngesterOptions {
  /**
   * Where a single article's extraction runs (e.g. OnDemandExtraction's worker threads, so that an API process keeps
   * answering while a large article is extracted); default: this thread.
   */
  extract?: Extractor;
}

export class ArticleIngester {
  private stateIds: Map<string, number> | undefined;
  private topicIds: Map<string, number> | undefined;
  private readonly extractElsewhere: Extractor | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    options: ArticleIngesterOptions = {},
  ) {
    this.extractElsewhere = options.extract;
  }

  /**
   * Ingests one article; concurrent calls for the same article never create duplicates. `extraction`, when given,
   * is the article's extraction made elsewhere (an extraction worker thread).
   */
  async ingest(
    article: ArticleToIngest,
    options: { force?: boolean } = {},
    extraction?: ExtractionResult,
  ): Promise<IngestOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(article, options, extraction);
      } catch (error) {
        // Another ingest created the same article or person first: start again, it will see that row.
        if (isRetryable(error) && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  /**
   * Runs the current extractor again on a stored article and replaces what an older extractor stored;
   * statements an editor reviewed are kept as they are.
   */
  async reextract(articleId: number): Promise<IngestOutcome> {
    const stored = await this.prisma.article.findUniqueOrThrow({ where: { id: articleId } });
    return this.ingest(stored, { force: true });
  }

  /**
   * Whether ingesting each article now would store nothing (same url and text, or the text under another url), with
   * one query.
   */
  async storedAmong(articles: ArticleToIngest[]): Promise<boolean[]> {
    const hashes = articles.map((article) => contentHash(article.body));
    const matches = await this.matching(
      this.prisma,
      articles.map((article) => article.url),
      hashes,
    );
    return articles.map((article, index) => {
      const existing = matches.find((match) => match.url === article.url);
      return existing ? existing.contentHash === hashes[index] : matches.some((match) => match.contentHash === hashes[index]);
    });
  }

  /**
   * Ingests several articles, in order, in one transaction (fewer commits for bulk loads); each sees what the ones
   * before it stored, as in separate calls. If any fails, the transaction stores nothing and each article is
   * ingested again in its own, so one bad article costs only itself. Returns an outcome or the error per article.
   */
  async ingestBatch(items: BatchItem[]): Promise<(IngestOutcome | Error)[]> {
    await refreshStaleAliasKeys(this.prisma);
    try {
      return await this.prisma.$transaction(
        async (tx) => {
          const atOnce = await this.storeAtOnce(tx, items);
          if (atOnce) return atOnce;
          const outcomes: IngestOutcome[] = [];
          for (const { article, extraction } of items) {
            const hash = contentHash(article.body);
            const found = await this.classify(tx, article, hash, false);
            if ("done" in found) {
              outcomes.push(found.done);
              continue;
            }
            const extracted = extraction ?? extractForIngest(article, await extractionContext(this.prisma));
            const articleId = await this.store(tx, article, hash, extracted, found.existingId);
            outcomes.push(outcomeOf(found.existingId ? "UPDATED" : "CREATED", articleId, extracted));
          }
          return outcomes;
        },
        { timeout: 60_000 * items.length, maxWait: 60_000 },
      );
    } catch {
      const outcomes: (IngestOutcome | Error)[] = [];
      for (const { article, extraction } of items) {
        outcomes.push(await this.ingest(article, {}, extraction).catch((error: unknown) => error as Error));
      }
      return outcomes;
    }
  }

  /**
   * Writes a batch with one statement per table (src/ingestion/write-extractions.ts) when every article in it is new
   * or stored as it is, and no two share a url or a text: then no article's outcome depends on another's rows, and
   * the rows are those of one article after the other. Null (nothing written) when an article would replace an
   * earlier extraction or the batch repeats an article: those batches go one article after the other.
   */
  private async storeAtOnce(tx: Tx, items: BatchItem[]): Promise<IngestOutcome[] | null> {
    const hashes = items.map(({ article }) => contentHash(article.body));
    const urls = items.map(({ article }) => article.url);
    if (new Set(urls).size < items.length || new Set(hashes).size < items.length) return null;
    const matches = await this.matching(tx, urls, hashes);
    const found = items.map((_, index) => {
      const existing = matches.find((match) => match.url === urls[index]);
      if (existing) return existing.contentHash === hashes[index] ? { status: "UNCHANGED" as const, id: existing.id } : null;
      const duplicate = matches.find((match) => match.contentHash === hashes[index]);
      return duplicate ? { status: "DUPLICATE" as const, id: duplicate.id } : { status: "CREATED" as const, id: 0 };
    });
    if (found.some((item) => item === null)) return null;
    const context = () => extractionContext(this.prisma);
    const fresh = [];
    for (const [index, item] of items.entries()) {
      if (found[index]!.status !== "CREATED") continue;
      fresh.push({
        ...item,
        hash: hashes[index]!,
        extraction: item.extraction ?? extractForIngest(item.article, await context()),
      });
    }
    const ids = await insertArticles(
      tx,
      fresh.map(({ article, hash, extraction }) => ({
        ...article,
        contentHash: hash,
        extractorVersion: extraction.extractorVersion,
      })),
    );
    const stored = fresh.map(({ article, extraction }, index) => ({
      articleId: ids[index]!,
      status: "CREATED" as const,
      publishedAt: article.publishedAt,
      extraction,
    }));
    await writeExtractions(tx, stored, await this.lookups(tx));
    const counts = await articleCounts(
      tx,
      found.flatMap((item) => (item!.status === "CREATED" ? [] : [item!.id])),
    );
    let next = 0;
    return found.map((item) => {
      if (item!.status !== "CREATED") return { status: item!.status, articleId: item!.id, ...counts.get(item!.id)! };
      const { articleId, extraction } = stored[next++]!;
      return outcomeOf("CREATED", articleId, extraction);
    });
  }

  /** The article's extraction, made by the extractor this ingester was given, else in this thread. */
  private async extract(article: ArticleToIngest): Promise<ExtractionResult> {
    // Other languages are not extracted (extractForIngest): no need to hand them to another thread.
    if (this.extractElsewhere && article.language === "en") return this.extractElsewhere(article);
    return extractForIngest(article, await extractionContext(this.prisma));
  }

  /** Stored articles with one of `urls` or one of `hashes`. */
  private matching(db: Db, urls: string[], hashes: string[]) {
    return db.article.findMany({
      where: { OR: [{ url: { in: urls } }, { contentHash: { in: hashes } }] },
      select: { id: true, url: true, contentHash: true },
    });
  }

  private async attempt(
    article: ArticleToIngest,
    options: { force?: boolean },
    extraction: ExtractionResult | undefined,
  ): Promise<IngestOutcome> {
    const hash = contentHash(article.body);
    const found = await this.classify(this.prisma, article, hash, options.force ?? false);
    if ("done" in found) return found.done;
    // Extraction is pure and runs outside the transaction, so the transaction stays short.
    const extracted = extraction ?? (await this.extract(article));
    // Rows whose aliases another writer changed get their lookup keys back before people are matched by them.
    await refreshStaleAliasKeys(this.prisma);
    const articleId = await this.prisma.$transaction((tx) => this.store(tx, article, hash, extracted, found.existingId), {
      timeout: 60_000,
      maxWait: 60_000,
    });
    return outcomeOf(found.existingId ? "UPDATED" : "CREATED", articleId, extracted);
  }

  /**
   * Nothing to store (the same url with the same text, or the text under another url), or the article to store,
   * new or replacing `existingId`. One query answers both questions.
   */
  private async classify(
    db: Db,
    article: ArticleToIngest,
    hash: string,
    force: boolean,
  ): Promise<{ done: IngestOutcome } | { existingId: number | null }> {
    const matches = await db.article.findMany({
      where: { OR: [{ url: article.url }, { contentHash: hash }] },
      select: { id: true, url: true, contentHash: true },
    });
    const existing = matches.find((match) => match.url === article.url) ?? null;
    if (existing && existing.contentHash === hash && !force) return { done: await this.summary(db, "UNCHANGED", existing.id) };
    const duplicate = existing ? null : matches.find((match) => match.contentHash === hash);
    if (duplicate) return { done: await this.summary(db, "DUPLICATE", duplicate.id) };
    return { existingId: existing?.id ?? null };
  }

  private async summary(db: Db, status: IngestStatus, articleId: number): Promise<IngestOutcome> {
    const counts = (await articleCounts(db, [articleId])).get(articleId) ?? { statements: 0, people: 0, states: 0 };
    return { status, articleId, ...counts };
  }

  /** Ids of states by code and topics by slug, loaded once per ingester. */
  protected async lookups(tx: Tx): Promise<{ states: Map<string, number>; topics: Map<string, number> }> {
    this.stateIds ??= new Map((await tx.state.findMany({ select: { id: true, code: true } })).map((s) => [s.code, s.id]));
    this.topicIds ??= new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
    return { states: this.stateIds, topics: this.topicIds };
  }

  private async store(
    tx: Tx,
    input: ArticleToIngest,
    hash: string,
    extraction: ExtractionResult,
    existingId: number | null,
  ): Promise<number> {
    const data = {
      title: input.title,
      body: input.body,
      publishedAt: input.publishedAt,
      source: input.source,
      language: input.language,
      contentHash: hash,
      extractorVersion: extraction.extractorVersion,
    };
    // A plain create (not an upsert) when the url was new: a concurrent ingest of the same article then fails
    // on the unique url, retries, and finds the article unchanged instead of writing it a second time.
    const article = existingId
      ? await tx.article.update({ where: { id: existingId }, data, select: { id: true } })
      : await tx.article.create({ data: { url: input.url, ...data }, select: { id: true } });

    // Replace what a previous extraction stored, but keep statements an editor reviewed.
    let reviewedTexts = new Set<string>();
    if (existingId) {
      // The analytics rollups lose the article's old statements here and gain its new ones at the end.
      await subtractStatements(tx, { articleId: article.id });
      await tx.statement.deleteMany({ where: { articleId: article.id, reviewed: false } });
      await tx.articleStateMention.deleteMany({ where: { articleId: article.id } });
      await tx.articlePersonMention.deleteMany({ where: { articleId: article.id } });
      const reviewed = await tx.statement.findMany({ where: { articleId: article.id }, select: { text: true } });
      reviewedTexts = new Set(reviewed.map((statement) => statement.text));
      await tx.statement.updateMany({ where: { articleId: article.id }, data: { publishedAt: input.publishedAt } });
    }

    const status = existingId ? "UPDATED" : "CREATED";
    const stored = {
      articleId: article.id,
      status,
      publishedAt: input.publishedAt,
      extraction,
      keptTexts: reviewedTexts,
    } as const;
    await writeExtractions(tx, [stored], await this.lookups(tx));
    return article.id;
  }
}
