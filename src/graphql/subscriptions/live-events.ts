// Fans the database's "article ingested" notifications out to this process's subscriptions. One LISTEN per
// process (not per subscriber); each subscription gets its own async iterator that ends when the client leaves.
import { EventEmitter, on } from "node:events";
import type { Database } from "../../db/database.js";
import { INGEST_CHANNEL, parseArticleIngested, type ArticleIngestedEvent } from "../../db/notifications/ingest-events.js";
import { listenForNotifications, type Listener, type ListenLog } from "../../db/notifications/listen.js";

export type { ArticleIngestedEvent };

export class LiveEvents {
  private readonly emitter = new EventEmitter();
  private listener: Listener | null = null;
  /** Aborted on close: ends every open iterator. */
  private readonly closing = new AbortController();

  constructor() {
    // Every open subscription adds a listener; the connection limit bounds them, not Node's warning threshold.
    this.emitter.setMaxListeners(0);
  }

  /** Starts listening on the database; events committed from now on are delivered. */
  async start(database: Database, log: ListenLog): Promise<void> {
    this.listener = await listenForNotifications(
      database,
      INGEST_CHANNEL,
      (payload) => {
        const event = parseArticleIngested(payload);
        if (event) this.emitter.emit("ingested", event);
        else log.warn({ channel: INGEST_CHANNEL }, "ignored a malformed notification");
      },
      log,
    );
  }

  /** Events from now until `signal` aborts (the subscription ended) or the iterator is returned. */
  async *ingested(signal?: AbortSignal): AsyncGenerator<ArticleIngestedEvent> {
    const ended = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    try {
      for await (const [event] of on(this.emitter, "ingested", { signal: ended })) yield event as ArticleIngestedEvent;
    } catch (error) {
      if ((error as Error).name !== "AbortError") throw error;
    }
  }

  /** Stops listening and ends every open iterator. */
  async close(): Promise<void> {
    await this.listener?.close();
    this.listener = null;
    this.closing.abort();
  }
}
