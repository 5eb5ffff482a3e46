// Name candidates: runs of capitalised words (with particles and hyphens: "von der Leyen", "al-Burhan") outside state
// names, with leading titles split off as the role and the state taken from a demonym or possessive before it.
import { nameAbbreviationDot, type SegmentedText, type Token } from "../sentences.js";
import type { StateMention } from "../states.js";
import { NON_NAME_CAPS, PERSON_TITLES, PORTFOLIO_WORDS, ROLE_WORDS } from "../lexicon.js";
import { isUpperInitial } from "../text-utils.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import { honorificAt, isHonorificWord } from "./honorifics.js";
import { MILITARY_RANK_RULE, militaryRankAt } from "./military-ranks.js";

export interface Candidate {
  nameStart: number; // token index
  nameEnd: number; // exclusive
  roleStart: number; // token index of the first role token (== nameStart when none)
  role: string | null;
  stateCode: string | null;
  hasTitle: boolean;
  accepted: boolean;
}

export const PARTICLES = new Set([
  "bin",
  "al",
  "el",
  "de",
  "van",
  "von",
  "der",
  "da",
  "dos",
  "du",
  "di",
  "ibn",
  "la",
  "le",
  "ben",
  "abu",
]);

export function isCapWord(t: Token): boolean {
  if (!isUpperInitial(t.text)) return false;
  // Words with letters (and maybe inner apostrophes, dots for initials).
  return /^[\p{L}][\p{L}'’.]*$/u.test(t.text) && t.lower !== "'s";
}

/**
 * Rule people.weekday-stop: a weekday ends a name ("his Russian counterpart Dmitry Medvedev Monday agreed", wire
 * copy's "X Tuesday said"); no person's name ends in one, and a run with it is no plausible name at all.
 */
const WEEKDAY_STOP_RULE = "people.weekday-stop";
registerRules([WEEKDAY_STOP_RULE]);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The last token of the name that starts at `j` and continues on the same line of capitalised words. */
function extendName(seg: SegmentedText, stateAt: (StateMention | null)[], i: number): number {
  const { tokens, text } = seg;
  const sameGap = (a: number, b: number) => {
    const gap = text.slice(tokens[a]!.end, tokens[b]!.start);
    return gap === " " || gap === "";
  };
  const t = tokens[i]!;
  let j = i;
  for (;;) {
    const next = j + 1;
    const tn = tokens[next];
    if (!tn || tn.sentenceIndex !== t.sentenceIndex) return j;
    const after = tokens[next + 1];
    if (
      (tn.text === "-" || tn.text === "‐") &&
      after &&
      sameGap(j, next) &&
      text.slice(tn.end, after.start) === "" &&
      /^\p{L}+$/u.test(after.text) &&
      !stateAt[next + 1]
    ) {
      j = next + 1;
      continue;
    }
    // "Ma. Theresa Lazaro", "Maj. Gen. Pat Ryder": the dot of an abbreviated first name or rank.
    if (nameAbbreviationDot(tokens, next) && after && isCapWord(after) && text.slice(tn.end, after.start) === " ") {
      j = next + 1;
      continue;
    }
    // "Prime Minister Dato' Sri X": an honorific with an apostrophe continues the run.
    const honorific = isCapWord(tn) && sameGap(j, next) ? honorificAt(tokens, next) : 0;
    if (honorific > 1) {
      j = next + honorific - 1;
      continue;
    }
    if (WEEKDAY.test(tn.lower) && ruleEnabled(WEEKDAY_STOP_RULE)) {
      noteFired(WEEKDAY_STOP_RULE);
      return j;
    }
    if (
      (tn.text.startsWith("-") && tn.text.length > 1 && tn.start === tokens[j]!.end) ||
      (isCapWord(tn) && !stateAt[next] && sameGap(j, next) && tn.start > tokens[j]!.end)
    ) {
      j = next;
      continue;
    }
    if (!PARTICLES.has(tn.lower) || !sameGap(j, next)) return j;
    // "von der Leyen", "bin Salman", "al-Burhan".
    let k = next;
    while (tokens[k + 1] && PARTICLES.has(tokens[k + 1]!.lower) && sameGap(k, k + 1)) k++;
    const head = tokens[k + 1];
    if (
      head &&
      head.text === "-" &&
      head.start === tokens[k]!.end &&
      tokens[k + 2] &&
      isCapWord(tokens[k + 2]!) &&
      tokens[k + 2]!.start === head.end
    ) {
      j = k + 2;
      continue;
    }
    if (head && isCapWord(head) && !stateAt[k + 1] && sameGap(k, k + 1)) {
      j = k + 1;
      continue;
    }
    return j;
  }
}

/** Every run of capitalised words outside state names, as a candidate with its role and state. */
export function collectCandidates(seg: SegmentedText, stateAt: (StateMention | null)[]): Candidate[] {
  const { tokens } = seg;
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapWord(tokens[i]!) || stateAt[i]) {
      i++;
      continue;
    }
    const j = extendName(seg, stateAt, i + Math.max(0, honorificAt(tokens, i) - 1));
    candidates.push(makeCandidate(seg, stateAt, i, j + 1));
    i = j + 1;
  }
  return candidates;
}

