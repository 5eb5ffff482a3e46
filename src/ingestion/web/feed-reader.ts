// Reads an RSS, Atom or RDF feed (with @extractus/feed-extractor) into the links of its entries, newest
// information first as the feed gives it; entries without an http(s) link are left out.
import { extractFromXml } from "@extractus/feed-extractor";

export interface FeedEntryLink {
  url: string;
  title?: string;
  /** The entry's date (ISO 8601), used when the page itself carries none. */
  publishedAt?: string;
}

export interface Feed {
  title?: string;
  entries: FeedEntryLink[];
}

/** Throws when the text is not a feed. */
export function readFeed(xml: string, feedUrl: string): Feed {
  const data = extractFromXml(xml, { baseUrl: feedUrl, useISODateFormat: true });
  if (!data || !Array.isArray(data.entries)) throw new Error(`${feedUrl} is not an RSS, Atom or RDF feed`);
  const entries: FeedEntryLink[] = [];
  for (const entry of data.entries) {
    const link = entry.link?.trim();
    if (!link || !URL.canParse(link, feedUrl)) continue;
    const url = new URL(link, feedUrl);
    if (!/^https?:$/.test(url.protocol)) continue;
    entries.push({ url: url.toString(), title: entry.title || undefined, publishedAt: entry.published || undefined });
  }
  return { title: data.title || undefined, entries };
}
