// People named in a list that a sentence qualifies as a whole: "individuals sanctioned by the UN, including X and
// Y" (all sanctioned, with the sentence's sanction phrase as the note) and "Iran's delegation, led by X and
// including Y" (all of that state).
import type { SegmentedText } from "../sentences.js";
import type { StateMention } from "../states.js";
import type { PeopleResult, PersonMention } from "../people.js";
import { registerRules, ruleEnabled } from "../rules/registry.js";
import { firstInSentence, longestLength, startingWithin } from "../span-search.js";

const SANCTION_LIST = "people.sanctioned-list";
const DELEGATION_LIST = "people.delegation-state";
registerRules([SANCTION_LIST, DELEGATION_LIST]);

/** The sanction phrase of a sentence ("sanctioned by the UN Security Council", "under U.S. sanctions"). */
const SANCTION_PHRASE =
  /\b(?:sanctioned|blacklisted)(?:\s+by\s+(?:the\s+)?[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)*)?|\b(?:under|subject to|facing)\s+(?:[\w.'’-]+\s+){0,5}?sanctions\b/;
/** What opens a list of names: "including", "such as", "led by", a colon; capitalised titles may follow ("including Deputy Minister"). */
const LIST_OPENER =
  /(?:\bincluding|\bsuch as|\bamong them|\bnamely|\bled by|\bheaded by|\bcomprising|:)\s*(?:[A-Z][\w.'’-]*\s+){0,4}$/;
/** The text between two names of one list (capitalised titles allowed: ", Deputy Minister "). */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:[A-Z][\w.'’-]*\s+){0,4}$/;

/** The mentions that form a list opened within 80 characters after `from` (the first, and those joined to it). */
function listAfter(text: string, mentions: PersonMention[], from: number): PersonMention[] {
  const first = mentions.find((m) => m.start >= from);
  if (!first || first.start - from > 80 || !LIST_OPENER.test(text.slice(from, first.start))) return [];
  const list = [first];
  for (const m of mentions) {
    if (m.start <= list[list.length - 1]!.start) continue;
    if (!LIST_GAP.test(text.slice(list[list.length - 1]!.end, m.start))) break;
    list.push(m);
  }
  return list;
}

/** The mentions of one sentence: a binary search, as mentions are sorted by start and so by sentence. */
function sentenceMentions(seg: SegmentedText, result: PeopleResult, index: number): PersonMention[] {
  const { mentions } = result;
  const lo = firstInSentence(mentions, index);
  let end = lo;
  while (end < mentions.length && mentions[end]!.sentenceIndex === index) end++;
  return mentions.slice(lo, end);
}

/** Rule people.sanctioned-list: everyone listed after a sentence's sanction phrase is sanctioned, with its note. */
export function sanctionedLists(seg: SegmentedText, result: PeopleResult): void {
  if (!ruleEnabled(SANCTION_LIST)) return;
  const byKey = new Map(result.people.map((p) => [p.key, p]));
  for (const sentence of seg.sentences) {
    const hit = SANCTION_PHRASE.exec(seg.text.slice(sentence.start, sentence.end));
    if (!hit) continue;
    const from = sentence.start + hit.index + hit[0].length;
    for (const m of listAfter(seg.text, sentenceMentions(seg, result, sentence.index), from)) {
      const p = byKey.get(m.key);
      if (!p || p.sanctioned) continue;
      p.sanctioned = true;
      p.sanctionNote = hit[0].trim();
    }
  }
}

/** Rule people.delegation-state: people listed in a state's delegation ("the Iranian delegation, led by X") take that state. */
export function delegationStates(seg: SegmentedText, stateMentions: StateMention[], result: PeopleResult): void {
  if (!ruleEnabled(DELEGATION_LIST)) return;
  const byKey = new Map(result.people.map((p) => [p.key, p]));
  const { text } = seg;
  const longest = longestLength(stateMentions);
  for (const sentence of seg.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const re = /\bdelegation\b/g;
    for (let hit = re.exec(s); hit; hit = re.exec(s)) {
      const at = sentence.start + hit.index;
      // The delegation's state: "<state>('s) delegation" or "delegation of/from <state>".
      // Only mentions ending in the few words before (starting in the few words after) can qualify: state mentions
      // are sorted by start, and looking at those alone keeps a text full of "delegation" linear.
      const reach = wordsBefore(text, at);
      const before = startingWithin(stateMentions, reach - longest, at).find(
        (m) => m.end >= reach && m.end <= at && /^(?:['’]s)?\s+(?:[a-z]+\s+)?$/.test(text.slice(m.end, at)),
      );
      const after = startingWithin(stateMentions, at + 1, wordsAfter(text, at + hit[0].length) + 1).find((m) =>
        /^\s+(?:of|from)\s+(?:the\s+)?$/.test(text.slice(at + 10, m.start)),
      );
      const code = (before ?? after)?.code;
      if (!code) continue;
      const from = Math.max(at + hit[0].length, after?.end ?? 0);
      for (const m of listAfter(text, sentenceMentions(seg, result, sentence.index), from)) {
        const p = byKey.get(m.key);
        if (p && !p.stateCode) p.stateCode = code;
      }
    }
  }
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isLower = (ch: string | undefined) => ch !== undefined && ch >= "a" && ch <= "z";

/**
 * Where "<state>('s) <word> delegation" can start at the latest: before the spaces, one lower-case word and the spaces
 * before `at`, and a possessive. No state mention ending earlier is followed by only those.
 */
function wordsBefore(text: string, at: number): number {
  let i = at;
  while (isSpace(text[i - 1])) i--;
  while (isLower(text[i - 1])) i--;
  while (isSpace(text[i - 1])) i--;
  return Math.max(0, i - 2);
}

/** Where "delegation of/from (the) <state>" can put the state at the latest: after spaces, two words and spaces. */
function wordsAfter(text: string, from: number): number {
  let i = from;
  for (let word = 0; word < 2; word++) {
    while (isSpace(text[i])) i++;
    while (isLower(text[i])) i++;
  }
  while (isSpace(text[i])) i++;
  return i;
}
