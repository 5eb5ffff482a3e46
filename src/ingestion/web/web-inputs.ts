// The web part of `npm run ingest`: pages from --url and --urls files, then feeds (once, or polled with --watch).
import type { ArticleLimits } from "../article-input.js";
import { readFile } from "node:fs/promises";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { referenceDataPresent, seedReferenceData } from "../../db/seed/seed-reference-data.js";
import type { TextDefaults } from "../read-article-files.js";
import type { PoliteFetcher } from "./fetcher.js";
import { FeedStateFile } from "./feed-state.js";
import { readFeedsOnce, watchFeeds, type FeedRound } from "./feed-watch.js";
import { WebIngester } from "./web-ingester.js";
import { WebSummary } from "./web-summary.js";

export interface WebInputs {
  urls: string[];
  feeds: string[];
  /** Poll the feeds every `intervalMs` until the signal is aborted. */
  watchIntervalMs?: number;
}

export interface WebRunOptions {
  fetcher: PoliteFetcher;
  defaults?: TextDefaults;
  /** The deployment's limits (MAX_ARTICLE_CHARS). */
  limits?: ArticleLimits;
  /** JSON file with feed validators and handled entries. */
  feedStateFile: string;
  signal: AbortSignal;
  /** Called after each watch round (and after the single round without --watch). */
  onRound?: (round: FeedRound, summary: WebSummary) => void;
  onPage?: (url: string, summary: WebSummary) => void;
}

/** Reads a list of urls: one per line; blank lines and lines starting with # are ignored. */
export async function readUrlList(file: string): Promise<string[]> {
  const text = await readFile(file, "utf8");
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

export async function ingestWebInputs(prisma: PrismaClient, inputs: WebInputs, options: WebRunOptions): Promise<WebSummary> {
  if (!(await referenceDataPresent(prisma))) await seedReferenceData(prisma);
  const summary = new WebSummary();
  const feedState = inputs.feeds.length ? await FeedStateFile.open(options.feedStateFile) : undefined;
  const { defaults, limits, signal } = options;
  const ingester = new WebIngester(prisma, options.fetcher, { defaults, limits, feedState, signal });
  for (const url of inputs.urls) {
    if (options.signal.aborted) break;
    summary.addPage(await ingester.ingestUrl(url));
    options.onPage?.(url, summary);
  }
  if (!inputs.feeds.length) return summary;
  const onRound = (round: FeedRound) => {
    for (const outcome of round.outcomes) summary.addFeed(outcome);
    for (const failure of round.failures) summary.addFeedFailure(failure.feed, failure.reason);
    options.onRound?.(round, summary);
  };
  if (inputs.watchIntervalMs) {
    await watchFeeds(ingester, inputs.feeds, { intervalMs: inputs.watchIntervalMs, signal: options.signal, onRound });
  } else {
    onRound({ round: 1, ...(await readFeedsOnce(ingester, inputs.feeds, options.signal)) });
  }
  return summary;
}
