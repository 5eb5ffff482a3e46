// Appositions after a name: ", the Iranian foreign minister,", ", a spokesperson for the Chinese Foreign Ministry,".
import type { SegmentedText, Token } from "../sentences.js";
import type { StateMention } from "../states.js";
import { PERSON_TITLES, PORTFOLIO_WORDS, SPEECH_VERBS } from "../lexicon.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

const LAST_TITLE_RULE = "people.apposition-last-title";
registerRules([LAST_TITLE_RULE]);

/**
 * How far an apposition is read, in tokens: long enough for an office inside a department inside a ministry
 * (", director-general of the department of U.S. affairs of North Korea's foreign ministry," is 17 tokens; at 12 the
 * role ended at "North" and lost the state).
 */
const APPOSITIVE_TOKENS = 20;

/** Rule people.apposition-not-predicate: a verb right after the comma opens the name's predicate, not an apposition. */
const VERB_APPOSITION_RULE = "people.apposition-not-predicate";
registerRules([VERB_APPOSITION_RULE]);

/**
 * Rule people.apposition-not-predicate, second form: ", recently presented the cheque to …", ", also handed over a
 * letter …": an adverb, a past verb and its object open the name's predicate too ("…, newly appointed foreign
 * minister," has no object after the verb and stays an apposition). Without it the clause, up to a title in it,
 * became the role.
 */
const OBJECT_OPENERS = /^(?:the|a|an|his|her|its|their|this|that|these|those)$/;

function adverbPredicate(tokens: Token[], k: number): boolean {
  const [adverb, verb, next] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (adverb?.pos !== "ADV" || verb?.pos !== "VERB" || !/ed$/.test(verb.lower) || !OBJECT_OPENERS.test(next?.lower ?? ""))
    return false;
  if (!ruleEnabled(VERB_APPOSITION_RULE)) return false;
  noteFired(VERB_APPOSITION_RULE);
  return true;
}

/** ", the Iranian foreign minister," / ", a spokesperson for the Chinese Foreign Ministry," right after a name. */
export function findAppositive(
  seg: SegmentedText,
  stateAt: (StateMention | null)[],
  after: number,
): { role: string; stateCode: string | null } | null {
  const { tokens, text } = seg;
  if (tokens[after]?.text !== ",") return null;
  // ", received Australia's High Commissioner to Tonga, …" is the name's predicate, not an apposition: the state in it
  // belongs to someone else. (Winkjs tags participles that open a clause as verbs; "newly appointed" starts with an
  // adverb and stays an apposition.)
  if (tokens[after + 1]?.pos === "VERB" && /ed$/.test(tokens[after + 1]!.lower) && ruleEnabled(VERB_APPOSITION_RULE)) {
    noteFired(VERB_APPOSITION_RULE);
    return null;
  }
  if (adverbPredicate(tokens, after + 1)) return null;
  let stateCode: string | null = null;
  let title: number = -1;
  let end = after + 1;
  for (let k = after + 1; k < Math.min(tokens.length, after + APPOSITIVE_TOKENS); k++) {
    const t = tokens[k]!;
    if (
      t.text === "," ||
      t.text === "." ||
      t.text === ";" ||
      t.text === "(" ||
      t.text === '"' ||
      t.text === "“" ||
      t.sentenceIndex !== tokens[after]!.sentenceIndex
    )
      break;
    if (SPEECH_VERBS[t.lower] !== undefined && t.lower !== "states") return null;
    if (stateAt[k] && !stateCode && title < 0) stateCode = stateAt[k]!.code;
    // "a spokesperson for Iran", "the sister of the North Korean leader": a state right after of/for/to (and an
    // article) following the title.
    if (stateAt[k] && !stateCode && title >= 0 && /^(?:of|for|to)$/.test(tokens[k - 1]?.lower ?? "") && k - title <= 3)
      stateCode = stateAt[k]!.code;
    if (
      stateAt[k] &&
      !stateCode &&
      title >= 0 &&
      k - title <= 4 &&
      /^(?:the|a|an)$/.test(tokens[k - 1]?.lower ?? "") &&
      /^(?:of|for|to)$/.test(tokens[k - 2]?.lower ?? "")
    )
      stateCode = stateAt[k]!.code;
    // "an assistant minister at the UAE foreign ministry", "a spokesman for the Chinese embassy": a state heading the
    // institution the person belongs to. Near the title; or anywhere in the apposition when the state owns it in the
    // possessive (", director-general of the department of U.S. affairs of North Korea's foreign ministry,": the
    // institution the chain of offices ends in).
    if (
      stateAt[k] &&
      !stateCode &&
      title >= 0 &&
      (k - title <= 5 || ownedInstitution(tokens, k)) &&
      stateAt[k + 1] !== stateAt[k] &&
      institutionFollows(tokens, k + 1)
    )
      stateCode = stateAt[k]!.code;
    // Rule people.apposition-last-title: in a chain of offices ("Minister of Communication and Media and spokesman
    // for the Congolese government") the state belongs to the office next to it, so distances count from the last.
    if (PERSON_TITLES.has(t.lower) && (title < 0 || ruleEnabled(LAST_TITLE_RULE))) {
      if (title >= 0) noteFired(LAST_TITLE_RULE);
      title = k;
    }
    end = k + 1;
  }
  if (title < 0) return null;
  const role = text
    .slice(tokens[after + 1]!.start, tokens[end - 1]!.end)
    .replace(/^(?:the|a|an)\s+/i, "")
    .trim();
  return { role, stateCode };
}

const INSTITUTION_HEADS =
  /^(?:ministry|government|military|army|navy|cabinet|presidency|embassy|foreign|defence|defense|interior|administration|mission)$/;

/** After a state mention at token `k - 1`: "'s", or up to two portfolio words then an institution head. */
/** "<state>'s foreign ministry" at token `k` (the state's last token): a possessive, then an institution. */
function ownedInstitution(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower;
  return (next === "'s" || next === "’s") && institutionFollows(tokens, k + 2);
}

function institutionFollows(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.lower === "'s" || t.lower === "’s") return true;
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    const w = tokens[j]!.lower;
    if (/^(?:ministry|government|military|army|navy|cabinet|presidency|embassy|administration|mission)$/.test(w)) return true;
    if (!PORTFOLIO_WORDS.has(w) && !INSTITUTION_HEADS.test(w)) return false;
  }
  return false;
}
