// The web and queue parts of `npm run ingest`: --url/--urls/--feed (once, or polled with --watch) ingested here,
// or with --enqueue every input (files, pages, feed entries) handed to the job queue for `npm run worker`.
import type { Database } from "../db/database.js";
import type { ArticleLimits } from "../ingestion/article-input.js";
import type { TextDefaults } from "../ingestion/read-article-files.js";
import { PoliteFetcher } from "../ingestion/web/fetcher.js";
import { FeedStateFile } from "../ingestion/web/feed-state.js";
import { WebIngester } from "../ingestion/web/web-ingester.js";
import { ingestWebInputs, readUrlList } from "../ingestion/web/web-inputs.js";
import { openJobQueue } from "../ingestion/queue/job-queue.js";
import { articleJobs, enqueueJobs, type IngestJob } from "../ingestion/queue/ingest-jobs.js";
import { positiveNumberArg } from "./cli-args.js";

/** The flags this file handles, for the parseArgs options of ingest.ts. */
export const WEB_OPTIONS = {
  url: { type: "string", multiple: true },
  urls: { type: "string", multiple: true },
  feed: { type: "string", multiple: true },
  watch: { type: "boolean" },
  interval: { type: "string" },
  "feed-state": { type: "string" },
  enqueue: { type: "boolean" },
} as const;

export const WEB_USAGE = `  --url URL              ingest a web page (repeatable)
  --urls FILE            ingest the web pages listed in FILE, one url a line (# comments)
  --feed URL             ingest the entries of an RSS or Atom feed not ingested before (repeatable)
  --watch                keep polling the feeds (Ctrl-C stops after the page in hand)
  --interval SECONDS     seconds between two polls with --watch (default 300)
  --feed-state FILE      where feed validators and handled entries are kept (default .entente/feeds.json)
  --enqueue              queue every input as a job for \`npm run worker\` (needs DATABASE_URL) instead of ingesting here`;

export interface WebFlags {
  url?: string[];
  urls?: string[];
  feed?: string[];
  watch?: boolean;
  interval?: string;
  "feed-state"?: string;
  enqueue?: boolean;
}

export const hasWebInputs = (flags: WebFlags) => Boolean(flags.url?.length || flags.urls?.length || flags.feed?.length);

async function pageUrls(flags: WebFlags): Promise<string[]> {
  const lists = await Promise.all((flags.urls ?? []).map(readUrlList));
  return [...(flags.url ?? []), ...lists.flat()];
}

/** Fetches and ingests the pages and feeds; returns the process exit code. */
export async function ingestFromWeb(
  database: Database,
  flags: WebFlags,
  defaults: TextDefaults,
  limits: ArticleLimits,
): Promise<number> {
  const controller = new AbortController();
  const stop = () => {
    console.error("entente: stopping after the page in hand…");
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const intervalSeconds = positiveNumberArg(flags.interval, "--interval") ?? 300;
    const summary = await ingestWebInputs(
      database.prisma,
      { urls: await pageUrls(flags), feeds: flags.feed ?? [], watchIntervalMs: flags.watch ? intervalSeconds * 1000 : undefined },
      {
        fetcher: new PoliteFetcher({}, controller.signal),
        defaults,
        limits,
        feedStateFile: flags["feed-state"] ?? ".entente/feeds.json",
        signal: controller.signal,
        onPage: (url, progress) => console.error(`[${progress.pages}] ${url}`),
        onRound: (round, progress) => {
          for (const failure of round.failures) console.error(`feed not read: ${failure.feed}: ${failure.reason}`);
          if (flags.watch) console.error(`poll ${round.round}: ${progress.format()}`);
        },
      },
    );
    for (const skipped of summary.skipped) console.error(`skipped: ${skipped}`);
    console.log(summary.format());
    return 0;
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}

/** Turns files, pages and feed entries into queue jobs; returns the process exit code (1 when a record was invalid). */
export async function enqueueInputs(
  database: Database,
  files: string[],
  flags: WebFlags,
  defaults: TextDefaults,
  limits: ArticleLimits,
): Promise<number> {
  const boss = await openJobQueue(database);
  try {
    const { jobs, invalid } = await articleJobs(files, defaults, limits);
    for (const url of await pageUrls(flags)) jobs.push({ kind: "page", url, defaults });
    jobs.push(...(await feedEntryJobs(database, flags, defaults)));
    const result = await enqueueJobs(boss, jobs);
    for (const failure of invalid) console.error(`not queued: ${failure}`);
    console.log(
      `${result.queued} jobs queued, ${result.alreadyQueued} already in the queue, ${invalid.length} invalid records not queued.`,
    );
    return invalid.length ? 1 : 0;
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** Reads the feeds now (conditional GET, entries not handled before) and makes one page job per new entry. */
async function feedEntryJobs(database: Database, flags: WebFlags, defaults: TextDefaults): Promise<IngestJob[]> {
  if (!flags.feed?.length) return [];
  const state = await FeedStateFile.open(flags["feed-state"] ?? ".entente/feeds.json");
  const reader = new WebIngester(database.prisma, new PoliteFetcher(), { feedState: state });
  const jobs: IngestJob[] = [];
  for (const feed of flags.feed) {
    const entries = await reader.feedEntries(feed);
    jobs.push(...entries.map((entry) => ({ kind: "page" as const, url: entry.url, defaults, publishedAt: entry.publishedAt })));
  }
  await state.save();
  return jobs;
}
