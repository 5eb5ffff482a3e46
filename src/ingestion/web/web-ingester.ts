// Ingests web pages and feeds: fetches politely, extracts the article, and hands it to the same ingestion service
// as every other input. A page that cannot be fetched or has no article text is reported with the reason and
// skipped; nothing here is fatal to a run.
import type { PrismaClient } from "../../generated/prisma/client.js";
import { parseArticleInput } from "../article-input.js";
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
    const parsed = parseArticleInput(articleRecord(extraction.page, this.options.defaults ?? {}, entry));
    if ("errors" in parsed) return { url, skipped: parsed.errors.map((error) => error.message).join("; "), transient: false };
    const outcome = await this.ingester.ingest(parsed.article);
    return { url, status: outcome.status, statements: outcome.statements, people: outcome.people, states: outcome.states };
  }

  /** Reads a feed and ingests the entries not handled before (all of them without a state file). */
  async ingestFeed(feedUrl: string): Promise<FeedOutcome> {
    const state = this.options.feedState;
    const memory = state?.get(feedUrl);
    const fetched = await this.fetcher.fetch(feedUrl, { accept: FEED_ACCEPT, validators: memory?.validators });
    if (fetched.notModified) return { feed: feedUrl, notModified: true, alreadySeen: 0, pages: [] };
    const seen = new Set(memory?.seen ?? []);
    const entries = readFeed(fetched.text, fetched.url).entries;
    const fresh = entries.filter((entry) => !seen.has(entry.url));
    const pages: PageOutcome[] = [];
    for (const entry of fresh) {
      if (this.options.signal?.aborted) break;
      pages.push(await this.ingestUrl(entry.url, entry));
    }
    if (state) {
      const retryLater = pages.some((page) => "skipped" in page && page.transient) || pages.length < fresh.length;
      state.remember(feedUrl, {
        // Keep the old validators while some entry is still to be retried, so the next poll reads the feed again.
        validators: retryLater ? undefined : fetched.validators,
        seen: pages.filter((page) => !("transient" in page && page.transient)).map((page) => page.url),
      });
      await state.save();
    }
    return { feed: feedUrl, notModified: false, alreadySeen: entries.length - fresh.length, pages };
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
