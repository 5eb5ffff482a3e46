// LISTEN on one channel of the configured database, for as long as the server runs. PGlite is in-process and
// has its own listen API. On PostgreSQL a dedicated connection LISTENs (a pooled connection would be handed to
// other queries); when it is lost it reconnects with a growing delay, and the gap is logged (NOTIFY is not queued
// for absent listeners, so events committed while disconnected are not delivered).
import pg from "pg";
import type { Database } from "../database.js";

export interface Listener {
  close(): Promise<void>;
}

export interface ListenLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

const MAX_RECONNECT_DELAY_MS = 10_000;

async function listenOnPglite(database: Database, channel: string, onPayload: (payload: string) => void): Promise<Listener> {
  const unlisten = await database.pglite!.listen(channel, onPayload);
  return { close: () => unlisten().catch(() => {}) };
}

function listenOnPostgres(url: string, channel: string, onPayload: (payload: string) => void, log: ListenLog): Promise<Listener> {
  let client: pg.Client | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: "entente-listen" });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    // A lost connection emits "error" and/or "end": either way, start over once.
    let lost = false;
    const onLost = (reason: string) => {
      if (lost || closed) return;
      lost = true;
      client = null;
      next.end().catch(() => {});
      scheduleReconnect(reason);
    };
    next.on("error", (error) => onLost(error.message));
    next.on("end", () => onLost("connection ended"));
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    if (failures > 0) log.info({ channel, afterAttempts: failures }, "notification listener reconnected");
    failures = 0;
  };

  const scheduleReconnect = (reason: string) => {
    failures += 1;
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, 100 * 2 ** Math.min(failures, 7));
    log.warn({ channel, reason, retryInMs: delay }, "notification listener lost its connection; live events pause");
    retryTimer = setTimeout(() => {
      connect().catch((error: Error) => scheduleReconnect(error.message));
    }, delay);
    retryTimer.unref();
  };

  return connect().then(() => ({
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await client?.end().catch(() => {});
      client = null;
    },
  }));
}

/** Calls `onPayload` with every notification on `channel` committed by any connection to the database. */
export function listenForNotifications(
  database: Database,
  channel: string,
  onPayload: (payload: string) => void,
  log: ListenLog,
): Promise<Listener> {
  if (database.pglite) return listenOnPglite(database, channel, onPayload);
  if (database.target.kind !== "postgres") throw new Error("LISTEN needs PGlite or PostgreSQL");
  return listenOnPostgres(database.target.url, channel, onPayload, log);
}
