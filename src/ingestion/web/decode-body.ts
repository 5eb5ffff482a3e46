// Bytes of a fetched response (or a saved page) to text, in the encoding the page declares. HTML and XML follow the
// WHATWG sniffing algorithm (html-encoding-sniffer): a byte order mark, then the HTTP charset, then
// <meta charset> / <meta http-equiv="Content-Type"> (HTML) or the XML declaration. Where nothing is declared, valid
// UTF-8 is read as UTF-8 and anything else as windows-1252, the HTML standard's default for English pages.
// Node's TextDecoder (full ICU) decodes every encoding the standard names.
import htmlEncodingSniffer from "html-encoding-sniffer";

const XML_TYPE = /^\s*(?:application|text)\/(?:[\w.-]+\+)?xml\b/i;
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** The charset parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1];
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A label TextDecoder knows, or undefined (an unknown label in a header is ignored, as browsers do). */
function knownLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** The encoding to read `bytes` with, given the response's Content-Type (empty for a file). */
export function sniffEncoding(bytes: Uint8Array, contentType: string | null | undefined, kind?: "html" | "xml"): string {
  const transportLayerEncodingLabel = knownLabel(charsetOf(contentType));
  const sniffAs = kind ?? (XML_TYPE.test(contentType ?? "") ? "xml" : HTML_TYPE.test(contentType ?? "") ? "html" : undefined);
  const fallback = isUtf8(bytes) ? "UTF-8" : "windows-1252";
  if (!sniffAs) return transportLayerEncodingLabel ?? fallback;
  return sniffAs === "xml"
    ? htmlEncodingSniffer(bytes, { xml: true, transportLayerEncodingLabel, defaultEncoding: fallback })
    : htmlEncodingSniffer(bytes, { transportLayerEncodingLabel, defaultEncoding: fallback });
}

/** `bytes` decoded as the response or page declares (a byte order mark is dropped). */
export function decodeBody(bytes: Uint8Array, contentType: string | null | undefined, kind?: "html" | "xml"): string {
  return new TextDecoder(sniffEncoding(bytes, contentType, kind)).decode(bytes);
}