const KINSHIP = new Set(["son", "daughter", "brother", "sister", "wife", "husband"]);
/**
 * Rule people.title-in-name: honorifics that are also parts of Arabic and Somali names. Leading, they are a title
 * ("Sheikh Tamim bin Hamad"); after a given name inside the name they are part of it ("President Hassan Sheikh
 * Mohamud", "Minister Ahmed Sultan Hassan"), where a title would otherwise cut the name at them.
 */
const TITLE_IN_NAME_RULE = "people.title-in-name";
registerRules([TITLE_IN_NAME_RULE]);
const NAME_PART_TITLES = new Set(["sheikh", "shaikh", "sultan"]);
const STYLES_OF_ADDRESS = /^(?:highness|excellency|majesty)$/;

/** Whether token r, a title word, is part of the name that starts at nameStart (see NAME_PART_TITLES). */
function titleInName(tokens: Token[], nameStart: number, r: number): boolean {
  const token = tokens[r]!;
  if (KINSHIP.has(token.lower) && /^\p{Lu}/u.test(token.text)) return true;
  if (r <= nameStart || !NAME_PART_TITLES.has(token.lower) || !ruleEnabled(TITLE_IN_NAME_RULE)) return false;
  // After a title or a style of address ("His Highness Sheikh Tamim") it is still a title.
  if (ROLE_WORDS.has(tokens[r - 1]!.lower) || STYLES_OF_ADDRESS.test(tokens[r - 1]!.lower)) return false;
  noteFired(TITLE_IN_NAME_RULE);
  return true;
}

/** Rule people.title-suffix: a hyphenated suffix after a title belongs to it ("Secretary-General", "President-elect"). */
const TITLE_SUFFIX = /^[-‐](?:general|elect|designate|nominee)$/;
registerRules(["people.title-suffix"]);

