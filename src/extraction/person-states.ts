// Stage 3b: the state of people whose name is not introduced by a demonym or possessive. Linguistic cues only:
// offices that exist in one state only, a state inside the role ("an assistant minister at the UAE foreign ministry"),
// the speaker's own capital framing the statement ("In Kyiv, Foreign Minister X said", "X told reporters in Canberra"),
// and later state-bearing mentions ("the Japanese minister", "Japan's X") propagating back. After the statements are
// found, their clauses ("said Manila would lodge a protest") and then the article around them (people/article-states.ts)
// give the rest.
import { tokenAt, type SegmentedText } from "./sentences.js";
import type { StateMention } from "./states.js";
import type { PeopleResult, PersonEntity } from "./people.js";
import type { RawStatement } from "./statements.js";
import { PERSON_TITLES, PORTFOLIO_WORDS, ROLE_WORDS } from "./lexicon.js";
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";
import { firstInSentence, firstStartingAt, firstWithin, startingWithin } from "./span-search.js";
import { joinUnnamedTitles } from "./people/unnamed-title.js";
import { isNationalOffice } from "./people/national-office.js";
import { statesFromArticleSpeakers } from "./people/article-states.js";

/**
 * Offices that exist in exactly one state (domain knowledge, not names of office holders). "Secretary of State" is
 * American only when unqualified: Britain has Secretaries of State *for* a portfolio.
 */
export const SINGLE_STATE_OFFICES: [RegExp, string][] = [
  [/\b(?:vice[ -])?chief cabinet secretary\b/i, "JP"],
  [/\b(?:taoiseach|t[aá]naiste)\b/i, "IE"],
  [/\bchancellor of the exchequer\b/i, "GB"],
  [/^(?:the\s+)?(?:deputy\s+)?secretary of state$/i, "US"],
  [/\bstate council(?:l)?or\b/i, "CN"],
];

export function singleStateOffice(role: string | null): string | null {
  if (!role) return null;
  for (const [re, code] of SINGLE_STATE_OFFICES) if (re.test(role.trim())) return code;
  return null;
}

/** Sentence-level context that makes a location someone visits rather than their home. */
const VISIT_CUE =
  /\b(?:gathered|attend(?:s|ed|ing)?|visit(?:s|ed|ing)?|trip|tour|arriv(?:e|ed|ing)|travel(?:l?ed|l?ing)?|summit|talks with|met|meeting with|hosted by|host(?:s|ed)?|exile|embassy)\b/i;
