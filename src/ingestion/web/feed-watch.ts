// Polls feeds at an interval and ingests what is new, until the signal is aborted (SIGINT/SIGTERM in the CLI):
// the page in hand is finished, then the loop stops without starting another request.
import { setTimeout as sleep } from "node:timers/promises";
import type { FeedOutcome, WebIngester } from "./web-ingester.js";

export interface FeedRound {
  round: number;
  outcomes: FeedOutcome[];
  /** Feeds that could not be read this round, with the reason; they are tried again next round. */
  failures: { feed: string; reason: string }[];
}

/** Reads every feed once. */
export async function readFeedsOnce(
  ingester: WebIngester,
  feeds: string[],
  signal?: AbortSignal,
): Promise<Omit<FeedRound, "round">> {
  const outcomes: FeedOutcome[] = [];
  const failures: FeedRound["failures"] = [];
  for (const feed of feeds) {
    if (signal?.aborted) break;
    try {
      outcomes.push(await ingester.ingestFeed(feed));
    } catch (error) {
      failures.push({ feed, reason: (error as Error).message.split("\n")[0]! });
    }
  }
  return { outcomes, failures };
}

/** Reads every feed, waits `intervalMs`, and again, until `signal` is aborted. */
export async function watchFeeds(
  ingester: WebIngester,
  feeds: string[],
  options: { intervalMs: number; signal: AbortSignal; onRound: (round: FeedRound) => void },
): Promise<number> {
  let round = 0;
  while (!options.signal.aborted) {
    round += 1;
    options.onRound({ round, ...(await readFeedsOnce(ingester, feeds, options.signal)) });
    await sleep(options.intervalMs, undefined, { signal: options.signal }).catch(() => {});
  }
  return round;
}
