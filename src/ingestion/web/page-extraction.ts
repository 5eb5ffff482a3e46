// From an HTML page to an article: the main text by Mozilla's Readability (the Firefox Reader View algorithm)
// on a linkedom DOM, and the metadata (title, published time, outlet, canonical url, language) from the page's
// own tags. Pages without enough article text are reported with the reason, never guessed at.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ExtractedPage {
  title: string;
  body: string;
  /** The page's canonical url (rel=canonical or og:url), else the url it was fetched from. */
  url: string;
  publishedAt?: string;
  /** The outlet's name (og:site_name and the like); absent when the page does not say. */
  source?: string;
  /** Two-letter language code from <html lang> or the page's metadata. */
  language?: string;
}

export type PageExtraction = { page: ExtractedPage } | { skipped: string };

export interface PageExtractionOptions {
  /** The url the page was fetched from (or a stand-in for a saved file): resolves relative links. */
  url: string;
  /** Fewer characters of article text than this and the page is skipped. */
  minTextLength?: number;
}

// Metadata selectors, most specific first; the first one present wins.
const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];
const SOURCE_SELECTORS = ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]'];
const LANGUAGE_SELECTORS = ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]'];
// Elements whose text forms a paragraph of the body.
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

export function extractPage(html: string, options: PageExtractionOptions): PageExtraction {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document as it works.
  const metadata = pageMetadata(document, options.url);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (!parsed?.content) return { skipped: "no article text found" };
  const body = paragraphs(parsed.content);
  const minimum = options.minTextLength ?? 150;
  if (body.length < minimum) return { skipped: `article text too short (${body.length} characters, at least ${minimum} needed)` };
  // og:title is the bare headline; <title> often carries the outlet's name too.
  const title = metadata.headline ?? (clean(parsed.title) || metadata.title);
  if (!title) return { skipped: "no title" };
  return {
    page: {
      title,
      body,
      url: metadata.url,
      publishedAt: metadata.publishedAt ?? clean(parsed.publishedTime) ?? undefined,
      source: clean(parsed.siteName) || metadata.source,
      language: languageCode(parsed.lang) ?? metadata.language,
    },
  };
}

type Doc = ReturnType<typeof parseHTML>["document"];

function pageMetadata(document: Doc, pageUrl: string) {
  const first = (selectors: string[], attribute = "content") =>
    selectors.map((selector) => clean(document.querySelector(selector)?.getAttribute(attribute))).find(Boolean);
  const canonical =
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl) ??
    httpUrl(document.querySelector('meta[property="og:url"]')?.getAttribute("content"), pageUrl);
  return {
    url: canonical ?? pageUrl,
    headline: first(['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    title: clean(document.querySelector("title")?.textContent),
    publishedAt: first(PUBLISHED_SELECTORS) ?? first(["time[datetime]"], "datetime"),
    source: first(SOURCE_SELECTORS),
    language: languageCode(document.documentElement?.getAttribute("lang")) ?? languageCode(first(LANGUAGE_SELECTORS)),
  };
}

/** The article's text as paragraphs separated by blank lines (the extractor reads sentences across them). */
function paragraphs(contentHtml: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((element) => !element.querySelector(BLOCKS));
  const texts = blocks.map((element) => clean(element.textContent)).filter((text): text is string => Boolean(text));
  return texts.length ? texts.join("\n\n") : (clean(document.body?.textContent) ?? "");
}

function clean(text: string | null | undefined): string | undefined {
  const cleaned = text?.replace(/\s+/g, " ").trim();
  return cleaned || undefined;
}

function languageCode(value: string | null | undefined): string | undefined {
  const code = /^([a-z]{2})(?:[-_]|$)/i.exec(value?.trim() ?? "")?.[1];
  return code?.toLowerCase();
}

function httpUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href?.trim() || !URL.canParse(href.trim(), base)) return undefined;
  const url = new URL(href.trim(), base);
  return /^https?:$/.test(url.protocol) ? url.toString() : undefined;
}
