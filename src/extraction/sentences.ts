// Stage 1: sentences and tokens with character offsets (wink-nlp + wink-eng-lite-web-model).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";

export interface Token {
  /** Surface text, exactly body.slice(start, end). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, ...). */
  pos: string;
  sentenceIndex: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Index of the first token and one past the last token in `tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface SegmentedText {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

const nlp = winkNLP(model, ["sbd", "pos"]);
const NAME_ABBREVIATION_RULE = "sentences.name-abbreviation";
/**
 * Rule sentences.no-space-boundary: a sentence never ends where no space follows, before a letter: wink ends one
 * inside an abbreviation joined to a word ("China-U.S. ties", "Sino-U.S. trade", "anti-U.N. protests" break after
 * "U.").
 */
const NO_SPACE_RULE = "sentences.no-space-boundary";
const EXTENDED_LATIN_RULE = "sentences.extended-latin-word";
/**
 * Rule sentences.decimal-number: wink ends a sentence inside a number with a letter before it ("K5.5 billion",
 * "Rs5.2 crore" break after "K5."): no sentence ends at a dot between two digits.
 */
const DECIMAL_NUMBER_RULE = "sentences.decimal-number";
/**
 * Rule sentences.apostrophe-variants: outlets type an acute accent, a backtick or a modifier letter for the apostrophe
 * ("China´s coast guard", "India`s minister", "Ukraineʼs"), which wink splits off as a symbol ("China ´ s") or, for
 * the modifier letter, keeps inside the word: wink reads them as "’", and each token's `lower` has "’" for them, so
 * that every stage's "’s" test holds. Token text stays the surface text.
 */
const APOSTROPHE_RULE = "sentences.apostrophe-variants";
/**
 * Rule sentences.wrapped-line: a line break inside a sentence, after a word or a comma and before a lower-case word,
 * is a line wrapped by the page layout ("would raise the existing cordial\nrelations with …"), not a paragraph end:
 * the sentence runs on over it.
 */
const WRAPPED_LINE_RULE = "sentences.wrapped-line";
registerRules([
  NAME_ABBREVIATION_RULE,
  NO_SPACE_RULE,
  EXTENDED_LATIN_RULE,
  DECIMAL_NUMBER_RULE,
  APOSTROPHE_RULE,
  WRAPPED_LINE_RULE,
]);
/** An apostrophe typed as an acute accent, a backtick or a modifier letter, between two letters (one code unit each). */
const APOSTROPHE_VARIANT = /(?<=\p{L})[\u00B4`\u02BC](?=\p{L})/gu;
/** A letter beyond Latin-1 (Latin Extended and later scripts), where wink ends a word. */
const EXTENDED_LETTER = /[^\p{Script=Latin}]|[\u0100-\u024F\u1E00-\u1EFF]/u;
/**
 * Abbreviations that go before a name and whose dot wink takes for a sentence end (rule sentences.name-abbreviation):
 * "Ma." (Maria) in Filipino names, and the military ranks "Maj." and "Adm." ("Maj. Gen. Pat Ryder", "Rear Adm. John
 * Kirby").
 */
const NAME_ABBREVIATIONS = /^(?:Ma|Maj|Adm)$/;

/** Whether token `i` is the dot of an abbreviation before a name ("Ma. Theresa", "Maj. Gen."): a name runs on over it. */
export function nameAbbreviationDot(tokens: Token[], i: number): boolean {
  const dot = tokens[i];
  const before = tokens[i - 1];
  if (dot?.text !== "." || !before || before.end !== dot.start || !NAME_ABBREVIATIONS.test(before.text)) return false;
  return ruleEnabled(NAME_ABBREVIATION_RULE);
}
const its = nlp.its;

/**
 * Splits text into sentences and tokens, keeping character offsets into `text`.
 * wink handles abbreviations such as "U.S." and "U.N."; we additionally break sentences at line breaks,
 * because news bodies separate paragraphs (and datelines, headings) with them.
 */
export function segment(surface: string): SegmentedText {
  const text = apostrophesRead(surface);
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const { starts, ends } = alignTokens(text, values);
  const collected = collectTokens(surface, text, { values, tags, starts, ends });
  return { text: surface, sentences: sentencesOf(text, collected, spans), tokens: collected.tokens };
}

/** Where each wink token is in `text` (wink gives values, not offsets). */
function alignTokens(text: string, values: readonly string[]): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // Only a match within 40 characters counts: search those alone (a search to the end per token is quadratic).
    const near = text.startsWith(value, cursor) ? 0 : text.slice(cursor, cursor + 40 + value.length).indexOf(value);
    let at = near < 0 ? -1 : cursor + near;
    if (at < 0 || at - cursor > 40) {
      // wink normalised the token (rare): skip whitespace and take the same length.
      at = cursor;
      while (at < text.length && /\s/.test(text[at]!)) at++;
    }
    starts[i] = at;
    ends[i] = Math.min(text.length, at + value.length);
    cursor = ends[i]!;
  }
  return { starts, ends };
}

interface CollectedTokens {
  tokens: Token[];
  /** Whether a line break precedes each token. */
  breakBefore: boolean[];
  /** For each wink token index (and one past the end), the index of the first kept token at or after it. */
  filteredIndex: Int32Array;
}

/**
 * The real tokens: wink emits line breaks as tokens, which are dropped (remembering where they were), and pieces of
 * one word split at letters beyond Latin-1 are joined (rule sentences.extended-latin-word).
 */
function collectTokens(
  surface: string,
  text: string,
  wink: { values: readonly string[]; tags: readonly string[]; starts: Int32Array; ends: Int32Array },
): CollectedTokens {
  const { values, tags, starts, ends } = wink;
  const tokens: Token[] = [];
  const filteredIndex = new Int32Array(values.length + 1);
  const breakBefore: boolean[] = [];
  let pendingBreak = false;
  for (let i = 0; i < values.length; i++) {
    filteredIndex[i] = tokens.length;
    const t = surface.slice(starts[i], ends[i]);
    if (t.trim() === "") {
      if (t.includes("\n")) pendingBreak = true;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    if (previous && splitLetters(previous, text.slice(starts[i], ends[i]), starts[i]!)) {
      previous.text += t;
      previous.lower = text.slice(previous.start, ends[i]).toLowerCase();
      previous.end = ends[i]!;
      continue;
    }
    breakBefore.push(pendingBreak || (tokens.length > 0 && text.slice(tokens[tokens.length - 1]!.end, starts[i]).includes("\n")));
    pendingBreak = false;
    const lower = text.slice(starts[i], ends[i]).toLowerCase();
    tokens.push({ text: t, lower, start: starts[i]!, end: ends[i]!, pos: tags[i] ?? "X", sentenceIndex: 0 });
  }
  filteredIndex[values.length] = tokens.length;
  return { tokens, breakBefore, filteredIndex };
}

/**
 * Whether the sentence wink ends before token `b` runs on into the next one: an abbreviation before a name (rule
 * sentences.name-abbreviation), a decimal number, or an abbreviation joined to the next word (no line break between).
 */
function runsOn(text: string, tokens: Token[], b: number, breakBefore: readonly boolean[]): boolean {
  if (breakBefore[b]) return false;
  if (nameAbbreviationDot(tokens, b - 1) && /^\p{Lu}/u.test(tokens[b]?.text ?? "")) {
    noteFired(NAME_ABBREVIATION_RULE);
    return true;
  }
  if (decimalDot(text, tokens, b)) return true;
  if (joinedToNext(text, tokens, b) && ruleEnabled(NO_SPACE_RULE)) {
    noteFired(NO_SPACE_RULE);
    return true;
  }
  return false;
}

/** The sentences: wink's, joined where one runs on (runsOn), and split at every line break inside them. */
function sentencesOf(text: string, collected: CollectedTokens, spans: readonly [number, number][]): Sentence[] {
  const { tokens, breakBefore, filteredIndex } = collected;
  const sentences: Sentence[] = [];
  const pushSentence = (from: number, to: number) => {
    if (to <= from) return;
    const index = sentences.length;
    for (let t = from; t < to; t++) tokens[t]!.sentenceIndex = index;
    sentences.push({ index, start: tokens[from]!.start, end: tokens[to - 1]!.end, tokenStart: from, tokenEnd: to });
  };
  let carried = -1;
  for (const [first, last] of spans) {
    const a = carried >= 0 ? carried : filteredIndex[first]!;
    const b = filteredIndex[last + 1]!;
    carried = -1;
    if (runsOn(text, tokens, b, breakBefore)) {
      carried = a;
      continue;
    }
    let from = a;
    for (let t = a + 1; t < b; t++) {
      // A line break between two tokens ends a sentence, unless the page layout wrapped the line there.
      if (breakBefore[t] && !wrappedLine(tokens, t)) {
        pushSentence(from, t);
        from = t;
      }
    }
    pushSentence(from, b);
  }
  return sentences;
}

/** Rule sentences.wrapped-line: whether the line break before token `t` only wraps a running sentence. */
function wrappedLine(tokens: Token[], t: number): boolean {
  const before = tokens[t - 1]!;
  const after = tokens[t]!;
  if (!/^(?:\p{L}+|,)$/u.test(before.text) || !/^\p{Ll}/u.test(after.text)) return false;
  if (!ruleEnabled(WRAPPED_LINE_RULE)) return false;
  noteFired(WRAPPED_LINE_RULE);
  return true;
}

/** Rule sentences.apostrophe-variants: the text as wink reads it, with "’" for the apostrophe variants (same offsets). */
function apostrophesRead(surface: string): string {
  if (!/[\u00B4`\u02BC]/.test(surface) || !ruleEnabled(APOSTROPHE_RULE)) return surface;
  const read = surface.replace(APOSTROPHE_VARIANT, "’");
  if (read !== surface) noteFired(APOSTROPHE_RULE);
  return read;
}

