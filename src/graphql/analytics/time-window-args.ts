// Timeline arguments checked and turned into the data layer's time window.
import { badUserInput } from "../common/argument-errors.js";
import type { TimeWindow } from "../../db/queries/analytics/time-window.js";
import type { TimeGranularity, TimelineArgs } from "./analytics.types.js";

/** A time window whose granularity is the GraphQL enum (fillTimeline walks it). */
export interface TimelineWindow extends TimeWindow {
  granularity: TimeGranularity;
}

/** Validates timeline arguments into a window; `from` must come before `to`. */
export function timeWindow(args: TimelineArgs): TimelineWindow {
  if (args.from && args.to && args.from >= args.to) throw badUserInput("`from` must be before `to`.", "from");
  return { granularity: args.granularity, from: args.from ?? null, to: args.to ?? null };
}
