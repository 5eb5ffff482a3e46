// Polite HTTP fetching for web inputs: a User-Agent naming Entente, a timeout per request, a response size limit,
// a redirect limit (each hop checked against robots.txt), one request at a time per host with a delay between
// them, and conditional GET (ETag / Last-Modified) so an unchanged feed costs a 304.
import { setTimeout as sleep } from "node:timers/promises";
import { RobotsPolicy } from "./robots.js";
import { decodeBody } from "./decode-body.js";

export interface FetcherOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Pause between two requests to the same host (raised to the site's robots.txt Crawl-delay). */
  perHostDelayMs: number;
  respectRobots: boolean;
}

export const DEFAULT_FETCHER_OPTIONS: FetcherOptions = {
  userAgent: "Entente/0.1 (statements of states extracted from news articles)",
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  perHostDelayMs: 1_000,
  respectRobots: true,
};

export type FetchFailure = "timeout" | "too-large" | "redirects" | "robots" | "status" | "network" | "unsupported-url";

/** Why a url could not be fetched; `transient` failures are worth trying again later. */
export class FetchError extends Error {
  constructor(
    readonly failure: FetchFailure,
    message: string,
    readonly transient = false,
  ) {
    super(message);
  }
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface Fetched {
  /** The url after redirects. */
  url: string;
  status: number;
  /** True when the server answered 304 to a conditional request: `text` is empty, nothing changed. */
  notModified: boolean;
  contentType: string;
  text: string;
  /** Validators to send next time (conditional GET). */
  validators: Validators;
}

export class PoliteFetcher {
  readonly options: FetcherOptions;
  private readonly robots: RobotsPolicy;
  /** Per host, the earliest time the next request may start. */
  private readonly nextSlot = new Map<string, number>();
  private readonly crawlDelayMs = new Map<string, number>();

  constructor(
    options: Partial<FetcherOptions> = {},
    private readonly signal?: AbortSignal,
  ) {
    this.options = { ...DEFAULT_FETCHER_OPTIONS, ...options };
    this.robots = new RobotsPolicy(async (robotsUrl) => {
      const fetched = await this.request(robotsUrl, { accept: "text/plain", checkRobots: false });
      return { status: fetched.status, text: fetched.text };
    }, this.options.userAgent);
  }

  /** GETs `url`, following redirects; throws FetchError when it may not or cannot be fetched. */
  async fetch(url: string, request: { accept?: string; validators?: Validators } = {}): Promise<Fetched> {
    const fetched = await this.request(url, {
      accept: request.accept ?? "text/html",
      validators: request.validators,
      checkRobots: true,
    });
    if (fetched.status >= 400) {
      const transient = fetched.status === 429 || fetched.status >= 500;
      throw new FetchError("status", `HTTP ${fetched.status} from ${fetched.url}`, transient);
    }
    return fetched;
  }

  private async request(
    startUrl: string,
    request: { accept: string; validators?: Validators; checkRobots: boolean },
  ): Promise<Fetched> {
    const visited = new Set<string>();
    let url = startUrl;
    for (;;) {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new FetchError("unsupported-url", `not an http(s) url: ${url}`);
      if (request.checkRobots && this.options.respectRobots) {
        const verdict = await this.robots.check(url);
        if (!verdict.allowed) throw new FetchError("robots", verdict.reason!, verdict.transient);
        if (verdict.crawlDelaySeconds) this.crawlDelayMs.set(parsed.host, verdict.crawlDelaySeconds * 1000);
      }
      visited.add(url);
      const response = await this.send(url, request);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel();
        const next = new URL(location, url).toString();
        if (visited.has(next)) throw new FetchError("redirects", `redirect loop at ${next}`);
        if (visited.size > this.options.maxRedirects)
          throw new FetchError("redirects", `more than ${this.options.maxRedirects} redirects from ${startUrl}`);
        url = next;
        continue;
      }
      const notModified = response.status === 304;
      return {
        url,
        status: response.status,
        notModified,
        contentType: response.headers.get("content-type") ?? "",
        text: notModified ? "" : await this.readBody(response, url),
        validators: {
          etag: response.headers.get("etag") ?? request.validators?.etag,
          lastModified: response.headers.get("last-modified") ?? request.validators?.lastModified,
        },
      };
    }
  }

  /** One HTTP exchange, after waiting for this host's turn. */
  private async send(url: string, request: { accept: string; validators?: Validators }): Promise<Response> {
    await this.waitForHost(new URL(url).host);
    const headers: Record<string, string> = { "user-agent": this.options.userAgent, accept: request.accept };
    if (request.validators?.etag) headers["if-none-match"] = request.validators.etag;
    if (request.validators?.lastModified) headers["if-modified-since"] = request.validators.lastModified;
    try {
      return await fetch(url, { headers, redirect: "manual", signal: this.timeoutSignal() });
    } catch (error) {
      throw this.asFetchError(error, url);
    }
  }

  /** Reads the body up to the size limit; a larger body is abandoned, not buffered. */
  private async readBody(response: Response, url: string): Promise<string> {
    const limit = this.options.maxBytes;
    const tooLarge = () => new FetchError("too-large", `response of ${url} is larger than ${limit} bytes`);
    if (Number(response.headers.get("content-length") ?? 0) > limit) {
      await response.body?.cancel();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > limit) throw tooLarge();
        chunks.push(chunk);
      }
    } catch (error) {
      await response.body?.cancel().catch(() => {});
      throw error instanceof FetchError ? error : this.asFetchError(error, url);
    }
    return decodeBody(Buffer.concat(chunks), response.headers.get("content-type"));
  }

  private async waitForHost(host: string): Promise<void> {
    const delay = Math.max(this.options.perHostDelayMs, this.crawlDelayMs.get(host) ?? 0);
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + delay); // reserved before waiting, so concurrent callers queue up
    if (slot > now) await sleep(slot - now, undefined, { signal: this.signal });
  }

  private timeoutSignal(): AbortSignal {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    return this.signal ? AbortSignal.any([timeout, this.signal]) : timeout;
  }

  private asFetchError(error: unknown, url: string): FetchError {
    const name = (error as Error).name;
    if (name === "TimeoutError")
      return new FetchError("timeout", `no complete answer from ${url} within ${this.options.timeoutMs} ms`, true);
    if (name === "AbortError") return new FetchError("network", `fetching ${url} was cancelled`, true);
    const cause = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    return new FetchError("network", `could not fetch ${url}: ${cause}`, true);
  }
}
