// A cheap, exact pre-check for the topic lexicon: which rules can match a text at all. Every top-level alternative of
// most topic patterns starts (after an optional look-behind and \b) with a plain word; a rule none of whose words
// starts a word of the text cannot match, so its regex need not scan the text. Rules whose words cannot be read
// safely are always scanned.

/** Top-level alternatives of a regex source (escapes, classes and groups kept whole). */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      current += c + (source[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

/** Length of a leading look-behind group "(?<!…)" or "(?<=…)" (0 when there is none or it cannot be read). */
function lookBehindLength(alternative: string): number {
  if (!alternative.startsWith("(?<!") && !alternative.startsWith("(?<=")) return 0;
  let depth = 0;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    if (c === "\\" || c === "[") return 0; // keep the reader simple: such look-behinds are not skipped
    if (c === "(") depth++;
    if (c === ")" && --depth === 0) return i + 1;
  }
  return 0;
}

/**
 * The word an alternative must start with (lower case), or null when it cannot be read safely: the letters right
 * after "\b" up to the first character that is not a letter, a space or a hyphen, without a last letter that a
 * quantifier makes optional, and only its first run of letters (what a word of the text must start with).
 */
function leadingWord(alternative: string): string | null {
  let rest = alternative.slice(lookBehindLength(alternative));
  if (!rest.startsWith("\\b")) return null;
  rest = rest.slice(2);
  const literal = /^[A-Za-z -]*/.exec(rest)![0];
  const next = rest[literal.length];
  const kept = next === "?" || next === "*" || next === "{" ? literal.slice(0, -1) : literal;
  const word = /^[A-Za-z]*/.exec(kept)![0];
  return word.length >= 3 ? word.toLowerCase() : null;
}

/** The words one of which must start a word of the text for `pattern` to match, or null (always scan). */
export function requiredWordStarts(pattern: RegExp): string[] | null {
  if (!pattern.flags.includes("i") || pattern.flags.includes("u")) return null;
  const words: string[] = [];
  for (const alternative of alternatives(pattern.source)) {
    const word = leadingWord(alternative);
    if (word === null) return null;
    words.push(word);
  }
  return words;
}

/**
 * The words of a text as the prefilter sees them: maximal runs of ASCII letters, lower-cased, sorted. A match of a
 * case-insensitive (non-Unicode) pattern after \b starts at the beginning of such a run: \b needs a non-word
 * character (or nothing) before it, and only ASCII letters match ASCII letters case-insensitively.
 */
export function textWords(text: string): string[] {
  const words = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]+/g)) words.add(m[0].toLowerCase());
  return [...words].sort();
}

/** Whether some word of `sortedWords` starts with one of `starts` (binary search per start). */
export function startsSomeWord(sortedWords: string[], starts: string[]): boolean {
  for (const start of starts) {
    let lo = 0;
    let hi = sortedWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedWords[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < sortedWords.length && sortedWords[lo]!.startsWith(start)) return true;
  }
  return false;
}
