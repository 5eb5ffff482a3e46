// Reads articles from files for bulk ingestion: .json (one article or an array), .ndjson/.jsonl (one per line),
// .txt/.md (first line the title, the rest the body; url, date and source from front matter or options),
// .html/.htm (a saved web page: article text and metadata extracted as for a fetched page).
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { HTML_EXTENSIONS, htmlFileRecord } from "./web/html-file.js";
import { decodeBody } from "./web/decode-body.js";

export interface ArticleRecord {
  /** Where the record came from, for error messages: file and line (or array index). */
  origin: string;
  /** The raw record; validated later by parseArticleInput. */
  value: unknown;
  /** Set when the record could not even be read (bad JSON). */
  readError?: string;
}

export interface TextDefaults {
  source?: string;
  publishedAt?: string;
  urlPrefix?: string;
  language?: string;
}

const EXTENSIONS = new Set([".json", ".ndjson", ".jsonl", ".txt", ".md", ...HTML_EXTENSIONS]);

/** Expands folders (recursively) into the files Entente can read, sorted for a stable order. */
export async function listArticleFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new Error(`${input}: no such file or folder`);
    if (info.isDirectory()) {
      const entries = await readdir(input, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((entry) => entry.isFile() && EXTENSIONS.has(path.extname(entry.name).toLowerCase()))
          .map((entry) => path.join(entry.parentPath, entry.name))
          .sort(),
      );
    } else {
      if (!EXTENSIONS.has(path.extname(input).toLowerCase()))
        throw new Error(`${input}: unsupported file type (use .json, .ndjson, .jsonl, .txt, .md or .html)`);
      files.push(input);
    }
  }
  return files;
}

function parseFrontMatter(text: string): { fields: Record<string, string>; rest: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { fields: {}, rest: text };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const pair = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (pair) fields[pair[1]!] = pair[2]!.replace(/^["']|["']$/g, "");
  }
  return { fields, rest: text.slice(match[0].length) };
}

export async function readArticleFile(file: string, defaults: TextDefaults = {}): Promise<ArticleRecord[]> {
  const extension = path.extname(file).toLowerCase();
  // A saved page is read in the encoding it declares (<meta charset>), like a fetched one.
  if (HTML_EXTENSIONS.has(extension)) return [htmlFileRecord(file, decodeBody(await readFile(file), null, "html"), defaults)];
  const text = await readFile(file, "utf8");
  if (extension === ".json") {
    try {
      const value = JSON.parse(text) as unknown;
      return Array.isArray(value)
        ? value.map((item, index) => ({ origin: `${file}[${index}]`, value: item }))
        : [{ origin: file, value }];
    } catch (error) {
      return [{ origin: file, value: null, readError: `invalid JSON: ${(error as Error).message}` }];
    }
  }
  if (extension === ".ndjson" || extension === ".jsonl") {
    return text.split(/\r?\n/).flatMap((line, index) => {
      if (!line.trim()) return [];
      const origin = `${file}:${index + 1}`;
      try {
        return [{ origin, value: JSON.parse(line) as unknown }];
      } catch (error) {
        return [{ origin, value: null, readError: `invalid JSON: ${(error as Error).message}` }];
      }
    });
  }
  const { fields, rest } = parseFrontMatter(text);
  const [firstLine = "", ...lines] = rest.replace(/^\s+/, "").split(/\r?\n/);
  const slug = path.basename(file, extension);
  return [
    {
      origin: file,
      value: {
        title: fields.title ?? firstLine.replace(/^#+\s*/, "").trim(),
        body: lines.join("\n").trim(),
        url: fields.url ?? (defaults.urlPrefix ? `${defaults.urlPrefix.replace(/\/$/, "")}/${slug}` : undefined),
        publishedAt: fields.publishedAt ?? fields.date ?? defaults.publishedAt,
        source: fields.source ?? defaults.source,
        language: fields.language ?? defaults.language ?? "en",
      },
    },
  ];
}
