// Small string helpers shared by the extraction stages.

// One normal form of names for extraction, storage and search alike ("Kim Jong-un" = "Kim Jong Un").
export { normalizeName } from "../text/normalize-name.js";

export function isUpperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = word[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /\p{L}/u.test(ch);
}

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 95) return true;
  return isLetter(ch);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
