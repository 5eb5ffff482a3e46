// A real graphql-ws client for tests: collects each subscription's events and waits for them.
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface Collected<T> {
  events: T[];
  errors: unknown[];
  /** Resolves when `count` events have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves when `done` holds for the events so far (rejects after `timeoutMs`, saying `what` was awaited). */
  waitUntil(done: (events: T[]) => boolean, timeoutMs?: number, what?: string): Promise<T[]>;
  dispose(): void;
}

export interface TestClient {
  client: Client;
  /** Close codes seen by the socket (e.g. 4403 refused key, 1013 connection limit). */
  closeCodes: number[];
  subscribe<T = any>(query: string, variables?: Record<string, unknown>, name?: string): Collected<T>;
  /** Resolves when the server has acknowledged the connection (connection_ack). */
  connected: Promise<void>;
  close(): Promise<void>;
}

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, "ws")}/graphql`;
}

export function openClient(httpUrl: string, connectionParams: Record<string, unknown> = {}): TestClient {
  const closeCodes: number[] = [];
  let onConnected = () => {};
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    // Refused connections are expected in some tests: they are recorded in closeCodes, not printed.
    onNonLazyError: () => {},
    on: {
      connected: () => onConnected(),
      closed: (event) => closeCodes.push((event as { code: number }).code),
    },
  });
  return {
    client,
    closeCodes,
    connected,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}, name = "subscription") {
      const events: T[] = [];
      const errors: unknown[] = [];
      let waiters: (() => void)[] = [];
      const wake = () => {
        const current = waiters;
        waiters = [];
        current.forEach((waiter) => waiter());
      };
      const dispose = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) errors.push(...result.errors);
            if (result.data) events.push(result.data as T);
            wake();
          },
          error: (error) => {
            errors.push(error);
            wake();
          },
          complete: () => wake(),
        },
      );
      const waitUntil = (done: (events: T[]) => boolean, timeoutMs = 60_000, what = "a condition") => {
        return new Promise<T[]>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`${name}: expected ${what}, got ${events.length} events (errors: ${JSON.stringify(errors)})`)),
            timeoutMs,
          );
          const check = () => {
            if (done(events)) {
              clearTimeout(timer);
              resolve(events);
            } else if (errors.length) {
              clearTimeout(timer);
              reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
            } else waiters.push(check);
          };
          check();
        });
      };
      return {
        events,
        errors,
        dispose,
        waitUntil,
        waitFor: (count: number, timeoutMs = 60_000) => waitUntil((all) => all.length >= count, timeoutMs, `${count} events`),
      };
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** A Japanese protest about a North Korean launch; `n` makes the text (and so the article) unique. */
export function japanArticle(n: number, url = `https://example.org/live/jp-${n}`) {
  return {
    url,
    title: `Tokyo protests launch ${n}`,
    source: "Example",
    publishedAt: "2025-05-01T09:00:00Z",
    body: `Japan lodged a strong protest with North Korea on Thursday after launch number ${n}. "This launch is a grave threat to regional peace," Chief Cabinet Secretary Yoshimasa Hayashi told reporters.`,
  };
}

/** South Korea praising Japan: matches neither a JP speaker filter nor a KP target filter. */
export function koreaArticle(n: number, url = `https://example.org/live/kr-${n}`) {
  return {
    url,
    title: `Seoul welcomes Tokyo talks ${n}`,
    source: "Example",
    publishedAt: "2025-05-02T09:00:00Z",
    body: `South Korea welcomed Japan's offer of talks on Friday, meeting ${n}. "We appreciate Japan's constructive proposal and will work closely with Tokyo," Foreign Minister Cho Tae-yul said.`,
  };
}

export const INGEST_MUTATION = `mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { status userErrors { message } article { id statements { nodes { id speakerState { code } targets { code } } } } } }`;

/** Ingests through the API (needs an API key) and returns the payload. */
export async function ingestThroughApi(httpUrl: string, apiKey: string, article: object): Promise<any> {
  const response = await fetch(`${httpUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query: INGEST_MUTATION, variables: { i: article } }),
  });
  const body = (await response.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.ingestArticle;
}

/**
 * Ingests one more probe article and waits until each statement subscription has heard every statement of it that
 * its filter accepts. Events arrive in commit order, so after this no earlier probe's event is still in flight: the
 * probe loop stops at each subscription's first event, and a probe article with two statements used to deliver its
 * second one after the test had counted the events "before".
 */
export async function settleProbes(
  httpUrl: string,
  apiKey: string,
  article: object,
  subscriptions: { subscription: Collected<any>; accepts: (node: any) => boolean }[],
): Promise<void> {
  const probe = await ingestThroughApi(httpUrl, apiKey, article);
  for (const { subscription, accepts } of subscriptions) {
    const ids: string[] = probe.article.statements.nodes.filter(accepts).map((node: any) => node.id);
    const heard = (events: any[]) => ids.every((id) => events.some((event) => event.statementAdded?.id === id));
    await subscription.waitUntil(heard, 30_000, `the settling probe's statements ${ids.join(", ")}`);
  }
}

/** Statement ids of two articles ingested one after the other: each article's ids sorted, the first article first. */
export function inCommitOrder(first: string[], second: string[]): string[][] {
  return [[...first].sort(), [...second].sort()];
}

/** Received ids split after the first article's `firstCount`, each part sorted (an article's order is not specified). */
export function articleByArticle(ids: string[], firstCount: number): string[][] {
  return [ids.slice(0, firstCount).sort(), ids.slice(firstCount).sort()];
}
