// One normal form for people's names, used to match them across articles and in search:
// lower case, accents removed, hyphens, dots and apostrophes folded, spaces collapsed.
// "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" all become "kim jong un".
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[‐-―\-_.]/g, " ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
