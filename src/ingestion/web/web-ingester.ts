// Ingests web pages and feeds: fetches politely, extracts the article, and hands it to the same ingestion service
// as every other input. A page that cannot be fetched or has no article text is reported with the reason and
// skipped; nothing here is fatal to a run.
import type { PrismaClient } from "../../generated/prisma/client.js";
import { parseArticleInput, type ArticleLimits } from "../article-input.js";
import { ArticleIngester, type IngestStatus } from "../ingest-article.js";
import type { TextDefaults } from "../read-article-files.js";
import { FetchError, type PoliteFetcher } from "./fetcher.js";
import { readFeed, type FeedEntryLink } from "./feed-reader.js";
import type { FeedStateFile } from "./feed-state.js";
import { extractPage, type ExtractedPage } from "./page-extraction.js";

export type PageOutcome =
  | { url: string; status: IngestStatus; statements: number; people: number; states: number }
  | { url: string; skipped: string; transient: boolean };

export interface FeedOutcome {
  feed: string;
  /** The server answered 304: nothing fetched beyond the feed request. */
  notModified: boolean;
  /** Entries in the feed that were handled before (not fetched again). */
  alreadySeen: number;
  pages: PageOutcome[];
}

export interface WebIngesterOptions {
  defaults?: TextDefaults;
  minTextLength?: number;
  /** Remembers feed validators and handled entries between runs; without it every entry is fetched. */
  feedState?: FeedStateFile;
  signal?: AbortSignal;
  /** The deployment's limits (MAX_ARTICLE_CHARS): a longer page is skipped with the reason. */
  limits?: ArticleLimits;
}

const FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8";
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b|^$/i;

export class WebIngester {
  private readonly ingester: ArticleIngester;

  constructor(
    prisma: PrismaClient,
    private readonly fetcher: PoliteFetcher,
    private readonly options: WebIngesterOptions = {},
  ) {
    this.ingester = new ArticleIngester(prisma);
  }

  /** Fetches one page and ingests its article; `entry` carries what a feed said about it. */
  async ingestUrl(url: string, entry?: FeedEntryLink): Promise<PageOutcome> {
    let html: string;
    let finalUrl: string;
    try {
      const fetched = await this.fetcher.fetch(url);
      if (!HTML_TYPES.test(fetched.contentType))
        return { url, skipped: `not an HTML page (${fetched.contentType})`, transient: false };
      html = fetched.text;
      finalUrl = fetched.url;
    } catch (error) {
      if (error instanceof FetchError) return { url, skipped: error.message, transient: error.transient };
      throw error;
    }
    const extraction = extractPage(html, { url: finalUrl, minTextLength: this.options.minTextLength });
    if ("skipped" in extraction) return { url, skipped: extraction.skipped, transient: false };
    const parsed = parseArticleInput(articleRecord(extraction.page, this.options.defaults ?? {}, entry), this.options.limits);
    if ("errors" in parsed) return { url, skipped: parsed.errors.map((error) => error.message).join("; "), transient: false };
    const outcome = await this.ingester.ingest(parsed.article);
    return { url, status: outcome.status, statements: outcome.statements, people: outcome.people, states: outcome.states };
  }

  /** Reads a feed and ingests the entries not handled before (all of them without a state file). */
  async ingestFeed(feedUrl: string): Promise<FeedOutcome> {
    const read = await this.readNewEntries(feedUrl);
    if (!read) return { feed: feedUrl, notModified: true, alreadySeen: 0, pages: [] };
    const pages: PageOutcome[] = [];
    for (const entry of read.fresh) {
      if (this.options.signal?.aborted) break;
      pages.push(await this.ingestUrl(entry.url, entry));
    }
    const retryLater = pages.some((page) => "skipped" in page && page.transient) || pages.length < read.fresh.length;
    await this.remember(feedUrl, {
      // Keep the old validators while some entry is still to be retried, so the next poll reads the feed again.
      validators: retryLater ? undefined : read.validators,
      seen: pages.filter((page) => !("transient" in page && page.transient)).map((page) => page.url),
    });
    return { feed: feedUrl, notModified: false, alreadySeen: read.alreadySeen, pages };
  }

  /** The entries of a feed not handled before, marked as handled (for the job queue, which retries on its own). */
  async feedEntries(feedUrl: string): Promise<FeedEntryLink[]> {
    const read = await this.readNewEntries(feedUrl);
    if (!read) return [];
    await this.remember(feedUrl, { validators: read.validators, seen: read.fresh.map((entry) => entry.url) });
    return read.fresh;
  }

  /** Null when the server says the feed has not changed (304). */
  private async readNewEntries(feedUrl: string) {
    const memory = this.options.feedState?.get(feedUrl);
    const fetched = await this.fetcher.fetch(feedUrl, { accept: FEED_ACCEPT, validators: memory?.validators });
    if (fetched.notModified) return null;
    const seen = new Set(memory?.seen ?? []);
    const entries = readFeed(fetched.text, fetched.url).entries;
    const fresh = entries.filter((entry) => !seen.has(entry.url));
    return { fresh, alreadySeen: entries.length - fresh.length, validators: fetched.validators };
  }

  private async remember(feedUrl: string, update: Parameters<FeedStateFile["remember"]>[1]): Promise<void> {
    if (!this.options.feedState) return;
    this.options.feedState.remember(feedUrl, update);
    await this.options.feedState.save();
  }
}

/** The article record for validation: the page's own metadata first, then the feed's, then the command's defaults. */
function articleRecord(page: ExtractedPage, defaults: TextDefaults, entry?: FeedEntryLink): Record<string, unknown> {
  return {
    url: page.url,
    title: page.title,
    body: page.body,
    publishedAt: page.publishedAt ?? entry?.publishedAt ?? defaults.publishedAt,
    source: page.source ?? defaults.source ?? new URL(page.url).hostname.replace(/^www\./, ""),
    language: page.language ?? defaults.language ?? "en",
  };
}
