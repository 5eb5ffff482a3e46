// Stage 4: statements — direct quotes, partial quotes and reported speech, attributed to a person and/or a state.
import type { SegmentedText, Token } from "./sentences.js";
import { sentenceAt, tokenAt } from "./sentences.js";
import type { StateMention } from "./states.js";
import type { PeopleResult, PersonEntity } from "./people.js";
import { mostRecentPerson, resolveNominal } from "./people.js";
import { isNationalOffice, ownGovernmentSubject } from "./person-states.js";
import { PORTFOLIO_WORDS, ROLE_WORDS, SPEECH_VERBS, VERB_PARTICLES, WEAK_SPEECH } from "./lexicon.js";
import { StatementKind, type Span } from "./types.js";

export interface QuoteSpan {
  /** Offset of the opening quotation mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph when a quote runs on to the next paragraph). */
  close: number;
  innerStart: number;
  innerEnd: number;
}

export interface Speaker {
  person: PersonEntity | null;
  stateCode: string | null;
  /** The words naming the speaker and the cue verb ("Foreign Minister X said"), excluded when finding targets. */
  attribution: Span | null;
  cue: string | null;
  confidence: number;
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

const OPEN_QUOTES = new Set(["“", "„", "«"]);
const CLOSE_QUOTES = new Set(["”", "»"]);

/** Pairs quotation marks (straight and curly); a quote left open at a paragraph end stops there (it resumes in the next paragraph). */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (open >= 0) {
        let end = i;
        while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
        quotes.push({ open, close: end, innerStart: open + 1, innerEnd: end });
        open = -1;
      }
      continue;
    }
    if (OPEN_QUOTES.has(ch)) {
      if (open >= 0) {
        let end = i;
        while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
        quotes.push({ open, close: end, innerStart: open + 1, innerEnd: end });
      }
      open = i;
    } else if (CLOSE_QUOTES.has(ch)) {
      if (open >= 0) {
        quotes.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i });
        open = -1;
      }
    } else if (ch === '"') {
      if (open < 0) open = i;
      else {
        quotes.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i });
        open = -1;
      }
    }
  }
  if (open >= 0) quotes.push({ open, close: text.length, innerStart: open + 1, innerEnd: text.length });
  return quotes.filter((q) => q.innerEnd > q.innerStart);
}

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

interface Cue {
  token: number;
  lemma: string;
  /** Token index just after the cue (after its particle, e.g. "pointed out"). */
  after: number;
}

const NOUN_DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "these",
  "those",
  "this",
  "that",
  "'s",
  "’s",
  "such",
  "any",
  "no",
  "of",
  "repeated",
  "recent",
  "latest",
  "new",
  "renewed",
  "public",
]);
const SUBJECT_STOP = new Set(["that", ";", ":", "while", "whereas", "but", "because", "if", "than", "whether", "which"]);
const ORG_HEADS = new Set([
  "ministry",
  "government",
  "department",
  "office",
  "embassy",
  "military",
  "army",
  "navy",
  "statement",
  "agency",
  "officials",
  "official",
  "authorities",
  "regime",
  "leadership",
  "diplomats",
  "mission",
  "command",
  "cabinet",
  "administration",
  "presidency",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "media",
  "commentary",
  "kcna",
  "staff",
  "chiefs",
  "forces",
  "delegation",
  "envoy",
  "ambassador",
  "diplomat",
  "minister",
  "president",
  "leader",
]);
const GROUP_HEADS = new Set([
  "governments",
  "sides",
  "countries",
  "ministers",
  "leaders",
  "nations",
  "allies",
  "parties",
  "delegations",
  "partners",
  "neighbours",
  "neighbors",
  "powers",
  "signatories",
]);
const QUOTE_CHARS = new Set(['"', "“", "”", "„", "«", "»"]);