/** Drops sentence-initial function words and leading titles ("Foreign Minister", "Marshal") from [from, to). */
function splitLeadingTitles(tokens: Token[], from: number, to: number): { nameStart: number; hasTitle: boolean } {
  let nameStart = from;
  let hasTitle = false;
  while (nameStart < to) {
    const lower = tokens[nameStart]!.lower;
    // Rule people.honorific (honorifics.ts): "Mr Trump" is a later mention of Donald Trump, "Datuk Seri Anwar
    // Ibrahim" is Anwar Ibrahim.
    const honorific = honorificAt(tokens, nameStart);
    // Rule people.military-rank (military-ranks.ts): "Lt Gen Yasir al-Atta" is Yasir al-Atta.
    const rank = militaryRankAt(tokens, nameStart);
    if (honorific > 0 && to - nameStart > honorific) {
      hasTitle = true;
      nameStart += honorific;
    } else if (rank > 0 && to - nameStart > rank) {
      noteFired(MILITARY_RANK_RULE);
      hasTitle = true;
      nameStart += rank;
    } else if (
      nameStart > from &&
      (TITLE_SUFFIX.test(lower) || (/^[-‐]$/.test(lower) && TITLE_SUFFIX.test(`-${tokens[nameStart + 1]?.lower ?? ""}`))) &&
      ruleEnabled("people.title-suffix")
    ) {
      nameStart += lower.length === 1 ? 2 : 1;
    } else if (ROLE_WORDS.has(lower)) {
      if (PERSON_TITLES.has(lower)) hasTitle = true;
      nameStart++;
    } else if (
      nameStart > from &&
      ROLE_WORDS.has(tokens[nameStart - 1]!.lower) &&
      (/^[-‐](?:elect|designate|nominee)$/.test(lower) ||
        (/^[-‐]$/.test(lower) && /^(?:elect|designate|nominee)$/.test(tokens[nameStart + 1]?.lower ?? "")))
    ) {
      // "President-elect", "Minister-designate": the suffix belongs to the title.
      nameStart += lower.length === 1 ? 2 : 1;
    } else if (NON_NAME_CAPS.has(lower)) {
      nameStart++;
    } else break;
  }
  // A title inside the sequence ("IAEA Director General Rafael Grossi"): the name starts after the last title run.
  for (let r = to - 2; r >= nameStart; r--) {
    // Kinship nouns are titles only in lower case ("his son X"); capitalised inside a name they are name parts
    // ("Choe Son Hui").
    if (PERSON_TITLES.has(tokens[r]!.lower) && !titleInName(tokens, nameStart, r)) {
      let e = r + 1;
      while (e < to - 1 && ROLE_WORDS.has(tokens[e]!.lower)) e++;
      return { nameStart: e, hasTitle: true };
    }
  }
  return { nameStart, hasTitle };
}

/**
 * After "<title> for/of": "High Commissioner for Refugees Filippo Grandi" (a leading plural noun) or "Minister for
 * Climate Change Ralph Regenvanu" (portfolio words) belong to the title, as long as two words remain for the name. Returns the new name start, or null when the title does not bridge.
 */
function bridgeTitle(tokens: Token[], from: number, to: number, nameStart: number): number | null {
  const before = tokens[from - 1];
  if (!before || (before.lower !== "for" && before.lower !== "of")) return null;
  // Only after a title: "on behalf of President Andrés Manuel López Obrador" has no plural noun in its name.
  const titleBefore = tokens[from - 2];
  if (!titleBefore || !PERSON_TITLES.has(titleBefore.lower)) return null;
  if (to - nameStart >= 3 && /[^s]s$/.test(tokens[nameStart]!.text)) return nameStart + 1;
  let e = nameStart;
  while (to - e > 2 && (PORTFOLIO_WORDS.has(tokens[e]!.lower) || ROLE_WORDS.has(tokens[e]!.lower))) e++;
  return e > nameStart ? e : null;
}

/**
 * Rule people.role-modifiers: words that date or qualify an office ("Argentina's newly elected president X", "the
 * country's former prime minister X", "Japan's incoming foreign minister X") belong to the role, so the state before
 * them is the person's.
 */
export const ROLE_MODIFIER_RULE = "people.role-modifiers";
registerRules([ROLE_MODIFIER_RULE]);
export const ROLE_MODIFIERS =
  /^(?:newly|elected|newly-elected|re-elected|inaugurated|appointed|incoming|outgoing|acting|former|interim|current|then|new|long-serving|veteran|powerful)$/;

/**
 * Walks back from the name over role words (any case), stopping at a state (demonym or possessive) which gives the
 * state. Returns the token before the first role word.
 */
