// What the statement stages share: the segmented text, quotes, the state and person mention at each token, the
// speech cues of each sentence, and the memory of who spoke last (for "he said", "it added").
import type { SegmentedText, Sentence, Token } from "../sentences.js";
import { mentionAtToken } from "../sentences.js";
import type { StateMention } from "../states.js";
import type { PeopleResult, PersonEntity } from "../people.js";
import type { Span, StatementKind } from "../types.js";
import { findQuotes, QuoteIndex, type QuoteSpan } from "./quotes.js";
import { collectCues, type Cue } from "./cues.js";
import { RecentPeople } from "../people/recent-people.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

export interface Speaker {
  person: PersonEntity | null;
  stateCode: string | null;
  /** The words naming the speaker and the cue verb ("Foreign Minister X said"), excluded when finding targets. */
  attribution: Span | null;
  cue: string | null;
  confidence: number;
  /** Found through a relative pronoun ("X, who said …"): not remembered for later "he said" and quotes. */
  embedded?: boolean;
  /** A pronoun that continues the unnamed speaker before it (rule speaker.pronoun-not-content). */
  continued?: boolean;
}

export interface RawStatement {
  kind: StatementKind;
  start: number;
  end: number;
  sentenceIndex: number;
  /** The spoken content: quote interiors, or the reported clause. Used for sentiment, type, topics and targets. */
  content: Span[];
  speaker: Speaker;
  /** Lemma of the cue verb ("warn", "condemn"), when there is one. */
  cue: string | null;
  confidence: number;
}

export interface StatementInput {
  seg: SegmentedText;
  states: StateMention[];
  people: PeopleResult;
  /** The state of the article's dateline (datelines.ts), if any. */
  datelineState?: string | null;
}

export interface StatementScan {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  quoteIndex: QuoteIndex;
  people: PeopleResult;
  peopleByKey: Map<string, PersonEntity>;
  /** Who was mentioned last before a point ("he said", "the minister said"). */
  recentPeople: RecentPeople;
  stateAtToken: (StateMention | null)[];
  /** Key of the person mentioned at each token. */
  personAtToken: (string | null)[];
  cuesBySentence: Cue[][];
  /** Cue tokens already used as the attribution of a quote. */
  consumedCues: Set<number>;
  memory: {
    lastSpeaker: { speaker: Speaker; sentenceIndex: number } | null;
    /** The state of the last statement spoken by a state (for "it said", "the ministry added"). */
    lastStateSpeaker: string | null;
  };
}

/**
 * Rule speaker.dateline-state: before any state has spoken, a body named without its state ("the foreign ministry
 * said", "it said") is the government of the place the story was filed from ("ALGIERS - …, the ministry of Foreign
 * Affairs said"): the dateline state stands in for the last state that spoke.
 */
const DATELINE_STATE_RULE = "speaker.dateline-state";
registerRules([DATELINE_STATE_RULE]);

function datelineSpeaker(state: string | null): string | null {
  if (!state || !ruleEnabled(DATELINE_STATE_RULE)) return null;
  noteFired(DATELINE_STATE_RULE);
  return state;
}

export function buildScan(input: StatementInput): StatementScan {
  const { seg, states, people } = input;
  const { text, tokens, sentences } = seg;
  const quotes = findQuotes(text);
  const stateAtToken = mentionAtToken(tokens, states);
  const personAtToken = mentionAtToken(tokens, people.mentions).map((m) => m?.key ?? null);
  const quoteIndex = new QuoteIndex(quotes);
  const cuesBySentence = collectCues(seg, stateAtToken, (offset) => quoteIndex.insideAny(offset));
  return {
    text,
    tokens,
    sentences,
    quotes,
    quoteIndex,
    people,
    peopleByKey: new Map(people.people.map((p) => [p.key, p])),
    recentPeople: new RecentPeople(people, text, sentences),
    stateAtToken,
    personAtToken,
    cuesBySentence,
    consumedCues: new Set(),
    memory: { lastSpeaker: null, lastStateSpeaker: datelineSpeaker(input.datelineState ?? null) },
  };
}

export function personSpeaker(
  p: PersonEntity,
  attribution: Span,
  cue: string | null,
  confidence: number,
  fallbackState: string | null,
): Speaker {
  return { person: p, stateCode: p.stateCode ?? fallbackState, attribution, cue, confidence };
}

export function stateSpeaker(stateCode: string | null, attribution: Span, cue: string | null, confidence: number): Speaker {
  return { person: null, stateCode, attribution, cue, confidence };
}

/** Remembers a statement's speaker for later pronouns and "it said". */
export function rememberSpeaker(scan: StatementScan, speaker: Speaker, sentenceIndex: number): void {
  if (speaker.embedded) return;
  scan.memory.lastSpeaker = { speaker, sentenceIndex };
  if (speaker.stateCode && !speaker.person) scan.memory.lastStateSpeaker = speaker.stateCode;
}
