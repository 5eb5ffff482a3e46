// A counting semaphore with a bounded, timed waiting line: at most `concurrency` holders at once, at most
// `maxWaiting` waiting, none waiting longer than `maxWaitMs`. Written here rather than taken from p-limit/p-queue
// (p-limit is only a transitive dependency here): neither refuses work that waited too long, and a refusal that
// the client can act on ("busy, retry in N s") is the point of this queue.
//
// A freed turn is handed to the next waiter on a later turn of the event loop (setImmediate), not in the same
// microtask chain: work that runs synchronously between awaits (PGlite executes SQL on the main thread) would
// otherwise pass the turn from holder to holder without letting the event loop read other requests' sockets.

export class QueueFullError extends Error {
  override name = "QueueFullError";
  constructor(
    message: string,
    /** What the waiting line held when the wait was refused. */
    readonly waiting: number,
  ) {
    super(message);
  }
}

interface Waiter {
  grant(): void;
  refuse(error: Error): void;
}

export interface AdmissionOptions {
  concurrency: number;
  /** Waiters beyond this are refused at once. */
  maxWaiting: number;
  /** A waiter still waiting after this long is refused (Infinity: waits as long as it takes). */
  maxWaitMs: number;
}

/** Gives up its turn once; later calls do nothing. */
export type Release = () => void;

export class AdmissionQueue {
  private holders = 0;
  private readonly waiters: Waiter[] = [];

  constructor(private readonly options: AdmissionOptions) {
    if (options.concurrency < 1) throw new RangeError("concurrency must be at least 1");
  }

  /** Holders running now. */
  get running(): number {
    return this.holders;
  }

  /** Callers waiting for a turn. */
  get waiting(): number {
    return this.waiters.length;
  }

  /**
   * Resolves with a release once the caller holds a turn. Rejects with QueueFullError when the line is full or
   * the wait took too long, and with the signal's reason when `signal` aborts first (nothing is held then).
   */
  acquire(signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.holders < this.options.concurrency && this.waiters.length === 0) {
      this.holders += 1;
      return Promise.resolve(this.releaseOnce());
    }
    if (this.waiters.length >= this.options.maxWaiting) {
      return Promise.reject(new QueueFullError(`${this.waiters.length} requests are already waiting`, this.waiters.length));
    }
    return new Promise<Release>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const settle = () => {
        if (timer) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const waiter: Waiter = {
        grant: () => {
          settle();
          resolve(this.releaseOnce());
        },
        refuse: (error) => {
          settle();
          reject(error);
        },
      };
      const leave = (error: Error) => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        waiter.refuse(error);
      };
      const onAbort = () => leave(signal!.reason as Error);
      signal?.addEventListener("abort", onAbort, { once: true });
      if (Number.isFinite(this.options.maxWaitMs)) {
        timer = setTimeout(
          () => leave(new QueueFullError(`waited ${this.options.maxWaitMs} ms without a turn`, this.waiters.length)),
          this.options.maxWaitMs,
        );
      }
      this.waiters.push(waiter);
    });
  }

  /** Runs `work` while holding a turn. */
  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.acquire(signal);
    try {
      return await work();
    } finally {
      release();
    }
  }

  private releaseOnce(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      setImmediate(() => this.handOver());
    };
  }

  /** The freed turn goes to the oldest waiter, or back to the pool when nobody waits. */
  private handOver(): void {
    const next = this.waiters.shift();
    if (next) next.grant();
    else this.holders -= 1;
  }
}
