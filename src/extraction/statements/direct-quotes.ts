// Direct quotes: a full quote (a sentence of its own) attributed by a cue after it (`"…," said X`), before it in
// the same sentence (`X said: "…"`), in the previous sentence ending with a colon, or continuing the last speaker;
// a quote resumed after the attribution and a reported tail (`…," she said, adding that …`) belong to it.
import { sentenceAt, tokenAt } from "../sentences.js";
import { StatementKind, type Span } from "../types.js";
import type { Cue } from "./cues.js";
import { isFullQuote, QUOTE_CHARS, type QuoteSpan } from "./quotes.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import { rememberSpeaker, type RawStatement, type Speaker, type StatementScan } from "./scan.js";
import { subjectLeft } from "./subject-left.js";
import { subjectRight } from "./subject-right.js";
import {
  ADDED_ACTS,
  COORDINATED_PARTICIPLE,
  PARTICIPLE_ACT_WORDS,
  isParticipleAct,
  noteParticipleAct,
} from "./reported-speech.js";
import { SPEECH_VERBS } from "../lexicon.js";

interface QuoteAttribution {
  cue: Cue;
  /** The sentence holding the cue (the quote's own, or the next one: `"…!" she said.`). */
  sentence: number;
}

/** A cue right after the quote: in its closing sentence, or opening the next one (`"…!" she said.`). */
function cueAfterQuote(scan: StatementScan, q: QuoteSpan, next: QuoteSpan | undefined): QuoteAttribution | null {
  const { tokens, text, sentences, cuesBySentence, personAtToken } = scan;
  const closeSentence = sentenceAt(sentences, Math.max(q.open, q.close - 1));
  const afterQuote = tokenAt(tokens, q.close);
  for (const cue of cuesBySentence[closeSentence] ?? []) {
    if (cue.token < afterQuote || cue.token > afterQuote + 8) continue;
    if (next && tokens[cue.token]!.start > next.open) continue;
    // `X said, "…," and warned that …`: a verb joined by "and" shares the subject before the quote.
    if (/^(?:and|but)$/.test(tokens[cue.token - 1]?.lower ?? "")) continue;
    return { cue, sentence: closeSentence };
  }
  const first = sentences[closeSentence + 1];
  const gap = first ? text.slice(q.close, first.start) : "";
  if (!first || !/^[\s]*$/.test(gap) || gap.includes("\n")) return null;
  for (const cue of cuesBySentence[closeSentence + 1] ?? []) {
    if (cue.token > first.tokenStart + 6) continue;
    const firstTok = tokens[first.tokenStart]!;
    if (!/^[a-z]/.test(firstTok.text) && cue.token !== first.tokenStart && !personAtToken[first.tokenStart]) continue;
    return { cue, sentence: closeSentence + 1 };
  }
  return null;
}

/** `"…," she said, "…"` or `"…," X said in a statement. "…"`: the next quote resumes the same statement. */
function resumesAfterAttribution(
  scan: StatementScan,
  q: QuoteSpan,
  next: QuoteSpan,
  speaker: Speaker,
  attributionSentence: number,
): boolean {
  const { text, sentences } = scan;
  const between = text.slice(speaker.attribution?.end ?? q.close, next.open);
  if (sentenceAt(sentences, next.open) <= attributionSentence && /^[^.!?]*[,:]\s*$/.test(between) && between.length < 60)
    return true;
  if (/^\s*[,:]\s*$/.test(between)) return true;
  const attSentence = sentences[attributionSentence]!;
  const gap = text.slice(attSentence.end, next.open);
  if (attSentence.end > next.open || !isFullQuote(text, next)) return false;
  // `"…," he said. "…," he added.`: a quote with an attribution of its own is a statement of its own.
  if (/^[ \t]*$/.test(gap)) return !cueAfterQuote(scan, next, undefined);
  return paragraphResumes(scan, next, gap);
}