function cueAt(tokens: Token[], text: string, i: number, stateCovered: (t: Token) => boolean): Cue | null {
  const t = tokens[i]!;
  const lemma = SPEECH_VERBS[t.lower];
  if (lemma === undefined) {
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") return { token: i, lemma: "according", after: i + 2 };
    return null;
  }
  if (stateCovered(t)) return null;
  // "has not commented", "never said": no statement.
  const before1 = tokens[i - 1]?.lower;
  if (
    before1 === "not" ||
    before1 === "never" ||
    before1 === "n't" ||
    (before1 !== undefined && /^(?:publicly|yet)$/.test(before1) && /^(?:not|never|n't)$/.test(tokens[i - 2]?.lower ?? ""))
  )
    return null;
  // Nouns: "the claims", "his remarks", "calls for", "a warning" — not verbs.
  const prev = tokens[i - 1];
  if (prev && NOUN_DETERMINERS.has(prev.lower) && t.sentenceIndex === prev.sentenceIndex) return null;
  if (t.pos === "NOUN" && /s$/.test(t.lower) && !/^(?:says|tells|warns|adds|notes|stresses)$/.test(t.lower)) return null;
  const particle = VERB_PARTICLES[lemma];
  let after = i + 1;
  if (particle) {
    const rest = text.slice(t.end, t.end + 30);
    const m = particle.exec(rest);
    if (!m) return null;
    if (/^\s+(?:out|to|on|for|upon|as)\b/.test(rest)) after = i + 2;
  }
  return { token: i, lemma, after };
}

/** Extra cue phrases without a speech verb: "X expressed concern", handled by "express"; "in a statement": none. */

export interface StatementInput {
  seg: SegmentedText;
  states: StateMention[];
  people: PeopleResult;
}

export function findStatements(input: StatementInput): RawStatement[] {
  const { seg, states, people } = input;
  const { text, tokens, sentences } = seg;
  const quotes = findQuotes(text);

  // State mention per token (for subjects like "Beijing said", "North Korea's foreign ministry said").
  const stateAtToken: (StateMention | null)[] = new Array(tokens.length).fill(null);
  {
    let m = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (m < states.length && states[m]!.end <= t.start) m++;
      const sm = states[m];
      if (sm && sm.start < t.end && t.start < sm.end) stateAtToken[i] = sm;
    }
  }
  const personAtToken: (string | null)[] = new Array(tokens.length).fill(null);
  {
    let m = 0;
    const ms = people.mentions;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      while (m < ms.length && ms[m]!.end <= t.start) m++;
      const pm = ms[m];
      if (pm && pm.start < t.end && t.start < pm.end) personAtToken[i] = pm.key;
    }
  }
  const peopleByKey = new Map(people.people.map((p) => [p.key, p]));
  const stateCovered = (t: Token) => {
    const idx = tokenAt(tokens, t.start);
    return stateAtToken[idx] !== null && stateAtToken[idx] !== undefined;
  };
  const insideQuote = (offset: number) => quotes.some((q) => q.innerStart <= offset && offset < q.innerEnd);

  // Cues per sentence, outside quotes.
  const cuesBySentence: Cue[][] = sentences.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (SPEECH_VERBS[t.lower] === undefined && t.lower !== "according") continue;
    if (insideQuote(t.start)) continue;
    const cue = cueAt(tokens, text, i, stateCovered);
    if (cue) cuesBySentence[t.sentenceIndex]!.push(cue);
  }

  let lastSpeaker: { speaker: Speaker; sentenceIndex: number } | null = null;
  let lastStateSpeaker: string | null = null;

  const personSpeaker = (
    p: PersonEntity,
    attribution: Span,
    cue: string | null,
    confidence: number,
    fallbackState: string | null,
  ): Speaker => ({
    person: p,
    stateCode: p.stateCode ?? fallbackState,
    attribution,
    cue,
    confidence,
  });

  /**
   * The state of the nearest earlier mention of the same organisation head noun ("ministry", "embassy") within the
   * three preceding sentences that is introduced by a state ("Seoul's foreign ministry", "China's Ministry of …").
   */
  const definiteAntecedentState = (head: number): string | null => {
    const word = tokens[head]!.lower;
    const s = tokens[head]!.sentenceIndex;
    for (let j = head - 1; j >= 0; j--) {
      const t = tokens[j]!;
      if (s - t.sentenceIndex > 5) break;
      if (t.lower !== word || t.sentenceIndex === s) continue;
      for (let b = j - 1; b >= Math.max(0, j - 4); b--) {
        if (tokens[b]!.sentenceIndex !== t.sentenceIndex) break;
        if (stateAtToken[b]) return stateAtToken[b]!.code;
        if (
          !(
            ORG_HEADS.has(tokens[b]!.lower) ||
            ROLE_WORDS.has(tokens[b]!.lower) ||
            /^(?:'s|’s|commerce|trade|foreign|state)$/i.test(tokens[b]!.lower)
          ) ||
          tokens[b]!.lower === "the"
        )
          break;
      }
    }
    return null;
  };

  /** Index of "office"/"aides"… in "the office of (title) X" right before the person's name at `tok`, or -1. */
  const institutionOf = (tok: number, from: number): number => {
    let k = tok - 1;
    while (k >= from && personAtToken[k] === personAtToken[tok]) k--;
    while (
      k >= from &&
      (ROLE_WORDS.has(tokens[k]!.lower) || stateAtToken[k]) &&
      !/^(?:of|the|office)$/.test(tokens[k]!.lower) &&
      tokens[k]!.sentenceIndex === tokens[tok]!.sentenceIndex
    )
      k--;
    const prep = tokens[k];
    const head = tokens[k - 1];
    if (!prep || !head || k - 1 < from || !/^(?:of|for|to|close to)$/.test(prep.lower)) return -1;
    return /^(?:office|aides?|camp|administration|government|cabinet|spokesperson|spokesman|spokeswoman|representatives?|lawyers?|allies)$/.test(
      head.lower,
    )
      ? k - 1
      : -1;
  };

  /** Finds the speaker left of the cue verb (tokens [from, cueToken)). */
  const subjectLeft = (cue: Cue, from: number): Speaker | null => {
    const s = tokens[cue.token]!.sentenceIndex;
    let bestPerson: { key: string; tok: number } | null = null;
    let pronoun: number = -1;
    let nominal: { head: string; tok: number } | null = null;
    let state: { code: string; tok: number } | null = null;
    let orgHead = -1;
    let group = -1;
    let k = cue.token - 1;
    let steps = 0;
    while (k >= from && steps < 18) {
      const t = tokens[k]!;
      if (t.sentenceIndex !== s) break;
      if (QUOTE_CHARS.has(t.text) || SUBJECT_STOP.has(t.lower)) break;
      if (k < cue.token - 1 && SPEECH_VERBS[t.lower] && !/ing$/.test(t.lower) && cueAt(tokens, text, k, stateCovered)) break;
      if (t.text === ",") {
        if (!bestPerson && !state && pronoun < 0 && orgHead < 0 && group < 0) {
          // An apposition or relative clause between the subject and the verb: jump to the comma that opens it.
          let found = -1;
          for (let j = k - 1; j >= from && k - j < 32; j--) {
            const tj = tokens[j]!;
            if (tj.sentenceIndex !== s || QUOTE_CHARS.has(tj.text)) break;
            if (tj.text === ",") {
              found = j;
              break;
            }
          }
          if (found > from || found === from) {
            const inner = tokens[found + 1];
            const head = tokens[found - 1];
            if (
              (inner &&
                /^(?:who|which|whose|whom|where|the|a|an|led|speaking|including|along|together|its|his|her|their)$/.test(
                  inner.lower,
                )) ||
              (head && (personAtToken[found - 1] || stateAtToken[found - 1] || ORG_HEADS.has(head.lower)))
            ) {
              k = found - 1;
              steps++;
              continue;
            }
          }
        }
        k--;
        steps++;
        continue;
      }
      if (personAtToken[k] && !bestPerson) bestPerson = { key: personAtToken[k]!, tok: k };
      else if ((t.lower === "he" || t.lower === "she") && pronoun < 0 && !bestPerson) pronoun = k;
      else if (stateAtToken[k] && !state) {
        // "the embassy in Manila": a state after "in"/"at" is a location, not the speaker.
        const prev = tokens[k - 1]?.lower ?? "";
        const firstOfMention = stateAtToken[k - 1] !== stateAtToken[k];
        if (!(firstOfMention && /^(?:in|at|near|from|to|with|against|on|by|over)$/.test(prev)))
          state = { code: stateAtToken[k]!.code, tok: k };
      } else if (GROUP_HEADS.has(t.lower) && group < 0 && !state && orgHead < 0 && pronoun < 0) {
        group = k;
      } else if (ORG_HEADS.has(t.lower) && orgHead < 0) {
        orgHead = k;
        if (/^(?:minister|president|leader|spokesperson|spokesman|spokeswoman|envoy|ambassador|diplomat|chief)$/.test(t.lower))
          nominal = { head: t.lower, tok: k };
      } else if (
        t.lower === "they" &&
        k === cue.token - 1 &&
        !state &&
        !bestPerson &&
        lastSpeaker &&
        !lastSpeaker.speaker.person &&
        !lastSpeaker.speaker.stateCode &&
        s - lastSpeaker.sentenceIndex <= 1
      ) {
        // "They pledged…" right after a joint statement ("the three ministers condemned…"): the same group.
        group = k;
      } else if ((t.lower === "it" || t.lower === "they") && k === cue.token - 1 && !state && !bestPerson) {
        // "it said": the last state that spoke.
        if (lastStateSpeaker) state = { code: lastStateSpeaker, tok: k };
      }
      if (bestPerson) break;
      k--;
      steps++;
    }
    const start = (tok: number) => tokens[Math.max(tok, from)]!.start;
    const attribution = (tok: number): Span => ({ start: start(tok), end: tokens[cue.after - 1]!.end });
    if (bestPerson) {
      const p = peopleByKey.get(bestPerson.key)!;
      // "the office of President X said", "a spokesperson for X said": an institution around the person speaks, so
      // the statement is the state's, not the person's own words.
      const institution = institutionOf(bestPerson.tok, from);
      if (institution >= 0) {
        // Without a known state for the person, the subject of the reported clause when it is a state ("the office
        // of X said Seoul would…"), else the last state that spoke.
        const subject = stateAtToken[cue.after] ?? (tokens[cue.after]?.lower === "that" ? stateAtToken[cue.after + 1] : null);
        // "The office of President X said Seoul would…": the office's own government commits, so it is X's state too.
        if (!p.stateCode && !state && subject && isNationalOffice(p, text) && ownGovernmentSubject(text, subject))
          p.stateCode = subject.code;
        const code = p.stateCode ?? state?.code ?? subject?.code ?? lastStateSpeaker;
        return { person: null, stateCode: code, attribution: attribution(institution), cue: cue.lemma, confidence: 0.6 };
      }
      return personSpeaker(p, attribution(bestPerson.tok), cue.lemma, 0.9, state?.code ?? null);
    }
    if (pronoun >= 0) {
      const p =
        lastSpeaker && lastSpeaker.speaker.person && s - lastSpeaker.sentenceIndex <= 2
          ? lastSpeaker.speaker.person
          : mostRecentPerson(people, tokens[pronoun]!.start, s);
      if (p) return personSpeaker(p, attribution(pronoun), cue.lemma, 0.75, null);
    }
    if (group >= 0 && (!state || state.tok < group)) {
      // "the three governments", "the two sides": several speakers, no single state.
      return { person: null, stateCode: null, attribution: attribution(group), cue: cue.lemma, confidence: 0.6 };
    }
    if (nominal) {
      const before = tokens[nominal.tok - 1];
      const definite = before && (before.lower === "the" || stateAtToken[nominal.tok - 1] || stateAtToken[nominal.tok - 2]);
      const p = resolveNominal(people, nominal.head, tokens[nominal.tok]!.start);
      if (p && definite && (!state || !p.stateCode || p.stateCode === state.code))
        return personSpeaker(
          p,
          attribution(Math.min(nominal.tok, state?.tok ?? nominal.tok)),
          cue.lemma,
          0.7,
          state?.code ?? null,
        );
    }
    if (state) {
      // "Britain, France and Germany warned": a group of states.
      let first = state.tok;
      while (first > from && stateAtToken[first - 1] === stateAtToken[state.tok]) first--;
      const joiner = tokens[first - 1];
      if (joiner && (joiner.lower === "and" || joiner.text === ",") && stateAtToken[first - 2]) {
        return { person: null, stateCode: null, attribution: attribution(first - 2), cue: cue.lemma, confidence: 0.6 };
      }
      return { person: null, stateCode: state.code, attribution: attribution(state.tok), cue: cue.lemma, confidence: 0.8 };
    }
    if (orgHead >= 0) {
      // Definite description anaphora: "the ministry said" refers to the last "<state>'s … ministry" mentioned in the
      // preceding sentences, before falling back to the last state that spoke.
      let d = orgHead - 1;
      while (
        d > from &&
        tokens[d]!.lower !== "the" &&
        /^\p{Ll}/u.test(tokens[d]!.text) &&
        (ROLE_WORDS.has(tokens[d]!.lower) || PORTFOLIO_WORDS.has(tokens[d]!.lower))
      )
        d--;
      const antecedent = tokens[d]?.lower === "the" ? definiteAntecedentState(orgHead) : null;
      if (antecedent)
        return { person: null, stateCode: antecedent, attribution: attribution(d), cue: cue.lemma, confidence: 0.6 };
    }
    if (orgHead >= 0 && lastStateSpeaker) {
      // Skip lower-case modifiers of the head: "the commerce ministry".
      let d = orgHead - 1;
      while (d > from && /^\p{Ll}/u.test(tokens[d]!.text) && tokens[d]!.lower !== "the" && PORTFOLIO_WORDS.has(tokens[d]!.lower))
        d--;
      const t = tokens[d];
      if (t && (t.lower === "the" || /^[A-Z]/.test(t.text))) {
        return { person: null, stateCode: lastStateSpeaker, attribution: attribution(d), cue: cue.lemma, confidence: 0.5 };
      }
    }
    return null;
  };

  /** Finds the speaker right of the cue ("said Foreign Minister X", "according to the ministry"). */
  const subjectRight = (cue: Cue): Speaker | null => {
    const s = tokens[cue.token]!.sentenceIndex;
    let state: { code: string; tok: number } | null = null;
    // A named person in the noun phrase after the verb wins ("said South Korean Foreign Minister X").
    for (let k = cue.after; k < Math.min(tokens.length, cue.after + 10); k++) {
      const t = tokens[k]!;
      if (t.sentenceIndex !== s || QUOTE_CHARS.has(t.text) || t.text === "," || t.text === "." || t.text === ";") break;
      if (personAtToken[k]) {
        const p = peopleByKey.get(personAtToken[k]!)!;
        let end = k;
        while (personAtToken[end + 1] === personAtToken[k]) end++;
        let st: string | null = null;
        for (let j = cue.after; j < k; j++) if (stateAtToken[j]) st = stateAtToken[j]!.code;
        return personSpeaker(p, { start: tokens[cue.token]!.start, end: tokens[end]!.end }, cue.lemma, 0.9, st);
      }
    }
    for (let k = cue.after; k < Math.min(tokens.length, cue.after + 12); k++) {
      const t = tokens[k]!;
      if (t.sentenceIndex !== s || QUOTE_CHARS.has(t.text)) break;
      if (t.text === "," && k > cue.after + 1 && !state) {
        // "said Wang Yi, China's top diplomat," continues; but a plain clause break stops.
      }
      const attribution: Span = { start: tokens[cue.token]!.start, end: t.end };
      if (personAtToken[k]) {
        const p = peopleByKey.get(personAtToken[k]!)!;
        let end = k;
        while (personAtToken[end + 1] === personAtToken[k]) end++;
        return personSpeaker(p, { start: attribution.start, end: tokens[end]!.end }, cue.lemma, 0.9, state?.code ?? null);
      }
      if (t.lower === "he" || t.lower === "she") {
        const p =
          lastSpeaker?.speaker.person && s - lastSpeaker.sentenceIndex <= 2
            ? lastSpeaker.speaker.person
            : mostRecentPerson(people, t.start, s);
        if (p) return personSpeaker(p, attribution, cue.lemma, 0.75, null);
      }
      if (stateAtToken[k] && !state) state = { code: stateAtToken[k]!.code, tok: k };
      if (/^(?:minister|spokesperson|spokesman|spokeswoman|president|leader|envoy|ambassador)$/.test(t.lower)) {
        const p = resolveNominal(people, t.lower, t.start);
        if (p && (!state || !p.stateCode || p.stateCode === state.code))
          return personSpeaker(p, attribution, cue.lemma, 0.7, state?.code ?? null);
      }
      if (state && (ORG_HEADS.has(t.lower) || t.text === "," || t.text === ".")) {
        return {
          person: null,
          stateCode: state.code,
          attribution: { start: attribution.start, end: tokens[state.tok]!.end },
          cue: cue.lemma,
          confidence: 0.8,
        };
      }
    }
    if (state)
      return {
        person: null,
        stateCode: state.code,
        attribution: { start: tokens[cue.token]!.start, end: tokens[state.tok]!.end },
        cue: cue.lemma,
        confidence: 0.7,
      };
    return null;
  };

  const statements: RawStatement[] = [];
  const consumedCues = new Set<number>();
  const quoteUsed = new Set<QuoteSpan>();

  // Direct quotes. A quote is "full" when it reads as a sentence of its own rather than a phrase inside one.
  const isFull = (q: QuoteSpan): boolean => {
    const inner = text.slice(q.innerStart, q.innerEnd).trim();
    const words = wordCount(inner);
    if (words < 3) return false;
    const before = text.slice(Math.max(0, q.open - 3), q.open);
    const atStart =
      q.open === 0 ||
      /(?:^|\n)\s*$/.test(text.slice(Math.max(0, q.open - 2), q.open)) ||
      /[.!?]\s*$/.test(before) ||
      /[:,]\s*$/.test(before);
    const endsSentence = /[.,!?]$/.test(inner) || /[.!?…]["”]?$/.test(inner);
    if (/,\s*$/.test(before) && !/^\p{Lu}/u.test(inner)) return false;
    if (atStart && (words >= 4 || endsSentence)) return true;
    // Mid-sentence quotes are phrases in reported speech, unless introduced by a colon.
    return false;
  };

  const quoteList = quotes.filter((q) => !insideOtherQuote(q, quotes));
  for (let qi = 0; qi < quoteList.length; qi++) {
    const q = quoteList[qi]!;
    if (quoteUsed.has(q) || !isFull(q)) continue;
    const parts: QuoteSpan[] = [q];
    quoteUsed.add(q);
    let speaker: Speaker | null = null;
    const openSentence = sentenceAt(sentences, q.open);
    // 1) Attribution after the quote: `"…," said X` / `"…," X said` / `"…" X told reporters.`
    let closeSentence = sentenceAt(sentences, Math.max(q.open, q.close - 1));
    const afterQuote = tokenAt(tokens, q.close);
    let attributionCue: Cue | null = null;
    for (const cue of cuesBySentence[closeSentence] ?? []) {
      if (cue.token < afterQuote || cue.token > afterQuote + 8) continue;
      const next = quoteList[qi + 1];
      if (next && tokens[cue.token]!.start > next.open) continue;
      attributionCue = cue;
      break;
    }
    // The quote closes a sentence and the attribution is the next "sentence" for wink (`"…!" she said.`).
    if (!attributionCue) {
      const nextSentence = closeSentence + 1;
      const first = sentences[nextSentence];
      if (first && /^[\s]*$/.test(text.slice(q.close, first.start)) && !text.slice(q.close, first.start).includes("\n")) {
        for (const cue of cuesBySentence[nextSentence] ?? []) {
          if (cue.token > first.tokenStart + 6) continue;
          const firstTok = tokens[first.tokenStart]!;
          if (!/^[a-z]/.test(firstTok.text) && cue.token !== first.tokenStart && !personAtToken[first.tokenStart]) continue;
          attributionCue = cue;
          closeSentence = nextSentence;
          break;
        }
      }
    }
    if (attributionCue) {
      const prevTok = tokens[attributionCue.token - 1];
      const inverted = prevTok && (prevTok.text === "," || QUOTE_CHARS.has(prevTok.text) || prevTok.start < q.close);
      speaker =
        (inverted ? subjectRight(attributionCue) : null) ??
        subjectLeft(attributionCue, afterQuote) ??
        subjectRight(attributionCue);
      if (speaker) consumedCues.add(attributionCue.token);
      // A quote resumed after the attribution in the same sentence: `"…," she said, "…"`
      const next = quoteList[qi + 1];
      if (speaker && next && !quoteUsed.has(next)) {
        const between = text.slice(speaker.attribution?.end ?? q.close, next.open);
        if (sentenceAt(sentences, next.open) <= closeSentence + 0 && /^[^.!?]*[,:]\s*$/.test(between) && between.length < 60) {
          parts.push(next);
          quoteUsed.add(next);
        } else if (/^\s*[,:]\s*$/.test(between)) {
          parts.push(next);
          quoteUsed.add(next);
        } else {
          // `"…," X said in a statement. "…"`: the quote resumes right after the attribution sentence.
          const attSentence = sentences[closeSentence]!;
          const gap = text.slice(attSentence.end, next.open);
          if (attSentence.end <= next.open && /^[ \t]*$/.test(gap) && isFull(next)) {
            parts.push(next);
            quoteUsed.add(next);
          }
        }
      }
    }
    // 2) Attribution before the quote in the same sentence: `X said: "…"`, `X told reporters, "…"`.
    if (!speaker) {
      const beforeTok = tokenAt(tokens, q.open);
      const cues = (cuesBySentence[openSentence] ?? []).filter((c) => c.token < beforeTok && beforeTok - c.after <= 6);
      const cue = cues[cues.length - 1];
      if (cue) {
        const gap = text.slice(tokens[cue.after - 1]!.end, q.open);
        if (/[:,]\s*$|^\s*$|\bthat\s*$/.test(gap) || /^[^.!?]*$/.test(gap)) {
          speaker = subjectLeft(cue, sentences[openSentence]!.tokenStart) ?? subjectRight(cue);
          if (speaker) consumedCues.add(cue.token);
        }
      }
    }
    // 3) The previous sentence introduces it (`X said:` or `X added.`) or it continues the last speaker's quote.
    if (!speaker && openSentence > 0) {
      const prevSentence = sentences[openSentence - 1]!;
      const prevText = text.slice(prevSentence.start, q.open);
      if (/:\s*$/.test(prevText)) {
        const cues = cuesBySentence[openSentence - 1] ?? [];
        const cue = cues[cues.length - 1];
        if (cue) {
          speaker = subjectLeft(cue, prevSentence.tokenStart) ?? subjectRight(cue);
          if (speaker) consumedCues.add(cue.token);
        }
      }
    }
    const previous = lastSpeaker as { speaker: Speaker; sentenceIndex: number } | null;
    if (!speaker && previous && openSentence - previous.sentenceIndex <= 3) {
      speaker = { ...previous.speaker, attribution: null, confidence: 0.6 };
    }
    if (!speaker) {
      // A quote whose speaker follows in the next sentence ("That is unacceptable." she said) is handled above;
      // otherwise try a pronoun/nominal subject anywhere in the same sentence.
      for (const cue of cuesBySentence[closeSentence] ?? []) {
        if (consumedCues.has(cue.token)) continue;
        speaker = subjectLeft(cue, sentences[closeSentence]!.tokenStart) ?? subjectRight(cue);
        if (speaker) {
          consumedCues.add(cue.token);
          break;
        }
      }
    }
    if (!speaker) continue;
    const lastPart = parts[parts.length - 1]!;
    let end = lastPart.close;
    // Reported continuation after the attribution: `"…," she said, adding that …` belongs to the same statement.
    const endSentence = sentences[sentenceAt(sentences, Math.max(lastPart.open, end - 1))]!;
    const attEnd = speaker.attribution?.end ?? end;
    if (attEnd >= end && attEnd <= endSentence.end) {
      const tail = text.slice(attEnd, endSentence.end);
      if (
        /^\s*,\s*(?:adding|saying|noting|warning|urging|stressing|calling|describing|accusing|insisting|arguing)\b/.test(tail)
      ) {
        end = endSentence.end;
        for (const cue of cuesBySentence[endSentence.index] ?? [])
          if (tokens[cue.token]!.start >= attEnd) consumedCues.add(cue.token);
      }
    }
    const content: Span[] = parts.map((p) => ({ start: p.innerStart, end: p.innerEnd }));
    if (end > lastPart.close) content.push({ start: attEnd, end });
    statements.push({
      kind: StatementKind.DIRECT_QUOTE,
      start: q.open,
      end,
      sentenceIndex: openSentence,
      content,
      speaker,
      cue: speaker.cue,
      confidence: speaker.confidence,
    });
    lastSpeaker = { speaker, sentenceIndex: closeSentence };
    if (speaker.stateCode && !speaker.person) lastStateSpeaker = speaker.stateCode;
    else if (speaker.stateCode) lastStateSpeaker = lastStateSpeaker ?? speaker.stateCode;
  }

  // Reported speech (with or without quoted fragments): one statement per sentence with a cue and a speaker.
  const coveredByDirect = (s: { start: number; end: number }) =>
    statements.some((st) => st.kind === StatementKind.DIRECT_QUOTE && st.start <= s.start + 2 && st.end >= s.end - 2);
  for (const sentence of sentences) {
    const cues = (cuesBySentence[sentence.index] ?? []).filter((c) => !consumedCues.has(c.token));
    if (cues.length === 0) continue;
    // Skip sentences that are (mostly) a direct quote already.
    const spanStart = sentenceContentStart(text, sentence.start, sentence.end);
    const span = { start: spanStart, end: sentence.end };
    if (coveredByDirect(span)) continue;
    const overlapping = statements.filter((st) => st.start < span.end && span.start < st.end);
    let done = false;
    for (const cue of cues) {
      const lemma = cue.lemma;
      const tailText = text.slice(tokens[cue.after - 1]!.end, Math.min(sentence.end, tokens[cue.after - 1]!.end + 40));
      if (WEAK_SPEECH.has(lemma) && !/^\s*(?:that|to|on|with|"|“|:|,)/.test(tailText) && lemma !== "express") continue;
      if (
        lemma === "express" &&
        !/^\s*(?:\w+\s+){0,2}(?:concern|regret|hope|support|opposition|dissatisfaction|displeasure|gratitude|appreciation|condolences|willingness|readiness|confidence|anger|outrage|disappointment|alarm|sympathy|solidarity|interest|strong|deep|grave|serious)/i.test(
          tailText,
        )
      )
        continue;
      const speaker =
        lemma === "according"
          ? subjectRight(cue)
          : (subjectLeft(cue, sentence.tokenStart) ?? (isInvertedCue(tokens, cue) ? subjectRight(cue) : null));
      if (!speaker) continue;
      // The part of the sentence not used by an overlapping direct quote.
      let start = span.start;
      let end = span.end;
      for (const st of overlapping) {
        if (st.end <= tokens[cue.token]!.start) start = Math.max(start, skipSpaceAndPunct(text, st.end, end));
        else if (st.start >= tokens[cue.token]!.end) end = Math.min(end, st.start);
      }
      if (end - start < 10) continue;
      const partial = quotes.some((q) => q.open >= start && q.close <= end + 1);
      const attribution = speaker.attribution;
      const content: Span[] = [];
      if (attribution) {
        if (attribution.start > start) content.push({ start, end: attribution.start });
        if (attribution.end < end) content.push({ start: attribution.end, end });
      } else content.push({ start, end });
      statements.push({
        kind: partial ? StatementKind.PARTIAL_QUOTE : StatementKind.REPORTED_SPEECH,
        start,
        end: trimEnd(text, start, end),
        sentenceIndex: sentence.index,
        content,
        speaker,
        cue: lemma,
        confidence: Math.min(speaker.confidence, WEAK_SPEECH.has(lemma) ? 0.6 : 0.85),
      });
      lastSpeaker = { speaker, sentenceIndex: sentence.index };
      if (speaker.stateCode && !speaker.person) lastStateSpeaker = speaker.stateCode;
      done = true;
      break;
    }
    if (done) continue;
  }
  for (const st of statements) trimStatement(text, st);
  statements.sort((a, b) => a.start - b.start);
  return statements;
}

/**
 * Statement spans never start or end with whitespace (paragraph breaks before a sentence, trailing spaces), so that
 * `text === body.slice(start, end)` reads cleanly; content spans are trimmed the same way.
 */
export function trimStatement(text: string, st: { start: number; end: number; content: Span[] }): void {
  let start = st.start;
  let end = st.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  st.start = start;
  st.end = end;
  const content: Span[] = [];
  for (const c of st.content) {
    let cs = c.start;
    let ce = c.end;
    while (cs < ce && /\s/.test(text[cs]!)) cs++;
    while (ce > cs && /\s/.test(text[ce - 1]!)) ce--;
    if (ce > cs) content.push({ start: cs, end: ce });
  }
  if (content.length > 0) st.content = content;
}

function isInvertedCue(tokens: Token[], cue: Cue): boolean {
  const prev = tokens[cue.token - 1];
  return !prev || prev.text === "," || QUOTE_CHARS.has(prev.text) || prev.sentenceIndex !== tokens[cue.token]!.sentenceIndex;
}

function insideOtherQuote(q: QuoteSpan, all: QuoteSpan[]): boolean {
  return all.some((o) => o !== q && o.innerStart <= q.open && q.close <= o.innerEnd);
}

/** Skips a dateline ("SEOUL, June 3 (Reuters) -") at the start of a sentence. */
export function sentenceContentStart(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + 80));
  const m = /^[A-Z][A-Z .'-]+(?:,\s*[A-Za-z]+\.?\s*\d{1,2})?(?:\s*\([^)]{1,30}\))?\s*[-—–]+\s*/.exec(head);
  return m ? start + m[0].length : start;
}

function skipSpaceAndPunct(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /[\s,;:]/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}