/** "told reporters in", "said in", "speaking in", "a news conference in" right before a capital. */
const SPEECH_IN =
  /\b(?:told|said|says|speaking|spoke|addressing|addressed|briefing|news conference|press conference|interview|address|remarks)\b(?:\s+[\w'’-]+){0,3}?\s+in\s+$/i;

/**
 * Fills `stateCode` of stateless people from the cues above. Mutates the entities. Person and state mentions are
 * sorted by start: each sentence looks up only its own.
 */
export function inferPersonStates(seg: SegmentedText, stateMentions: StateMention[], result: PeopleResult): void {
  const { text, sentences } = seg;
  const byKey = new Map(result.people.map((p) => [p.key, p]));
  const set = (p: PersonEntity | undefined, code: string | null) => {
    if (p && code && !p.stateCode) p.stateCode = code;
  };
  // 1. Offices of one state.
  for (const p of result.people) set(p, singleStateOffice(p.role));

  // 2. Location framing by the speaker's own capital.
  for (const sentence of sentences) {
    const inSentence = startingWithin(result.mentions, sentence.start, sentence.end).filter((m) => m.end <= sentence.end);
    if (inSentence.length === 0) continue;
    const stext = text.slice(sentence.start, sentence.end);
    if (VISIT_CUE.test(stext)) continue;
    const capitals = startingWithin(stateMentions, sentence.start, sentence.end).filter(
      (m) => m.kind === "CAPITAL" && m.end <= sentence.end,
    );
    for (const c of capitals) {
      // "In Kyiv, Foreign Minister X said": a fronted locative, then the first person of the sentence.
      const lead = text.slice(sentence.start, c.start);
      if (/^\s*(?:In|From)\s+$/.test(lead) && /^\s*,/.test(text.slice(c.end, c.end + 2))) {
        const first = inSentence.find((m) => m.start > c.end);
        const p = first ? byKey.get(first.key) : undefined;
        if (p && isNationalOffice(p, text)) set(p, c.code);
        // A paragraph-initial frame scopes over its paragraph: the officials named at the start of its later sentences
        // ("In Tokyo, X said … . Defence Minister Y said …") speak from there too.
        if (/(?:^|\n)\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start))) {
          const paraEnd = text.indexOf("\n", c.end);
          for (let i = sentence.index + 1; i < sentences.length; i++) {
            const later = sentences[i]!;
            if (paraEnd >= 0 && later.start >= paraEnd) break;
            if (VISIT_CUE.test(text.slice(later.start, later.end))) continue;
            const m0 = firstWithin(result.mentions, later);
            // Only a sentence opening with "<title> <name>" (no other state in front of the name).
            if (!m0 || startingWithin(stateMentions, later.start, m0.start).some((x) => x.end <= m0.start)) continue;
            const q = byKey.get(m0.key);
            if (q && isNationalOffice(q, text) && /^[\s"“]*(?:[A-Z][\w'’.-]*\s+){1,5}$/.test(text.slice(later.start, m0.start)))
              set(q, c.code);
          }
        }
        continue;
      }
      // "X told reporters in Canberra", "X, speaking in Manila, said": the nearest person before the phrase.
      const before = text.slice(Math.max(sentence.start, c.start - 60), c.start);
      if (!SPEECH_IN.test(before)) continue;
      const prev = [...inSentence].reverse().find((m) => m.end <= c.start);
      const p = prev ? byKey.get(prev.key) : undefined;
      if (p && isNationalOffice(p, text)) set(p, c.code);
    }
  }

  // 3. Later definite descriptions naming the state: "the Japanese minister", "the North Korean leader".
  statesFromDefiniteDescriptions(seg, stateMentions, result, byKey, set);
  // 4. "Mongolian President X and Prime Minister Y".
  statesFromCoordinatedTitles(text, stateMentions, result, byKey, set);
}

/**
 * Rule people.coordinated-title: "Mongolian President X and Prime Minister Y", "Japan's Foreign Minister X and Defence
 * Minister Y": a national official named right after "and" and a title, following an official whose state comes from
 * the adjective or possessive before his own title, shares that state (a second official of another state is
 * introduced with his own adjective).
 */
const COORDINATED_TITLE_RULE = "people.coordinated-title";
const TITLE_WORDS = new Set([...PERSON_TITLES, ...ROLE_WORDS, ...PORTFOLIO_WORDS]);
registerRules([COORDINATED_TITLE_RULE]);

function statesFromCoordinatedTitles(
  text: string,
  stateMentions: StateMention[],
  result: PeopleResult,
  byKey: Map<string, PersonEntity>,
  set: (p: PersonEntity | undefined, code: string | null) => void,
): void {
  if (!ruleEnabled(COORDINATED_TITLE_RULE)) return;
  const mentions = result.mentions;
  for (let i = 1; i < mentions.length; i++) {
    const [first, second] = [mentions[i - 1]!, mentions[i]!];
    const p = byKey.get(first.key);
    const q = byKey.get(second.key);
    if (!p?.stateCode || !q || q.stateCode || first.sentenceIndex !== second.sentenceIndex) continue;
    // Only title words between "and" and the name: "and Somaliland President X" is not the first one's state.
    const between = /^\s+and\s+((?:[A-Z][\w.'’-]*\s+){1,4})$/.exec(text.slice(first.end, second.start));
    if (!between?.[1]!.split(/\s+/).every((w) => !w || TITLE_WORDS.has(w.toLowerCase().replace(/[,.]$/, "")))) continue;
    const adjective = stateMentions[firstStartingAt(stateMentions, first.start) - 1];
    if (!adjective || adjective.code !== p.stateCode || adjective.kind === "CAPITAL") continue;
    if (!/^(?:['’]s)?\s+(?:[A-Z][\w.'’-]*\s+){1,4}$/.test(text.slice(adjective.end, first.start))) continue;
    if (!isNationalOffice(q, text)) continue;
    noteFired(COORDINATED_TITLE_RULE);
    set(q, p.stateCode);
  }
}

/** Later definite descriptions naming the state ("the Japanese minister"), not a title before a name. */
function statesFromDefiniteDescriptions(
  seg: SegmentedText,
  stateMentions: StateMention[],
  result: PeopleResult,
  byKey: Map<string, PersonEntity>,
  set: (p: PersonEntity | undefined, code: string | null) => void,
): void {
  const { text, tokens } = seg;
  // 3. Later definite descriptions naming the state: "the Japanese minister", "the North Korean leader" (not a title
  // before a name).
  for (const m of stateMentions) {
    const isDemonym = m.kind === "DEMONYM";
    let k = tokenIndexAt(tokens, m.end);
    if (k < 0) continue;
    const startTok = tokenIndexAt(tokens, m.start, true);
    const prev = tokens[startTok - 1]?.lower;
    // "the Japanese minister", and a name used as a modifier: "the U.S. president", "the Solomons leader".
    const modifier = isDemonym || m.kind === "NAME" || m.kind === "ABBREVIATION";
    if (tokens[k]?.lower === "'s" || tokens[k]?.lower === "’s") k++;
    else if (!modifier || prev !== "the") continue;
    let steps = 0;
    while (
      tokens[k] &&
      steps < 3 &&
      !PERSON_TITLES.has(tokens[k]!.lower) &&
      (ROLE_WORDS.has(tokens[k]!.lower) || PORTFOLIO_WORDS.has(tokens[k]!.lower)) &&
      tokens[k]!.lower !== "the" &&
      tokens[k]!.lower !== "of"
    ) {
      k++;
      steps++;
    }
    const head = tokens[k];
    if (!head || !PERSON_TITLES.has(head.lower) || (/^\p{Lu}/u.test(head.text) && !isDemonym)) continue;
    // "the Tanzanian Head of State" describes a leader.
    const headOfState =
      head.lower === "head" && tokens[k + 1]?.lower === "of" && /^(?:state|government)$/.test(tokens[k + 2]?.lower ?? "");
    const headWord = headOfState ? "leader" : head.lower;
    if (!/^(?:minister|president|leader|premier|chancellor|secretary|spokesperson|spokesman|spokeswoman)$/.test(headWord))
      continue;
    // Not a title before a name ("the Japanese minister Hayashi" is handled by the name's own candidate).
    // Nor a title before a name in apposition ("Hungary's foreign minister, Peter Szijjarto, said").
    const named = (t: (typeof tokens)[number] | undefined) =>
      t !== undefined && result.mentions[firstStartingAt(result.mentions, t.start)]?.start === t.start;
    if (named(tokens[k + 1]) || (tokens[k + 1]?.text === "," && named(tokens[k + 2]))) continue;
    if (!headOfState && tokens[k + 1] && /^(?:of|for|to)$/.test(tokens[k + 1]!.lower)) continue;
    const p = nominalAntecedent(result, byKey, headWord, m.start, tokens[k]!.sentenceIndex, m.code);
    if (p && isNationalOffice(p, text)) set(p, m.code);
  }
}

/**
 * The most recent person before `offset` (within six sentences) whose role has `head`. A person named in the
 * description's own sentence is not its antecedent: there the description is someone else ("X said, when asked
 * about the Chinese spokesman's remarks"). A person already known to be of the description's state `code` is its
 * antecedent before any more recent one of unknown state, and one of another state never is.
 */
function nominalAntecedent(
  result: PeopleResult,
  byKey: Map<string, PersonEntity>,
  head: string,
  offset: number,
  sentenceIndex: number,
  code: string,
): PersonEntity | null {
  let best: PersonEntity | null = null;
  let bestAt = -1;
  let known = false;
  const spokes = /^spokes/.test(head);
  const { mentions } = result;
  const namedHere = new Set<string>();
  for (let i = firstInSentence(mentions, sentenceIndex); mentions[i]?.sentenceIndex === sentenceIndex; i++)
    namedHere.add(mentions[i]!.key);
  // Mentions (sorted by start, so by sentence) before both the window and `offset` cannot be the antecedent.
  const from = Math.min(firstInSentence(mentions, sentenceIndex - 6), firstStartingAt(mentions, offset));
  for (let i = from; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= offset) break;
    if (sentenceIndex - m.sentenceIndex > 6 || namedHere.has(m.key)) continue;
    const p = byKey.get(m.key);
    const role = p?.role?.toLowerCase();
    if (!p || !role) continue;
    if (p.stateCode && p.stateCode !== code) continue;
    const same = p.stateCode === code;
    if ((roleHasHead(role, head) || (spokes && /spokes/.test(role))) && (same || !known) && m.start > bestAt) {
      best = p;
      bestAt = m.start;
      known = same;
    }
  }
  return best;
}

/**
 * Offices that a later "the <state> leader" describes: heads of state and government, and their deputies (a visiting
 * deputy prime minister is "the Cambodian leader" as often as the head is).
 */
const LEADER_ROLE = /\b(?:president|prime minister|premier|chancellor|king|emir|sultan|leader)\b/;

/** Whether a role is described by the head noun of a definite description ("minister", "leader"). */
function roleHasHead(role: string, head: string): boolean {
  if (head === "leader") return LEADER_ROLE.test(role);
  return role.split(/[\s-]+/).includes(head);
}

function tokenIndexAt(tokens: SegmentedText["tokens"], offset: number, starting = false): number {
  // First token starting at or after `offset` (or the token starting exactly at it when `starting`).
  const index = tokenAt(tokens, offset);
  if (starting && tokens[index]?.start !== offset) return -1;
  return index < tokens.length ? index : -1;
}

/** "X said Bangkok would honour the ceasefire": the speaker's own government as subject of a commissive clause. */
const COMMISSIVE =
  /^\s+(?:(?:would|will)\s+(?:(?:also|still|not|never)\s+)?\w+|(?:was|is|stood|stands|remained|remains)\s+(?:(?:also|still)\s+)?(?:ready|prepared|committed|willing)|(?:had|has)\s+(?:(?:also|already)\s+)?(?:lodged|protested|conveyed)|(?:has|had|reserves|reserved)\s+the\s+right)\b/;
const NOT_OWN = /^\s+(?:would|will)\s+(?:not\s+)?(?:face|pay|suffer|regret|be\s+(?:held|punished|made|forced|isolated))\b/;

/**
 * After statements are attributed: a stateless national official whose reported clause has a state as subject of a
 * commitment ("said Manila would lodge a protest") gets that state; then every statement of a person whose state is
 * now known, and which has no speaker state, gets it.
 */
export function inferFromStatements(
  text: string,
  stateMentions: StateMention[],
  raw: RawStatement[],
  dateline: string | null = null,
  people: PeopleResult | null = null,
): void {
  for (const r of raw) {
    const p = r.speaker.person;
    const att = r.speaker.attribution;
    if (!p || p.stateCode || !att || !isNationalOffice(p, text)) continue;
    // State mentions are sorted by start: the first one at or after the attribution's end.
    const next = stateMentions[firstStartingAt(stateMentions, att.end)];
    const m = next && next.start <= att.end + 30 ? next : undefined;
    if (
      m &&
      /^\s*(?:,?\s*(?:on|last)\s+\w+,?\s+)?(?:that\s+)?(?:the\s+)?$/.test(text.slice(att.end, m.start)) &&
      ownGovernmentSubject(text, m)
    ) {
      p.stateCode = m.code;
      continue;
    }
    // A coordinated complement: "said the launch showed … and that Japan would strengthen its defences".
    const coordinated = startingWithin(stateMentions, att.end, r.end).find(
      (x) =>
        x.end <= r.end &&
        /\b(?:and|but)\s+that\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.start - 16), x.start)) &&
        ownGovernmentSubject(text, x),
    );
    if (coordinated) p.stateCode = coordinated.code;
  }
  joinUnnamedTitles(text, raw);
  statesFromArticleSpeakers(text, raw, dateline, people, stateMentions);
  for (const r of raw) {
    if (r.speaker.person?.stateCode && !r.speaker.stateCode) r.speaker.stateCode = r.speaker.person.stateCode;
  }
}

/** Whether the state mention `m` is the subject of a commitment by its own government ("Manila would lodge…"). */
export function ownGovernmentSubject(text: string, m: StateMention): boolean {
  const after = text.slice(m.end, m.end + 40);
  return m.kind !== "DEMONYM" && COMMISSIVE.test(after) && !NOT_OWN.test(after);
}