function walkBackRole(
  tokens: Token[],
  stateAt: (StateMention | null)[],
  from: number,
  roleBridge: boolean,
): { k: number; stateCode: string | null; hasTitle: boolean } {
  let k = from - 1;
  let hasTitle = false;
  for (let steps = 0; k >= 0 && steps < 8; steps++) {
    const t = tokens[k]!;
    if (t.sentenceIndex !== tokens[from]!.sentenceIndex) break;
    if (stateAt[k]) {
      // "Ambassador to the Philippines X": the state after "to" is where the person serves, not theirs; keep walking
      // back to the sending state ("U.S. Ambassador to …").
      let b = k;
      while (b > 0 && stateAt[b - 1] === stateAt[k]) b--;
      let to = b - 1;
      if (tokens[to]?.lower === "the") to--;
      if (
        to > 0 &&
        tokens[to]!.lower === "to" &&
        /^(?:ambassador|envoy|consul|representative|delegate)$/i.test(tokens[to - 1]!.lower)
      ) {
        k = to - 1;
        continue;
      }
      return { k, stateCode: stateAt[k]!.code, hasTitle };
    }
    if (t.lower === "'s" || t.lower === "’s")
      return { k, stateCode: k > 0 && stateAt[k - 1] ? stateAt[k - 1]!.code : null, hasTitle };
    if (roleBridge && k === from - 1 && (t.lower === "for" || t.lower === "of")) {
      k--;
      continue;
    }
    if (ROLE_MODIFIERS.test(t.lower) && ruleEnabled(ROLE_MODIFIER_RULE) && k < from - 1) {
      noteFired(ROLE_MODIFIER_RULE);
      k--;
      continue;
    }
    if (!ROLE_WORDS.has(t.lower) || t.lower === "the" || t.lower === "his" || t.lower === "her") {
      const institution = hasTitle ? stateBeforeInstitution(tokens, stateAt, k) : -1;
      if (institution >= 0) return { k: institution, stateCode: stateAt[institution]!.code, hasTitle };
      break;
    }
    if (PERSON_TITLES.has(t.lower)) hasTitle = true;
    k--;
  }
  return { k, stateCode: null, hasTitle };
}

/**
 * Rule people.state-institution-title: "China Coast Guard spokesperson Gan Yu", "Philippine Coast Guard spokesman X":
 * a state names the body (up to three capitalised words) whose title comes before the name. Returns the state's last
 * token, or -1.
 */
const STATE_INSTITUTION_RULE = "people.state-institution-title";
registerRules([STATE_INSTITUTION_RULE]);

function stateBeforeInstitution(tokens: Token[], stateAt: (StateMention | null)[], k: number): number {
  let j = k;
  while (j >= 0 && k - j < 3 && !stateAt[j] && isCapWord(tokens[j]!) && tokens[j]!.sentenceIndex === tokens[k]!.sentenceIndex)
    j--;
  if (j < 0 || j === k || !stateAt[j] || !ruleEnabled(STATE_INSTITUTION_RULE)) return -1;
  noteFired(STATE_INSTITUTION_RULE);
  return j;
}

/**
 * Rule people.portfolio-chain: a portfolio of several words joined by "and" belongs to the title before it ("Minister
 * of Transport and Civil Aviation X", "Vice Premier for Law and Security X"). For a name run right after such an "and"
 * (with no title of its own), returns the index of the title token before "of"/"for", else -1.
 */
const PORTFOLIO_CHAIN_RULE = "people.portfolio-chain";
registerRules([PORTFOLIO_CHAIN_RULE]);

function portfolioChainTitle(tokens: Token[], from: number): number {
  if (!/^(?:and|&)$/.test(tokens[from - 1]?.lower ?? "")) return -1;
  const s = tokens[from]!.sentenceIndex;
  for (let k = from - 2; k >= 1 && from - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.sentenceIndex !== s) return -1;
    if (t.lower === "of" || t.lower === "for") {
      const title = tokens[k - 1]!;
      return k < from - 2 && PERSON_TITLES.has(title.lower) && /^\p{Lu}/u.test(title.text) ? k - 1 : -1;
    }
    if (!isCapWord(t) && t.lower !== "the") return -1;
  }
  return -1;
}

