// robots.txt rules per origin (RFC 9309), read once per origin and kept for the run: a page its site
// disallows for our User-Agent is skipped, and a Crawl-delay slows our requests to that host.
import robotsParserModule from "robots-parser";

// The package is CommonJS (module.exports is the function) but its types declare a default export.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robot = ReturnType<typeof robotsParser>;

/** Fetches a robots.txt: its status and text, or null when the server could not be reached. */
export type FetchRobotsText = (robotsUrl: string) => Promise<{ status: number; text: string } | null>;

export interface RobotsVerdict {
  allowed: boolean;
  /** Why not, for the report. */
  reason?: string;
  /** The rules could not be read (server error or no answer): worth trying again later. */
  transient?: boolean;
  /** The site's Crawl-delay for us, in seconds, when it sets one. */
  crawlDelaySeconds?: number;
}

export class RobotsPolicy {
  private readonly rules = new Map<string, Promise<Robot | "unreachable">>();

  constructor(
    private readonly fetchText: FetchRobotsText,
    private readonly userAgent: string,
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const origin = new URL(url).origin;
    let rules = this.rules.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.rules.set(origin, rules);
    }
    const robot = await rules;
    // RFC 9309 2.3.1.4: when robots.txt is unreachable (server error, no answer) assume everything is disallowed,
    // for now: the next request to that origin asks again (a long-running worker must not remember an outage).
    if (robot === "unreachable") {
      if (this.rules.get(origin) === rules) this.rules.delete(origin);
      return { allowed: false, reason: `robots.txt of ${origin} could not be read`, transient: true };
    }
    const allowed = robot.isAllowed(url, this.userAgent) !== false;
    return {
      allowed,
      reason: allowed ? undefined : `disallowed by ${origin}/robots.txt`,
      crawlDelaySeconds: robot.getCrawlDelay(this.userAgent),
    };
  }

  private async load(origin: string): Promise<Robot | "unreachable"> {
    const robotsUrl = `${origin}/robots.txt`;
    const answer = await this.fetchText(robotsUrl).catch(() => null);
    if (!answer || answer.status >= 500) return "unreachable";
    // RFC 9309 2.3.1.3: a 4xx (no robots.txt) means no rules.
    return robotsParser(robotsUrl, answer.status >= 400 ? "" : answer.text);
  }
}
