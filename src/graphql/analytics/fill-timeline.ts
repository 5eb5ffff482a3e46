// Dense timelines: when a client gives both `from` and `to`, every bucket in the range is returned,
// empty ones with a zero count and null averages, so charts need no gap handling of their own.
import { badUserInput } from "../common/argument-errors.js";
import { TimeGranularity } from "./analytics.types.js";

export interface Bucket {
  start: Date;
  statementCount: number;
  averageSentiment: number | null;
  averageGoldstein: number | null;
}

const MAX_BUCKETS = 5000;
const APPROXIMATE_BUCKET_MS: Record<TimeGranularity, number> = {
  [TimeGranularity.DAY]: 86_400_000,
  [TimeGranularity.WEEK]: 604_800_000,
  [TimeGranularity.MONTH]: 2_629_746_000,
  [TimeGranularity.YEAR]: 31_556_952_000,
};

/** Start of the UTC bucket containing `date`, as PostgreSQL's date_trunc computes it (weeks start on Monday). */
export function bucketStart(date: Date, granularity: TimeGranularity): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  switch (granularity) {
    case TimeGranularity.YEAR:
      return new Date(Date.UTC(y, 0, 1));
    case TimeGranularity.MONTH:
      return new Date(Date.UTC(y, m, 1));
    case TimeGranularity.WEEK:
      return new Date(Date.UTC(y, m, d - ((date.getUTCDay() + 6) % 7)));
    case TimeGranularity.DAY:
      return new Date(Date.UTC(y, m, d));
  }
}

function nextBucket(start: Date, granularity: TimeGranularity): Date {
  const next = new Date(start);
  if (granularity === TimeGranularity.YEAR) next.setUTCFullYear(next.getUTCFullYear() + 1);
  else if (granularity === TimeGranularity.MONTH) next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCDate(next.getUTCDate() + (granularity === TimeGranularity.WEEK ? 7 : 1));
  return next;
}

/** Buckets a dense timeline will hold, about (calendar months and years vary); 0 for a sparse one. */
export function denseBucketCount(window: { granularity: TimeGranularity; from?: Date | null; to?: Date | null }): number {
  if (!window.from || !window.to) return 0;
  return Math.ceil((window.to.getTime() - window.from.getTime()) / APPROXIMATE_BUCKET_MS[window.granularity]);
}

export function fillTimeline(
  buckets: Bucket[],
  window: { granularity: TimeGranularity; from?: Date | null; to?: Date | null },
): Bucket[] {
  if (!window.from || !window.to) return buckets;
  const byStart = new Map(buckets.map((bucket) => [bucket.start.getTime(), bucket]));
  const filled: Bucket[] = [];
  for (
    let start = bucketStart(window.from, window.granularity);
    start < window.to;
    start = nextBucket(start, window.granularity)
  ) {
    if (filled.length >= MAX_BUCKETS) {
      throw badUserInput(
        `The range holds more than ${MAX_BUCKETS} ${window.granularity} buckets; use a coarser granularity.`,
        "granularity",
      );
    }
    filled.push(byStart.get(start.getTime()) ?? { start, statementCount: 0, averageSentiment: null, averageGoldstein: null });
  }
  return filled;
}
