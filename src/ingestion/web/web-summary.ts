// Counts of a web ingestion run and the one-line summary the CLI prints; skipped pages keep their reason.
import type { IngestStatus } from "../ingest-article.js";
import type { FeedOutcome, PageOutcome } from "./web-ingester.js";

export class WebSummary {
  readonly counts: Record<IngestStatus | "SKIPPED", number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, DUPLICATE: 0, SKIPPED: 0 };
  readonly found = { statements: 0, people: 0, states: 0 };
  /** "url: reason" for every page skipped, and every feed that could not be read. */
  readonly skipped: string[] = [];
  feedsNotModified = 0;
  entriesAlreadySeen = 0;
  private readonly started = performance.now();

  addPage(outcome: PageOutcome): void {
    if ("skipped" in outcome) {
      this.counts.SKIPPED += 1;
      this.skipped.push(`${outcome.url}: ${outcome.skipped}`);
      return;
    }
    this.counts[outcome.status] += 1;
    if (outcome.status === "CREATED" || outcome.status === "UPDATED") {
      this.found.statements += outcome.statements;
      this.found.people += outcome.people;
      this.found.states += outcome.states;
    }
  }

  addFeed(outcome: FeedOutcome): void {
    if (outcome.notModified) this.feedsNotModified += 1;
    this.entriesAlreadySeen += outcome.alreadySeen;
    for (const page of outcome.pages) this.addPage(page);
  }

  addFeedFailure(feedUrl: string, reason: string): void {
    this.skipped.push(`${feedUrl}: feed not read: ${reason}`);
  }

  get pages(): number {
    return Object.values(this.counts).reduce((sum, count) => sum + count, 0);
  }

  format(): string {
    const { counts, found } = this;
    const seconds = (performance.now() - this.started) / 1000;
    const feeds =
      this.feedsNotModified || this.entriesAlreadySeen
        ? ` (${this.feedsNotModified} feeds unchanged, ${this.entriesAlreadySeen} entries seen before)`
        : "";
    return (
      `${this.pages} pages in ${seconds.toFixed(1)} s${feeds}: ${counts.CREATED} new, ${counts.UPDATED} updated, ${counts.UNCHANGED} unchanged, ` +
      `${counts.DUPLICATE} duplicates, ${counts.SKIPPED} skipped; found ${found.statements} statements, ${found.people} people, ${found.states} state mentions.`
    );
  }
}
