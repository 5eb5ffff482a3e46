// Fixed phrases matched on tokens in front of a name (honorifics.ts, military-ranks.ts): lists written as lower-case
// words separated by spaces, matched longest first so "datuk seri" wins over "datuk" and "lt. gen." over "lt.".
import type { Token } from "../sentences.js";

export interface TokenPhrases {
  /** Each phrase as its words, longest first. */
  phrases: readonly string[][];
  /** Every word of every phrase. */
  words: ReadonlySet<string>;
}

export function tokenPhrases(list: readonly string[]): TokenPhrases {
  const phrases = list.map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
  return { phrases, words: new Set(phrases.flat()) };
}

/** A token as the phrase lists write it: lower case, the typographic apostrophe as "'". */
export const phraseWord = (t: Token): string => (t.text === "’" ? "'" : t.lower);

/**
 * Number of tokens of the longest phrase that starts at token `i` and for which `fits(length)` holds (what must
 * follow it, say), or 0.
 */
export function phraseAt(
  set: TokenPhrases,
  tokens: readonly Token[],
  i: number,
  fits: (length: number) => boolean = () => true,
): number {
  for (const phrase of set.phrases) {
    if (!fits(phrase.length)) continue;
    if (phrase.every((w, k) => tokens[i + k] !== undefined && phraseWord(tokens[i + k]!) === w)) return phrase.length;
  }
  return 0;
}
