// Time windows of timelines and filters, and how a rollup of whole UTC days can answer them.
import { Prisma } from "../../../generated/prisma/client.js";

export type Granularity = "DAY" | "WEEK" | "MONTH" | "YEAR";

export interface TimeWindow {
  granularity: Granularity;
  from?: Date | null;
  to?: Date | null;
}

const MS_PER_DAY = 86_400_000;

/** Daily rollups answer a range only when its bounds fall on UTC midnights (or are open). */
export function isDayAligned(range: { from?: Date | null; to?: Date | null } | null | undefined): boolean {
  return [range?.from, range?.to].every((bound) => bound == null || bound.getTime() % MS_PER_DAY === 0);
}

const TRUNC: Record<Granularity, string> = { DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" };

/** Start of the bucket holding `column` (a timestamp, or a date of a daily rollup). */
export function bucketOf(granularity: Granularity, column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`date_trunc(${TRUNC[granularity]}, ${column}::timestamp)`;
}

/** `AND`-prefixed conditions keeping `column` within [from, to); empty without bounds. */
export function withinWindow(column: Prisma.Sql, range: { from?: Date | null; to?: Date | null }): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (range.from) parts.push(Prisma.sql`${column} >= ${range.from}::timestamp`);
  if (range.to) parts.push(Prisma.sql`${column} < ${range.to}::timestamp`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}
