// Extraction off the main thread for a long-running process (the API server). Extracting a 1,000,000-character
// article takes one to several seconds of CPU; on the main thread it held every other request for that long
// (issue 10). Long articles go to an ExtractionPool started at the first one, not at startup, and closed again
// after a while without them and on shutdown: a thread that has extracted a long article holds about 100 MB
// (its own V8 heap), so it is not kept for the short articles most ingests send, which take a few ms here.
import type { ArticleInput, ExtractionResult, GazetteerState } from "../extraction/types.js";
import { extractForIngest } from "./article-extraction.js";
import { ExtractionPool } from "./extraction-pool.js";

/** Extracts an article somewhere (this thread or another) with the same result as extractForIngest. */
export type Extractor = (article: ArticleInput) => Promise<ExtractionResult>;

export interface OnDemandExtractionOptions {
  /** Worker threads (default 1: on a small machine the main thread needs the other core). */
  threads?: number;
  /** Articles handed to the threads at once; later ones wait here, holding no second copy (default 2 per thread). */
  maxInFlight?: number;
  /** The threads close after this long without an article (default 30 s). */
  idleMs?: number;
  /** Bodies shorter than this are extracted in the calling thread (default 10,000 characters: about 10 ms). */
  threadFromChars?: number;
}

/** A thread's heap limit: a pathological article fails alone instead of taking the whole process down. */
const THREAD_OLD_GENERATION_MB = 256;

export class OnDemandExtraction {
  private pool: ExtractionPool | null = null;
  private starting: Promise<ExtractionPool> | null = null;
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly threads: number;
  private readonly maxInFlight: number;
  private readonly idleMs: number;
  private readonly threadFromChars: number;

  /** `states`: the gazetteer the threads start with (loaded when the first article comes). */
  constructor(
    private readonly states: () => Promise<GazetteerState[]>,
    options: OnDemandExtractionOptions = {},
  ) {
    this.threads = options.threads ?? 1;
    this.maxInFlight = options.maxInFlight ?? 2 * this.threads;
    this.idleMs = options.idleMs ?? 30_000;
    this.threadFromChars = options.threadFromChars ?? 10_000;
  }

  /** Whether threads are running now. */
  get running(): boolean {
    return this.pool !== null;
  }

  /** Articles with the threads or waiting for them now. */
  get pending(): number {
    return this.inFlight + this.waiting.length;
  }

  readonly extract: Extractor = async (article) => {
    if (this.closed) throw new Error("extraction is shut down");
    if (article.body.length < this.threadFromChars) {
      return extractForIngest(article, { states: await this.states(), knownPeople: [] });
    }
    await this.turn();
    try {
      const pool = await this.started();
      return await pool.extract(article);
    } finally {
      this.inFlight -= 1;
      this.waiting.shift()?.();
      if (this.inFlight === 0) this.closeWhenIdle();
    }
  };

  async close(): Promise<void> {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.stopPool();
  }

  /** Waits until fewer than maxInFlight articles are with the threads, then takes a place. */
  private async turn(): Promise<void> {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    while (this.inFlight >= this.maxInFlight) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight += 1;
  }

  /** The running pool; a new one when there is none or a thread of it died (its articles failed, later ones need not). */
  private async started(): Promise<ExtractionPool> {
    if (this.pool && !this.pool.healthy) await this.stopPool();
    if (this.pool) return this.pool;
    this.starting ??= this.states().then(
      (states) => {
        this.starting = null;
        const pool = new ExtractionPool(this.threads, states, { maxOldGenerationSizeMb: THREAD_OLD_GENERATION_MB });
        if (this.closed) {
          void pool.close();
          throw new Error("extraction is shut down");
        }
        this.pool = pool;
        return pool;
      },
      (error: unknown) => {
        this.starting = null;
        throw error;
      },
    );
    return this.starting;
  }

  private closeWhenIdle(): void {
    if (this.closed || !this.pool) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.inFlight === 0) void this.stopPool();
    }, this.idleMs);
    // An idle pool never keeps the process alive.
    this.idleTimer.unref();
  }

  private async stopPool(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}