/**
 * Rule people.chain-name-words: after a portfolio chain, the name is counted in words, not tokens: a hyphenated
 * surname is one word ("Minister of Defence and Military Veterans Nosiviwe Mapisa-Nqakula"), and a portfolio word is
 * never part of the name ("Minister of Economy and Sustainable Development Levan Davitashvili").
 */
const CHAIN_NAME_WORDS_RULE = "people.chain-name-words";
registerRules([CHAIN_NAME_WORDS_RULE]);

function chainNameStart(tokens: Token[], from: number, to: number, start: number): number {
  if (start >= to || !ruleEnabled(CHAIN_NAME_WORDS_RULE)) return start;
  let k = to - 1;
  let words = 0;
  while (k >= from && words < 3) {
    const joined = k - 2 >= from && /^[-‐]$/.test(tokens[k - 1]!.text) ? k - 2 : k;
    const first = tokens[joined]!;
    if (PORTFOLIO_WORDS.has(first.lower) || ROLE_WORDS.has(first.lower) || !isCapWord(first)) break;
    words++;
    k = joined - 1;
  }
  const wordStart = k + 1;
  if (wordStart === start || wordStart >= to) return start;
  noteFired(CHAIN_NAME_WORDS_RULE);
  return wordStart;
}

function makeCandidate(seg: SegmentedText, stateAt: (StateMention | null)[], from: number, to: number): Candidate {
  const { tokens, text } = seg;
  const lead = splitLeadingTitles(tokens, from, to);
  let { nameStart, hasTitle } = lead;
  const bridged = bridgeTitle(tokens, from, to, nameStart);
  const roleBridge = bridged !== null;
  if (bridged !== null) nameStart = bridged;
  const chainTitle = hasTitle || roleBridge ? -1 : portfolioChainTitle(tokens, from);
  if (chainTitle >= 0 && ruleEnabled(PORTFOLIO_CHAIN_RULE)) {
    noteFired(PORTFOLIO_CHAIN_RULE);
    // The portfolio's last words lead the run, the name is its last (at most three) words; a run of two words or
    // fewer with no role word in front is the portfolio alone ("… and Civil Aviation said").
    nameStart = nameStart > from ? Math.max(nameStart, to - 3) : to - from <= 2 ? to : Math.max(from + 1, to - 3);
    nameStart = chainNameStart(tokens, from, to, nameStart);
    hasTitle = nameStart < to;
  }
  const chained = hasTitle && chainTitle >= 0 && ruleEnabled(PORTFOLIO_CHAIN_RULE);
  const before = tokens[from - 1];
  // "governor of Essequibo": a name right after "of"/"for" is a place or body, not a person with that title.
  const blocked = nameStart === from && before !== undefined && (before.lower === "of" || before.lower === "for") && !roleBridge;
  const walk = chained
    ? walkBackRole(tokens, stateAt, chainTitle + 1, false)
    : blocked
      ? { k: from - 1, stateCode: null, hasTitle: false }
      : walkBackRole(tokens, stateAt, from, roleBridge);
  hasTitle ||= walk.hasTitle;
  let firstRole = walk.k + 1;
  while (firstRole < from && (tokens[firstRole]!.lower === "of" || tokens[firstRole]!.lower === "the")) firstRole++;
  const roleStart = firstRole < from ? firstRole : from;
  let role: string | null = null;
  // Honorifics between the role and the name are no part of the role ("Prime Minister Datuk Seri X").
  let roleEndTok = nameStart - 1;
  while (roleEndTok >= roleStart && isHonorificWord(tokens[roleEndTok]!)) roleEndTok--;
  if (roleEndTok >= roleStart) {
    role =
      text
        .slice(tokens[roleStart]!.start, tokens[roleEndTok]!.end)
        .replace(/^(?:(?:the|of|his|her)\s+)+/i, "")
        .trim() || null;
    // Only role words count, drop trailing function words that slipped in.
    if (role && !role.split(/\s+/).some((w) => PERSON_TITLES.has(w.toLowerCase()))) role = hasTitle ? role : null;
  }
  return { nameStart, nameEnd: to, roleStart, role, stateCode: walk.stateCode, hasTitle, accepted: false };
}
