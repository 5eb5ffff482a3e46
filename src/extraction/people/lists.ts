// People named in a list that a sentence qualifies as a whole: "individuals sanctioned by the UN, including X and
// Y" (all sanctioned, with the sentence's sanction phrase as the note) and "Iran's delegation, led by X and
// including Y" (all of that state).
import type { SegmentedText } from "../sentences.js";
import type { StateMention } from "../states.js";
import type { PeopleResult, PersonMention } from "../people.js";
import { registerRules, ruleEnabled } from "../rules/registry.js";

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

function sentenceMentions(seg: SegmentedText, result: PeopleResult, index: number): PersonMention[] {
  return result.mentions.filter((m) => m.sentenceIndex === index);
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
  for (const sentence of seg.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const re = /\bdelegation\b/g;
    for (let hit = re.exec(s); hit; hit = re.exec(s)) {
      const at = sentence.start + hit.index;
      // The delegation's state: "<state>('s) delegation" or "delegation of/from <state>".
      const before = stateMentions.find((m) => m.end <= at && /^(?:['’]s)?\s+(?:[a-z]+\s+)?$/.test(text.slice(m.end, at)));
      const after = stateMentions.find(
        (m) => m.start > at && /^\s+(?:of|from)\s+(?:the\s+)?$/.test(text.slice(at + 10, m.start)),
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
