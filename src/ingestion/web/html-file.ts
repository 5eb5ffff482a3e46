// A saved HTML page given as a file to `npm run ingest`: extracted like a fetched page. Its url is the page's
// canonical url, else --url-prefix plus the file name; a page without article text becomes a read error (skipped).
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ArticleRecord, TextDefaults } from "../read-article-files.js";
import { extractPage } from "./page-extraction.js";

export const HTML_EXTENSIONS = new Set([".html", ".htm"]);

export function htmlFileRecord(file: string, html: string, defaults: TextDefaults = {}): ArticleRecord {
  const slug = path.basename(file, path.extname(file));
  const standIn = defaults.urlPrefix
    ? `${defaults.urlPrefix.replace(/\/$/, "")}/${slug}`
    : pathToFileURL(path.resolve(file)).toString();
  const extraction = extractPage(html, { url: standIn });
  if ("skipped" in extraction) return { origin: file, value: null, readError: `skipped: ${extraction.skipped}` };
  const { page } = extraction;
  return {
    origin: file,
    value: {
      // A file: url is no article url: without a canonical link or --url-prefix the record fails validation.
      url: page.url.startsWith("file:") ? undefined : page.url,
      title: page.title,
      body: page.body,
      publishedAt: page.publishedAt ?? defaults.publishedAt,
      source: page.source ?? defaults.source,
      language: page.language ?? defaults.language ?? "en",
    },
  };
}
