// Progress of a long ingestion task, reported to whoever runs it (the CLI draws a bar; tests and services may
// count or ignore it). Ingestion itself never writes to a terminal.
export interface IngestProgress {
  /** Records handled so far (ingested, skipped or failed). */
  done: number;
  /** Records the task will handle in all. */
  total: number;
  /** Records that failed so far. */
  failed: number;
  /** Seconds since the task started. */
  seconds: number;
}

export type OnProgress = (progress: IngestProgress) => void;

/** A stopwatch that builds the progress report for item `done` of `total`. */
export function progressReporter(total: number, onProgress: OnProgress | undefined): (done: number, failed: number) => void {
  const started = performance.now();
  return (done, failed) => onProgress?.({ done, total, failed, seconds: (performance.now() - started) / 1000 });
}
