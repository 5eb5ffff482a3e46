// Abbreviated military ranks before a name ("Lt Gen Yasir al-Atta", "Maj. Gen. Pat Ryder", "Col. Turki al-Malki",
// "Rear Adm. John Kirby"): a title, never part of the name, so the person is "Yasir al-Atta" and is found again by
// his name. "Gen" alone is not a rank here: it is also a given name ("Gen Nakatani"); outlets write the rank with its
// dot ("Gen.") or inside "Lt Gen", "Maj Gen", "Brig Gen".
import type { Token } from "../sentences.js";
import { registerRules, ruleEnabled } from "../rules/registry.js";
import { phraseAt, tokenPhrases } from "./token-phrases.js";

/** Rule people.military-rank: the phrases below, in front of a name, are set aside from the name. */
export const MILITARY_RANK_RULE = "people.military-rank";
registerRules([MILITARY_RANK_RULE]);

/**
 * Rank phrases, lower case, words separated by spaces. The tokenizer keeps the dot of most abbreviations in the word
 * ("gen.", "col.", "lt.") but splits it off after "Maj" and "Adm" ("maj . gen."), so both spellings are listed.
 */
const RANK_PHRASES: readonly string[] = [
  "lt gen",
  "lt gen.",
  "lt. gen",
  "lt. gen.",
  "maj gen",
  "maj gen.",
  "maj . gen",
  "maj . gen.",
  "brig gen",
  "brig gen.",
  "brig. gen",
  "brig. gen.",
  "lt col",
  "lt col.",
  "lt. col",
  "lt. col.",
  "rear adm",
  "rear adm .",
  "vice adm",
  "vice adm .",
  "adm .",
  "maj .",
  "gen.",
  "col.",
  "lt.",
  "brig.",
  "sgt.",
  "cpl.",
  "cmdr",
  "cmdr.",
];

const PHRASES = tokenPhrases(RANK_PHRASES);

/**
 * Number of tokens of the rank starting at token `i`, when it is capitalised and a capitalised word (the name)
 * follows it; 0 otherwise, or when the rule is off.
 */
export function militaryRankAt(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first || !/^\p{Lu}/u.test(first.text) || !ruleEnabled(MILITARY_RANK_RULE)) return 0;
  return phraseAt(PHRASES, tokens, i, (length) => /^\p{Lu}/u.test(tokens[i + length]?.text ?? ""));
}
