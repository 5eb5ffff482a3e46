// The terminal progress bar of the ingestion commands: turns the progress reports of src/ingestion into a
// cli-progress bar on stderr (a TTY gets a live bar; a pipe or log file a line every couple of seconds).
import cliProgress from "cli-progress";
import type { IngestProgress, OnProgress } from "../ingestion/progress.js";

export interface ProgressBar {
  onProgress: OnProgress;
  /** Draws the last state and releases the terminal; call it when the task ends, also on failure (twice is harmless). */
  stop(): void;
}

/** `verb` starts the line ("ingesting"); `unit` names the items in the rate ("articles"). */
export function progressBar(verb: string, unit: string, stream: NodeJS.WritableStream = process.stderr): ProgressBar {
  const bar = new cliProgress.SingleBar(
    {
      format: `${verb} {bar} {value}/{total} | {rate} ${unit}/s | ETA {eta_formatted} | failed {failed}`,
      stream,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  const payload = (p: IngestProgress) => ({ rate: (p.done / Math.max(p.seconds, 0.001)).toFixed(1), failed: p.failed });
  return {
    onProgress(p) {
      if (!started) {
        bar.start(p.total, p.done, payload(p));
        started = true;
      } else bar.update(p.done, payload(p));
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
