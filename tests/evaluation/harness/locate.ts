// Finds a gold statement's verbatim words in the article body. Labels of real news are copied from web pages whose
// quote marks, dashes and spacing may differ from the stored text, so a failed exact search is retried on a
// normalised copy of both (offsets mapped back to the body).
import type { Span } from "../../../src/extraction/types.js";

const FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00A0": " ",
};

/** The normalised text and, for each of its characters, the offset of the body character it came from. */
function normalise(text: string): { text: string; map: number[] } {
  let out = "";
  const map: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const ch = FOLD[text[i]!] ?? text[i]!;
    if (/\s/.test(ch)) {
      if (lastSpace) continue;
      out += " ";
      map.push(i);
      lastSpace = true;
      continue;
    }
    out += ch.toLowerCase();
    map.push(i);
    lastSpace = false;
  }
  return { text: out, map };
}

/** The span of `anchor` in `body`: exact match first, then a match ignoring case, quote styles, dashes and spacing. */
export function locateAnchor(body: string, anchor: string): Span | null {
  if (anchor.trim() === "") return null;
  const at = body.indexOf(anchor);
  if (at >= 0) return { start: at, end: at + anchor.length };
  const b = normalise(body);
  const a = normalise(anchor).text.trim();
  const k = b.text.indexOf(a);
  if (k < 0) return null;
  return { start: b.map[k]!, end: b.map[k + a.length - 1]! + 1 };
}