/**
 * Rule quotes.paragraph-resume: `"…," X said.¶¶"…"` — a paragraph that is nothing but a quote, with no attribution
 * of its own, right after the paragraph that ends with the attribution goes on with the same statement (the guide:
 * a quote running over paragraphs under one attribution is one statement).
 */
const PARAGRAPH_RESUME_RULE = "quotes.paragraph-resume";
registerRules([PARAGRAPH_RESUME_RULE]);

function paragraphResumes(scan: StatementScan, next: QuoteSpan, gap: string): boolean {
  const { text } = scan;
  // A quote closed in its own paragraph; one left open goes on as a statement of its own (quotes.paragraph-continuation).
  if (!/^[ \t]*\n\s*$/.test(gap) || !QUOTE_CHARS.has(text[next.close - 1] ?? "") || !ruleEnabled(PARAGRAPH_RESUME_RULE))
    return false;
  const lineEnd = text.indexOf("\n", next.close);
  if (!/^[\s.]*$/.test(text.slice(next.close, lineEnd < 0 ? text.length : lineEnd))) return false;
  if (cueAfterQuote(scan, next, undefined)) return false;
  noteFired(PARAGRAPH_RESUME_RULE);
  return true;
}

/** Attribution before the quote in its own sentence (`X said: "…"`, `X told reporters, "…"`) or a colon before it. */
function cueBeforeQuote(scan: StatementScan, q: QuoteSpan, openSentence: number): Speaker | null {
  const { tokens, text, sentences, cuesBySentence, consumedCues } = scan;
  const beforeTok = tokenAt(tokens, q.open);
  const cues = (cuesBySentence[openSentence] ?? []).filter((c) => c.token < beforeTok && beforeTok - c.after <= 6);
  const cue = cues[cues.length - 1];
  const added = cue ? addedAfterAttribution(scan, cue, openSentence) : null;
  if (added) return added;
  if (cue) {
    const gap = text.slice(tokens[cue.after - 1]!.end, q.open);
    if (/[:,]\s*$|^\s*$|\bthat\s*$/.test(gap) || /^[^.!?]*$/.test(gap)) {
      const speaker = subjectLeft(scan, cue, sentences[openSentence]!.tokenStart) ?? subjectRight(scan, cue);
      if (speaker) {
        consumedCues.add(cue.token);
        return speaker;
      }
    }
  }
  // The previous sentence introduces it: `X said:`.
  if (openSentence === 0) return null;
  const prevSentence = sentences[openSentence - 1]!;
  if (!/:\s*$/.test(text.slice(prevSentence.start, q.open))) return null;
  const prevCues = cuesBySentence[openSentence - 1] ?? [];
  const prevCue = prevCues[prevCues.length - 1];
  if (!prevCue) return null;
  const speaker = subjectLeft(scan, prevCue, prevSentence.tokenStart) ?? subjectRight(scan, prevCue);
  if (speaker) consumedCues.add(prevCue.token);
  return speaker;
}

/**
 * Rule quotes.added-quote-after-clause: `X said he agreed, adding, "…"`: the quote after the participle has the
 * subject of its clause's first speech verb, not of the verb next to the participle ("agreed", whose subject is a
 * pronoun that resolves elsewhere); that first verb keeps its own reported statement.
 */
const ADDED_AFTER_CLAUSE_RULE = "quotes.added-quote-after-clause";
registerRules([ADDED_AFTER_CLAUSE_RULE]);

/**
 * Rule quotes.added-quote, when the first quote is partial (`The move "…," X said, adding, "…"`): the quote after
 * the participle has the subject of the verb before it, whose own cue stays for the partial quote's sentence.
 */