/** Rule sentences.decimal-number: whether the sentence before token `b` ends at a dot between two digits. */
function decimalDot(text: string, tokens: Token[], b: number): boolean {
  const next = tokens[b];
  if (next === undefined || next.start < 2 || !/^\d\.\d/.test(text.slice(next.start - 2, next.start + 1))) return false;
  if (!ruleEnabled(DECIMAL_NUMBER_RULE)) return false;
  noteFired(DECIMAL_NUMBER_RULE);
  return true;
}

/**
 * Whether the sentence before token `b` ends in a one-letter abbreviation ("U.") that token `b` continues without a
 * space ("S."). A word's full stop without a space ("Russia.During") is a missing space, still a sentence end.
 */
function joinedToNext(text: string, tokens: Token[], b: number): boolean {
  const next = tokens[b];
  const last = tokens[b - 1];
  if (next === undefined || last === undefined || last.end !== next.start || !/^\p{Lu}\./u.test(next.text)) return false;
  return /(?:^|[^\p{L}])\p{Lu}\.$/u.test(text.slice(Math.max(0, next.start - 3), next.start));
}

/**
 * Rule sentences.extended-latin-word: wink splits words at letters outside Latin-1 ("Linkevi|č|ius", "Erdo|ğ|an",
 * "Vu|č|i|ć"), so that no name with them is ever one token. Pieces of letters that touch, one of them such a letter,
 * are one token.
 */
function splitLetters(previous: Token, piece: string, start: number): boolean {
  if (previous.end !== start || !/^\p{L}+$/u.test(piece) || !/^\p{L}+$/u.test(previous.text)) return false;
  if (!EXTENDED_LETTER.test(piece) && !EXTENDED_LETTER.test(previous.text)) return false;
  if (!ruleEnabled(EXTENDED_LATIN_RULE)) return false;
  noteFired(EXTENDED_LATIN_RULE);
  return true;
}

/** Index of the sentence containing character `offset` (binary search), or the last one before it. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mention covering each token (mentions sorted by start and not overlapping), or null. */
export function mentionAtToken<M extends { start: number; end: number }>(tokens: Token[], mentions: M[]): (M | null)[] {
  const at: (M | null)[] = new Array<M | null>(tokens.length).fill(null);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (m < mentions.length && mentions[m]!.end <= t.start) m++;
    const mention = mentions[m];
    if (mention && mention.start < t.end && t.start < mention.end) at[i] = mention;
  }
  return at;
}
