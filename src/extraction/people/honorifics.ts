// Honorifics: courtesy titles and styles that go before a person's name in many countries ("Mr", "Datuk Seri",
// "Tan Sri", "Alhaji", "Asiwaju", "Shri"). They mark a person but are neither a name part nor a role: the person
// is "Anwar Ibrahim", not "Datuk Seri Anwar Ibrahim", so that "Anwar" and the officeholder list find the same person.
import type { Token } from "../sentences.js";
import { registerRules, ruleEnabled } from "../rules/registry.js";
import { phraseAt, phraseWord, tokenPhrases } from "./token-phrases.js";

/** Rule people.honorific: the phrases below, in front of a name, are set aside from the name and from the role. */
export const HONORIFIC_RULE = "people.honorific";
registerRules([HONORIFIC_RULE]);

/**
 * Honorific phrases, lower case, words separated by spaces; an apostrophe is a word of its own, as the tokenizer
 * splits it ("Dato' Sri" is dato ' sri). Only styles that are never a given name on their own: "Sri" alone is a
 * given name in Indonesia ("Sri Mulyani"), so it is listed only after the Malay styles it completes; "Sheikh",
 * "Prince" and "Chief" stay role words (lexicon.ts), as in the guide's examples.
 */
const HONORIFIC_PHRASES: readonly string[] = [
  // English courtesy titles
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "dr",
  "dr.",
  "madam",
  "mme",
  "mme.",
  "hon",
  "hon.",
  "honourable",
  "honorable",
  // Malaysia and Brunei: federal and state styles
  "tun",
  "toh puan",
  "tan sri",
  "puan sri",
  "datuk seri",
  "datuk",
  "datin seri",
  "datin",
  "dato seri",
  "dato sri",
  "dato",
  "dato ' seri",
  "dato ' sri",
  "dato '",
  "datuk patinggi",
  "pehin",
  "yang berhormat",
  "haji",
  "hajah",
  "hajjah",
  "ustaz",
  "ustazah",
  // West Africa: religious and chieftaincy styles
  "alhaji",
  "alhaja",
  "asiwaju",
  "otunba",
  // South Asia
  "shri",
  "shrimati",
  "smt.",
  "janab",
  // Arabic religious style
  "sayyid",
];

const PHRASES = tokenPhrases(HONORIFIC_PHRASES);

/** Number of tokens of the honorific phrase starting at token `i` (0 when none, or when the rule is off). */
export function honorificAt(tokens: readonly Token[], i: number): number {
  if (!ruleEnabled(HONORIFIC_RULE) || !tokens[i]) return 0;
  return phraseAt(PHRASES, tokens, i);
}

/** Whether the token is a word of some honorific phrase (to keep it out of the role before a name). */
export function isHonorificWord(t: Token): boolean {
  return ruleEnabled(HONORIFIC_RULE) && PHRASES.words.has(phraseWord(t));
}
