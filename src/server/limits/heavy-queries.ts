// Admission by query cost: a query priced at `costThreshold` points or more (src/graphql/query-cost.ts) runs only
// when one of `concurrency` turns is free, and its SQL statements share that many turns too (statement-lane.ts),
// so expensive queries can never hold every pool connection, the embedded database's whole line, or the event loop
// between them. Cheaper queries never wait here. A query that finds the line full, or waits longer than `maxWaitMs`,
// is refused with SERVER_BUSY (HTTP 503, Retry-After) instead of piling up.
import { GraphQLError } from "graphql";
import type { StatementLane } from "../../db/statement-lane.js";
import { AdmissionQueue, QueueFullError, type Release } from "./admission-queue.js";

export interface HeavyQueryPolicy {
  /** Queries priced at this many points or more are heavy (the base cost of a request included). */
  costThreshold: number;
  /** Heavy queries running at once, and SQL statements they run at once between them. */
  concurrency: number;
  /** Longest a heavy query waits for its turn before SERVER_BUSY. */
  maxWaitMs: number;
}

/** Heavy queries allowed to wait at once; beyond, SERVER_BUSY at once (bounds what waiting requests hold). */
const MAX_WAITING = 100;

export function serverBusyError(cost: number, policy: HeavyQueryPolicy, reason: string): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(policy.maxWaitMs / 1000));
  return new GraphQLError(
    `The server is busy with expensive queries (${reason}): this one costs ${cost} points (${policy.costThreshold} or more wait for a turn). Retry in ${retryAfterSeconds} s, or ask for less.`,
    {
      extensions: {
        code: "SERVER_BUSY",
        retryAfterSeconds,
        http: { status: 503, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
      },
    },
  );
}

export class HeavyQueryAdmission {
  private readonly requests: AdmissionQueue;
  private readonly statements: AdmissionQueue;

  constructor(readonly policy: HeavyQueryPolicy) {
    this.requests = new AdmissionQueue({ concurrency: policy.concurrency, maxWaiting: MAX_WAITING, maxWaitMs: policy.maxWaitMs });
    // Statements of admitted queries wait without a deadline: their query already holds a turn.
    this.statements = new AdmissionQueue({ concurrency: policy.concurrency, maxWaiting: Infinity, maxWaitMs: Infinity });
  }

  /** Heavy queries running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.requests.running, waiting: this.requests.waiting };
  }

  isHeavy(cost: number): boolean {
    return cost >= this.policy.costThreshold;
  }

  /**
   * Waits for a heavy query's turn and puts its statements behind the shared gate; returns the release (call it
   * when the response is sent). Throws SERVER_BUSY when refused; an aborted signal's reason when the client left.
   */
  async admit(cost: number, lane: StatementLane, signal?: AbortSignal): Promise<Release> {
    let release: Release;
    try {
      release = await this.requests.acquire(signal);
    } catch (error) {
      if (error instanceof QueueFullError) throw serverBusyError(cost, this.policy, error.message);
      throw error;
    }
    lane.gate = this.statements;
    return release;
  }
}