function addedAfterAttribution(scan: StatementScan, cue: Cue, openSentence: number): Speaker | null {
  const { tokens, quoteIndex } = scan;
  if (!/^(?:adding|warning)$/.test(tokens[cue.token]!.lower) || tokens[cue.token - 1]?.text !== ",") return null;
  if (!/^\s*[,:]?\s*$/.test(scan.text.slice(tokens[cue.after - 1]!.end, tokens[cue.after]?.start ?? 0))) return null;
  const cues = scan.cuesBySentence[openSentence] ?? [];
  // `X said, adding, "…"`; or (rule quotes.added-quote-after-clause) `X said he agreed, adding, "…"`: the sentence's
  // first speech verb before the participle, with no quote or clause end between them.
  let said = cues.find((c) => c.after === cue.token - 1);
  const adjacent = said;
  if (ruleEnabled(ADDED_AFTER_CLAUSE_RULE)) {
    const earlier = cues.find((c) => c.token < (said?.token ?? cue.token - 1));
    const between = earlier ? scan.text.slice(tokens[earlier.after - 1]!.end, tokens[cue.token]!.start) : "";
    if (earlier && !/["“”]/.test(between) && !/[.;:]/.test(between)) {
      said = earlier;
      noteFired(ADDED_AFTER_CLAUSE_RULE);
    }
  }
  if (!said || !ruleEnabled(ADDED_QUOTE_RULE)) return null;
  // The subject sits between the quote before the verb and the verb (`"…," the ministry said`) or after it.
  let from = scan.sentences[openSentence]!.tokenStart;
  for (let k = said.token - 1; k > from; k--)
    if (quoteIndex.insideAny(tokens[k]!.start)) {
      from = k + 1;
      break;
    }
  // `"…," he said, adding, "…"`: the quote before it was just attributed to the same verb's subject.
  const last = scan.memory.lastSpeaker;
  const speaker =
    subjectLeft(scan, said, from) ??
    subjectRight(scan, said) ??
    (last && last.sentenceIndex === openSentence ? last.speaker : null);
  if (!speaker) return null;
  noteFired(ADDED_QUOTE_RULE);
  scan.consumedCues.add(cue.token);
  // After a full quote (a statement already), the verb attributes nothing more; after a partial one it stays for
  // the partial quote's sentence.
  const saidStart = tokens[said.token]!.start;
  const before = scan.quotes.filter((q) => q.close <= saidStart && q.close >= tokens[from - 1]!.start);
  // A verb found further back (quotes.added-quote-after-clause) keeps its own reported statement.
  if (said === adjacent && before.some((q) => isFullQuote(scan.text, q))) scan.consumedCues.add(said.token);
  const verb = tokens[cue.token]!;
  const lemma = verb.lower === "warning" ? "warn" : "add";
  return {
    ...speaker,
    attribution: { start: verb.start, end: verb.end },
    cue: lemma,
    confidence: Math.min(speaker.confidence, 0.75),
  };
}

/**
 * No attribution next to it: an unused cue later in its closing sentence (`"…," X, a spokesman for …, told
 * reporters`: the subject is too far for cueAfterQuote), the last speaker (within three sentences), or any unused
 * cue of its closing sentence.
 */
function fallbackSpeaker(scan: StatementScan, q: QuoteSpan, openSentence: number, closeSentence: number): Speaker | null {
  const afterQuote = tokenAt(scan.tokens, q.close);
  const later = (scan.cuesBySentence[closeSentence] ?? []).filter((c) => c.token >= afterQuote);
  const previous = scan.memory.lastSpeaker;
  return (
    cueSpeaker(scan, later, closeSentence) ??
    (previous && openSentence - previous.sentenceIndex <= 3
      ? { ...previous.speaker, attribution: null, confidence: 0.6 }
      : null) ??
    cueSpeaker(scan, scan.cuesBySentence[closeSentence] ?? [], closeSentence)
  );
}

/** The speaker of the first unused cue of `cues` that has one (the cue is then used). */
function cueSpeaker(scan: StatementScan, cues: Cue[], closeSentence: number): Speaker | null {
  for (const cue of cues) {
    if (scan.consumedCues.has(cue.token)) continue;
    const speaker = subjectLeft(scan, cue, scan.sentences[closeSentence]!.tokenStart) ?? subjectRight(scan, cue);
    if (speaker) {
      scan.consumedCues.add(cue.token);
      return speaker;
    }
  }
  return null;
}

const TAIL_ACTS = `(?:adding|saying|warning|describing|arguing|${PARTICIPLE_ACT_WORDS})\\b`;
/** The words between the attribution and the comma of its tail: none, or (rule quotes.tail-after-adverbial) a few. */
const REPORTED_TAIL = new RegExp(`^\\s*(?=,\\s*${TAIL_ACTS})`);
const ADVERBIAL_TAIL = new RegExp(`^[^,;:.!?"“”\\n]{1,60}?(?=,\\s*${TAIL_ACTS})`);
/**
 * Rule quotes.tail-after-adverbial: a place or time phrase may stand between the attribution and its tail ("…,"
 * Blinken told reporters at an event in Indiana, adding that …): the tail is still the quote speaker's.
 */
const ADVERBIAL_TAIL_RULE = "quotes.tail-after-adverbial";
registerRules([ADVERBIAL_TAIL_RULE]);

/** Where the tail's comma is after the attribution's end, or -1 when no tail follows. */
function tailLead(rest: string): number {
  const plain = REPORTED_TAIL.exec(rest);
  if (plain) return plain[0].length;
  const adverbial = ruleEnabled(ADVERBIAL_TAIL_RULE) ? ADVERBIAL_TAIL.exec(rest) : null;
  if (!adverbial) return -1;
  noteFired(ADVERBIAL_TAIL_RULE);
  return adverbial[0].length;
}

/**
 * Reported continuation after the attribution: `"…," she said, saying …` belongs to the same statement; `added`
 * when it adds a point or a warning (`"…," she said, adding that …`): a second speech act of the same speaker, a
 * statement of its own (rule speech.coordinated.adding).
 */
function reportedTail(scan: StatementScan, lastPart: QuoteSpan, speaker: Speaker): (Span & { added: boolean }) | null {
  const { text, sentences, tokens } = scan;
  const end = lastPart.close;
  const endSentence = sentences[sentenceAt(sentences, Math.max(lastPart.open, end - 1))]!;
  const attEnd = speaker.attribution?.end ?? end;
  if (attEnd < end || attEnd > endSentence.end) return null;
  const lead = tailLead(text.slice(attEnd, endSentence.end));
  if (lead < 0) return null;
  const start = attEnd + lead;
  for (const cue of scan.cuesBySentence[endSentence.index] ?? [])
    if (tokens[cue.token]!.start >= attEnd) scan.consumedCues.add(cue.token);
  const [, act = "", next = ""] = /^\s*,\s*(\w+)\s*(\w*)/.exec(text.slice(start, endSentence.end)) ?? [];
  const lower = act.toLowerCase();
  // "…," she said, adding that …: a second act (speech.coordinated.adding); "…," the ministry said, demanding …: the
  // same for any other speech act as a participle (speech.coordinated.participle-act).
  const added = (ruleEnabled(COORDINATED_PARTICIPLE) && ADDED_ACTS.test(lower)) || isParticipleAct(lower, next.toLowerCase());
  return { start, end: endSentence.end, added };
}

/** The added act of a tail (`, adding that …`) as a reported statement of the quote's speaker. */
function addedActStatement(scan: StatementScan, tail: Span, speaker: Speaker, sentenceIndex: number): RawStatement {
  const { text } = scan;
  const start = tail.start + /^\s*,\s*/.exec(text.slice(tail.start, tail.end))![0].length;
  const verb = /^\w+/.exec(text.slice(start))![0];
  const contentStart = start + /^\w+(?:\s+that\b)?/.exec(text.slice(start))![0].length;
  const lemma = SPEECH_VERBS[verb.toLowerCase()] ?? "add";
  if (ADDED_ACTS.test(verb.toLowerCase())) noteFired(COORDINATED_PARTICIPLE);
  else noteParticipleAct();
  return {
    kind: /["“”]/.test(text.slice(start, tail.end)) ? StatementKind.PARTIAL_QUOTE : StatementKind.REPORTED_SPEECH,
    start,
    end: tail.end,
    sentenceIndex,
    content: [{ start: contentStart, end: tail.end }],
    speaker: { ...speaker, attribution: { start, end: start + verb.length }, cue: lemma },
    cue: lemma,
    confidence: Math.min(speaker.confidence, 0.75),
  };
}

/**
 * Rule quotes.paragraph-continuation: a quote left open at a paragraph end goes on in the next paragraph when that
 * opens with a quotation mark (wire style); the continuation is part of the same statement. Returns the quotes
 * (after `qi`) that continue it.
 */
const CONTINUATION_RULE = "quotes.paragraph-continuation";
registerRules([CONTINUATION_RULE]);

function continuations(scan: StatementScan, quoteList: QuoteSpan[], qi: number): QuoteSpan[] {
  if (!ruleEnabled(CONTINUATION_RULE)) return [];
  const { text } = scan;
  const chain: QuoteSpan[] = [];
  for (let i = qi; i + 1 < quoteList.length; i++) {
    const cur = quoteList[i]!;
    const next = quoteList[i + 1]!;
    const openEnded = cur.close === cur.innerEnd && !QUOTE_CHARS.has(text[cur.close] ?? "");
    const gap = text.slice(cur.close, next.open);
    if (!openEnded || !/^\s*$/.test(gap) || !gap.includes("\n")) break;
    // A paragraph with an attribution of its own ("…," X said) is a statement of its own.
    if (cueAfterQuote(scan, next, quoteList[i + 2])) break;
    chain.push(next);
  }
  return chain;
}

/**
 * Attributes one full quote (and the quotes that resume it); returns its statement (and the act added in its tail),
 * none without a speaker.
 */
function attributeQuote(scan: StatementScan, quoteList: QuoteSpan[], qi: number, used: Set<QuoteSpan>): RawStatement[] {
  const { tokens, sentences } = scan;
  const q = quoteList[qi]!;
  const chain = continuations(scan, quoteList, qi).filter((c) => !used.has(c));
  const parts: QuoteSpan[] = [q, ...chain];
  for (const c of parts) used.add(c);
  const openSentence = sentenceAt(sentences, q.open);
  let closeSentence = sentenceAt(sentences, Math.max(q.open, q.close - 1));
  let speaker: Speaker | null = null;
  let added: QuoteSpan | null = null;
  const next = quoteList[qi + chain.length + 1];
  const after = cueAfterQuote(scan, q, quoteList[qi + 1]);
  if (after) {
    closeSentence = after.sentence;
    const afterQuote = tokenAt(tokens, q.close);
    const prevTok = tokens[after.cue.token - 1];
    const inverted = prevTok && (prevTok.text === "," || QUOTE_CHARS.has(prevTok.text) || prevTok.start < q.close);
    speaker =
      (inverted ? subjectRight(scan, after.cue) : null) ??
      subjectLeft(scan, after.cue, afterQuote) ??
      subjectRight(scan, after.cue);
    if (speaker) scan.consumedCues.add(after.cue.token);
    if (speaker && next && !used.has(next) && resumesAfterAttribution(scan, q, next, speaker, closeSentence)) {
      used.add(next);
      if (addedQuoteVerb(scan, q, next, speaker)) added = next;
      else parts.push(next);
    }
  }
  speaker ??= cueBeforeQuote(scan, q, openSentence);
  speaker ??= fallbackSpeaker(scan, q, openSentence, closeSentence);
  if (!speaker) return [];
  const lastPart = parts[parts.length - 1]!;
  const content: Span[] = parts.map((p) => ({ start: p.innerStart, end: p.innerEnd }));
  const tail = added ? null : reportedTail(scan, lastPart, speaker);
  if (tail && !tail.added) content.push(tail);
  rememberQuoteSpeaker(scan, speaker, closeSentence);
  const quote: RawStatement = {
    kind: StatementKind.DIRECT_QUOTE,
    start: q.open,
    end: tail && !tail.added ? tail.end : lastPart.close,
    sentenceIndex: openSentence,
    content,
    speaker,
    cue: speaker.cue,
    confidence: speaker.confidence,
  };
  if (added) return [quote, addedQuoteStatement(scan, added, speaker, closeSentence)];
  return tail?.added ? [quote, addedActStatement(scan, tail, speaker, closeSentence)] : [quote];
}

/**
 * Rule quotes.added-quote: `"…," X said, adding, "…"` (or "warning: "…"") — the quote after the participle is a
 * second act of the same speaker (guide §1: each reporting predicate is its own statement), not the first quote
 * resumed as after `"…," she said, "…"`. Returns the participle ("adding", "warning"), or null.
 */
const ADDED_QUOTE_RULE = "quotes.added-quote";
registerRules([ADDED_QUOTE_RULE]);

function addedQuoteVerb(scan: StatementScan, q: QuoteSpan, next: QuoteSpan, speaker: Speaker): string | null {
  const between = scan.text.slice(speaker.attribution?.end ?? q.close, next.open);
  const m = /,\s*(adding|warning)\s*[,:]?\s*$/.exec(between);
  if (!m || !ruleEnabled(ADDED_QUOTE_RULE)) return null;
  noteFired(ADDED_QUOTE_RULE);
  return m[1]!;
}

/** The quote after `, adding,` as a direct quote of its own, attributed to the participle. */
function addedQuoteStatement(scan: StatementScan, q: QuoteSpan, speaker: Speaker, sentenceIndex: number): RawStatement {
  const { text } = scan;
  const head = text.slice(Math.max(0, q.open - 30), q.open);
  const m = /(adding|warning)\s*[,:]?\s*$/.exec(head)!;
  const verbStart = q.open - head.length + m.index;
  const cue = m[1] === "warning" ? "warn" : "add";
  // The participle attributes this quote: no reported statement of its own in what the quotes leave of the sentence.
  const verbToken = tokenAt(scan.tokens, verbStart);
  if (verbToken >= 0) scan.consumedCues.add(verbToken);
  return {
    kind: StatementKind.DIRECT_QUOTE,
    start: q.open,
    end: q.close,
    sentenceIndex,
    content: [{ start: q.innerStart, end: q.innerEnd }],
    speaker: { ...speaker, attribution: { start: verbStart, end: verbStart + m[1]!.length }, cue },
    cue,
    confidence: Math.min(speaker.confidence, 0.75),
  };
}

/** A person speaking keeps the last state speaker unless none is known yet (their state then stands in for it). */
function rememberQuoteSpeaker(scan: StatementScan, speaker: Speaker, sentenceIndex: number): void {
  rememberSpeaker(scan, speaker, sentenceIndex);
  if (speaker.stateCode && speaker.person) scan.memory.lastStateSpeaker ??= speaker.stateCode;
}

/**
 * The full quotes attributed in text order, up to a point: the statement stage interleaves them with reported speech
 * sentence by sentence, so that "he said", "it said" and a quote without attribution refer to whoever spoke just
 * before (a reported statement as much as a quote), not to the speaker of the article's last quote.
 */
export class DirectQuotes {
  readonly statements: RawStatement[] = [];
  private readonly used = new Set<QuoteSpan>();
  private readonly quoteList: QuoteSpan[];
  private next = 0;

  constructor(private readonly scan: StatementScan) {
    this.quoteList = scan.quotes.filter((q) => !scan.quoteIndex.insideOther(q));
  }

  /** Attributes the quotes that open before `offset` and were not yet visited; returns their statements. */
  openingBefore(offset: number): RawStatement[] {
    const found: RawStatement[] = [];
    for (; this.next < this.quoteList.length && this.quoteList[this.next]!.open < offset; this.next++) {
      const q = this.quoteList[this.next]!;
      if (this.used.has(q) || !isFullQuote(this.scan.text, q)) continue;
      this.used.add(q);
      found.push(...attributeQuote(this.scan, this.quoteList, this.next, this.used));
    }
    this.statements.push(...found);
    return found;
  }
}
