// Stage 3: people — names with titles and roles, their state, later mentions, and matching to known people.
import type { ExtractedPerson, KnownPerson } from "./types.js";
import type { SegmentedText, Token } from "./sentences.js";
import type { StateMention } from "./states.js";
import {
  MONTHS_DAYS,
  NON_NAME_CAPS,
  ORG_ACRONYMS,
  ORG_WORDS,
  PERSON_TITLES,
  PORTFOLIO_WORDS,
  ROLE_WORDS,
  SPEECH_VERBS,
} from "./lexicon.js";
import { isUpperInitial, normalizeName } from "./text-utils.js";
import { inferPersonStates } from "./person-states.js";

/** A person as the stage builds it: the stored shape (without the count, known at the end) plus matching aids. */
export interface PersonEntity extends Omit<ExtractedPerson, "count"> {
  /** Lower-cased, normalised name parts ("kim", "jong", "un"): later mentions by one of them resolve here. */
  parts: string[];
  /** Character offset of the first mention. */
  firstOffset: number;
}

export interface PersonMention {
  key: string;
  start: number;
  end: number;
  sentenceIndex: number;
  full: boolean;
}

export interface PeopleResult {
  people: PersonEntity[];
  mentions: PersonMention[];
}

const PARTICLES = new Set([
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

function isCapWord(t: Token): boolean {
  if (!isUpperInitial(t.text)) return false;
  // Words with letters (and maybe inner apostrophes, dots for initials).
  return /^[\p{L}][\p{L}'’.]*$/u.test(t.text) && t.lower !== "'s";
}

interface Candidate {
  nameStart: number; // token index
  nameEnd: number; // exclusive
  roleStart: number; // token index of the first role token (== nameStart when none)
  role: string | null;
  stateCode: string | null;
  hasTitle: boolean;
  accepted: boolean;
}

/**
 * Finds people in the article: capitalised token sequences, with leading titles split off as the role, the state
 * taken from a demonym or possessive before the role ("Japan's Defence Minister X") or from an apposition
 * ("X, the Iranian foreign minister,"), then later mentions by surname. Names are normalised and matched to
 * `known` people by name and aliases.
 */
export function findPeople(seg: SegmentedText, stateMentions: StateMention[], known: KnownPerson[]): PeopleResult {
  const { tokens, text } = seg;
  const n = tokens.length;
  // Which state mention covers each token.
  const stateAt: (StateMention | null)[] = new Array(n).fill(null);
  {
    let m = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      while (m < stateMentions.length && stateMentions[m]!.end <= t.start) m++;
      const sm = stateMentions[m];
      if (sm && sm.start < t.end && t.start < sm.end) stateAt[i] = sm;
    }
  }
  const knownIndex = new Map<string, KnownPerson>();
  for (const person of known) {
    knownIndex.set(person.normalizedName || normalizeName(person.name), person);
    for (const alias of person.aliases) {
      const key = normalizeName(alias);
      if (key && !knownIndex.has(key)) knownIndex.set(key, person);
    }
  }

  const sameGap = (a: number, b: number) => {
    const gap = text.slice(tokens[a]!.end, tokens[b]!.start);
    return gap === " " || gap === "";
  };

  const candidates: Candidate[] = [];
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    if (!isCapWord(t) || stateAt[i]) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = j + 1;
      const tn = tokens[next];
      if (!tn || tn.sentenceIndex !== t.sentenceIndex) break;
      if (
        (tn.text === "-" || tn.text === "‐") &&
        tokens[next + 1] &&
        sameGap(j, next) &&
        text.slice(tn.end, tokens[next + 1]!.start) === "" &&
        /^\p{L}+$/u.test(tokens[next + 1]!.text) &&
        !stateAt[next + 1]
      ) {
        j = next + 1;
        continue;
      }
      if (tn.text.startsWith("-") && tn.text.length > 1 && tn.start === tokens[j]!.end) {
        j = next;
        continue;
      }
      if (isCapWord(tn) && !stateAt[next] && sameGap(j, next) && tn.start > tokens[j]!.end) {
        j = next;
        continue;
      }
      if (PARTICLES.has(tn.lower) && sameGap(j, next)) {
        // "von der Leyen", "bin Salman", "al-Burhan".
        let k = next;
        while (tokens[k + 1] && PARTICLES.has(tokens[k + 1]!.lower) && sameGap(k, k + 1)) k++;
        const after = tokens[k + 1];
        if (
          after &&
          after.text === "-" &&
          after.start === tokens[k]!.end &&
          tokens[k + 2] &&
          isCapWord(tokens[k + 2]!) &&
          tokens[k + 2]!.start === after.end
        ) {
          j = k + 2;
          continue;
        }
        if (after && isCapWord(after) && !stateAt[k + 1] && sameGap(k, k + 1)) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    candidates.push(makeCandidate(seg, stateAt, i, j + 1));
    i = j + 1;
  }

  // Decide which candidates are people.
  for (const c of candidates) {
    if (c.nameEnd <= c.nameStart) continue;
    const nameTokens = tokens.slice(c.nameStart, c.nameEnd);
    const words = nameTokens.filter((x) => /\p{L}/u.test(x.text));
    if (words.some((x) => ORG_WORDS.has(x.lower) || ORG_ACRONYMS.has(x.text) || MONTHS_DAYS.has(x.lower))) continue;
    if (words.every((x) => x.text === x.text.toUpperCase() && x.text.length > 1)) continue; // acronyms, datelines
    const normalized = normalizeName(text.slice(nameTokens[0]!.start, nameTokens[nameTokens.length - 1]!.end));
    const isKnown = knownIndex.has(normalized);
    const nextTok = tokens[c.nameEnd];
    const prevTok = tokens[c.roleStart - 1];
    const prev2 = tokens[c.roleStart - 2];
    const speechNext =
      nextTok && SPEECH_VERBS[nextTok.lower] !== undefined && nextTok.sentenceIndex === nameTokens[0]!.sentenceIndex;
    const speechPrev =
      prevTok &&
      (prevTok.lower === "said" ||
        prevTok.lower === "says" ||
        prevTok.lower === "told" ||
        (prevTok.lower === "to" && prev2?.lower === "according"));
    const appositive = c.hasTitle ? null : findAppositive(seg, stateAt, c.nameEnd);
    if (appositive) {
      c.role = appositive.role;
      c.stateCode = c.stateCode ?? appositive.stateCode;
    } else if (c.hasTitle && !c.stateCode) {
      // "Major General X, a spokesman for Myanmar's military government,": the title stays, the apposition gives the state.
      c.stateCode = findAppositive(seg, stateAt, c.nameEnd)?.stateCode ?? null;
    }
    const multiWord = words.length >= 2;
    // Person-only contexts: "X, who ...", "led by X", "the government of X", "commander, X".
    const after1 = tokens[c.nameEnd + 1];
    const relative =
      nextTok && ((nextTok.text === "," && (after1?.lower === "who" || after1?.lower === "whose")) || nextTok.lower === "who");
    const byLeader =
      prevTok?.lower === "by" &&
      prev2 !== undefined &&
      /^(?:led|commanded|headed|chaired|signed|hosted|founded|ruled|run)$/.test(prev2.lower);
    const governmentOf =
      prevTok?.lower === "of" &&
      prev2 !== undefined &&
      /^(?:government|administration|regime|cabinet|presidency|leadership|rule)$/.test(prev2.lower);
    // "Minister of State for Energy Affairs, X": the title may end in portfolio words joined by of/for/and.
    const titleComma =
      prevTok?.text === "," &&
      prev2 !== undefined &&
      (PERSON_TITLES.has(prev2.lower) || titleBeforePortfolio(tokens, c.roleStart - 2));
    if (titleComma && !c.role) {
      let k = c.roleStart - 2;
      let first = k;
      // "Qatar's Minister of State for Energy Affairs, X": portfolio words joined by of/for/and belong to the title.
      while (
        k >= 0 &&
        c.roleStart - 2 - k < 10 &&
        (ROLE_WORDS.has(tokens[k]!.lower) ||
          PORTFOLIO_WORDS.has(tokens[k]!.lower) ||
          (/^(?:for|of|and|,)$/.test(tokens[k]!.lower) &&
            k - 1 >= 0 &&
            (ROLE_WORDS.has(tokens[k - 1]!.lower) || PORTFOLIO_WORDS.has(tokens[k - 1]!.lower)))) &&
        tokens[k]!.lower !== "the" &&
        !stateAt[k]
      )
        first = k--;
      while (first < c.roleStart - 2 && /^(?:for|of|and|,)$/.test(tokens[first]!.lower)) first++;
      c.role = text.slice(tokens[first]!.start, tokens[c.roleStart - 2]!.end);
      const possessive = tokens[first - 1];
      if (possessive && (possessive.lower === "'s" || possessive.lower === "’s") && stateAt[first - 2])
        c.stateCode = stateAt[first - 2]!.code;
      else if (possessive && stateAt[first - 1]) c.stateCode = stateAt[first - 1]!.code;
    }
    // "The President of Finland, X,": a title of a state right before the comma.
    let titleOfState = false;
    if (!titleComma && prevTok?.text === "," && stateAt[c.roleStart - 2]) {
      let b = c.roleStart - 2;
      while (b > 0 && stateAt[b - 1] === stateAt[c.roleStart - 2]) b--;
      if (tokens[b - 1]?.lower === "the") b--;
      const title = tokens[b - 2];
      if (
        tokens[b - 1]?.lower === "of" &&
        title &&
        PERSON_TITLES.has(title.lower) &&
        title.sentenceIndex === nameTokens[0]!.sentenceIndex
      ) {
        titleOfState = true;
        let f = b - 2;
        while (f > 0 && ROLE_WORDS.has(tokens[f - 1]!.lower) && tokens[f - 1]!.lower !== "the" && !stateAt[f - 1]) f--;
        if (!c.role) c.role = text.slice(tokens[f]!.start, tokens[c.roleStart - 2]!.end);
        c.stateCode = c.stateCode ?? stateAt[c.roleStart - 2]!.code;
      }
    }
    c.accepted =
      c.hasTitle ||
      titleOfState ||
      isKnown ||
      (appositive !== null && multiWord) ||
      (multiWord && (speechNext || speechPrev || relative || byLeader || governmentOf || titleComma) === true);
  }

  // Build entities from accepted candidates, in text order.
  const people: PersonEntity[] = [];
  const mentions: PersonMention[] = [];
  const byNorm = new Map<string, PersonEntity>();
  const findByPart = (parts: string[], before: number): PersonEntity | null => {
    // The most recently introduced person having all these parts (as surname/first name/full name).
    let best: PersonEntity | null = null;
    for (const p of people) {
      if (p.firstOffset > before) continue;
      if (
        parts.every((part) => p.parts.includes(part)) &&
        (parts.length > 1 || p.parts[0] === parts[0] || p.parts[p.parts.length - 1] === parts[0])
      ) {
        if (!best || lastMention(p) > lastMention(best)) best = p;
      }
    }
    return best;
  };
  const lastMention = (p: PersonEntity) => p.mentions[p.mentions.length - 1]?.start ?? p.firstOffset;

  for (const c of candidates) {
    if (!c.accepted) continue;
    const first = tokens[c.nameStart]!;
    const last = tokens[c.nameEnd - 1]!;
    const name = text.slice(first.start, last.end);
    const normalized = normalizeName(name);
    const parts = normalized.split(" ").filter((p) => !PARTICLES.has(p));
    let entity = byNorm.get(normalized) ?? null;
    if (!entity && parts.length === 1) entity = findByPart(parts, first.start);
    if (!entity && parts.length > 1) {
      // A fuller name for someone first met by one name ("President Putin" ... "Vladimir Putin").
      entity =
        people.find((p) => p.parts.length === 1 && (parts[parts.length - 1] === p.parts[0] || parts[0] === p.parts[0])) ?? null;
      if (entity) {
        byNorm.delete(entity.normalizedName);
        entity.aliases.push(entity.name);
        entity.name = name;
        entity.normalizedName = normalized;
        entity.parts = parts;
        byNorm.set(normalized, entity);
      }
    }
    if (!entity) {
      entity = {
        key: `p${people.length + 1}`,
        name,
        normalizedName: normalized,
        knownPersonId: null,
        aliases: [],
        role: null,
        organisation: null,
        stateCode: null,
        sanctioned: false,
        sanctionNote: null,
        mentions: [],
        parts,
        firstOffset: first.start,
      };
      people.push(entity);
      byNorm.set(normalized, entity);
    } else if (entity.name !== name && !entity.aliases.includes(name)) {
      entity.aliases.push(name);
    }
    if (c.role && !entity.role) {
      entity.role = c.role;
      const org = /\b((?:[A-Z][\w'-]*\s+)*(?:Ministry|Department|Office|Agency|Committee|Council|Commission))\b/.exec(c.role);
      if (org) entity.organisation = org[1]!;
    }
    if (c.stateCode && !entity.stateCode) entity.stateCode = c.stateCode;
    entity.mentions.push({ start: first.start, end: last.end });
    mentions.push({ key: entity.key, start: first.start, end: last.end, sentenceIndex: first.sentenceIndex, full: true });
  }

  // Later (and unaccepted) mentions by surname or another part of an accepted name.
  for (const c of candidates) {
    if (c.accepted || c.nameEnd <= c.nameStart) continue;
    const first = tokens[c.nameStart]!;
    const last = tokens[c.nameEnd - 1]!;
    const normalized = normalizeName(text.slice(first.start, last.end));
    if (!normalized) continue;
    const entity =
      byNorm.get(normalized) ??
      findByPart(
        normalized.split(" ").filter((p) => !PARTICLES.has(p)),
        first.start,
      );
    if (!entity) continue;
    // "Japan's Hayashi said": a later mention introduced by a state gives a stateless person that state.
    if (c.stateCode && !entity.stateCode) entity.stateCode = c.stateCode;
    entity.mentions.push({ start: first.start, end: last.end });
    mentions.push({ key: entity.key, start: first.start, end: last.end, sentenceIndex: first.sentenceIndex, full: false });
  }
  mentions.sort((a, b) => a.start - b.start);

  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    const match = knownIndex.get(p.normalizedName) ?? p.aliases.map((a) => knownIndex.get(normalizeName(a))).find((k) => k);
    if (match) {
      p.knownPersonId = match.id;
      if (!p.stateCode) p.stateCode = match.stateCode;
    }
    detectSanctions(text, p);
  }
  inferPersonStates(seg, stateMentions, { people, mentions });
  return { people, mentions };
}

/** Whether a person title heads the portfolio phrase ending at token `end` ("Minister of State for Energy Affairs"). */
function titleBeforePortfolio(tokens: Token[], end: number): boolean {
  if (!PORTFOLIO_WORDS.has(tokens[end]?.lower ?? "") || !/^\p{Lu}/u.test(tokens[end]!.text)) return false;
  for (let k = end - 1; k >= 0 && end - k <= 8; k--) {
    const w = tokens[k]!;
    if (w.sentenceIndex !== tokens[end]!.sentenceIndex) return false;
    if (PERSON_TITLES.has(w.lower) && /^\p{Lu}/u.test(w.text)) return true;
    if (!(PORTFOLIO_WORDS.has(w.lower) || ROLE_WORDS.has(w.lower) || /^(?:for|of|and)$/.test(w.lower)) || w.lower === "the")
      return false;
  }
  return false;
}

const KINSHIP = new Set(["son", "daughter", "brother", "sister", "wife", "husband"]);

function makeCandidate(seg: SegmentedText, stateAt: (StateMention | null)[], from: number, to: number): Candidate {
  const { tokens, text } = seg;
  let nameStart = from;
  let hasTitle = false;
  // Drop sentence-initial function words and split off leading titles ("Foreign Minister", "Marshal").
  while (nameStart < to) {
    const lower = tokens[nameStart]!.lower;
    if (ROLE_WORDS.has(lower)) {
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
    if (PERSON_TITLES.has(tokens[r]!.lower) && !(KINSHIP.has(tokens[r]!.lower) && /^\p{Lu}/u.test(tokens[r]!.text))) {
      let e = r + 1;
      while (e < to - 1 && ROLE_WORDS.has(tokens[e]!.lower)) e++;
      hasTitle = true;
      nameStart = e;
      break;
    }
  }
  // "High Commissioner for Refugees Filippo Grandi": after "for"/"of", a leading plural noun is part of the title.
  const before = tokens[from - 1];
  let roleBridge = false;
  if (
    before &&
    (before.lower === "for" || before.lower === "of") &&
    to - nameStart >= 3 &&
    /[^s]s$/.test(tokens[nameStart]!.text)
  ) {
    nameStart++;
    roleBridge = true;
  }
  // "Minister for Climate Change Ralph Regenvanu": after "<title> for/of", leading portfolio words belong to the
  // title, as long as two words remain for the name.
  const titleBefore = tokens[from - 2];
  if (
    !roleBridge &&
    before &&
    (before.lower === "for" || before.lower === "of") &&
    titleBefore &&
    PERSON_TITLES.has(titleBefore.lower)
  ) {
    let e = nameStart;
    while (to - e > 2 && (PORTFOLIO_WORDS.has(tokens[e]!.lower) || ROLE_WORDS.has(tokens[e]!.lower))) e++;
    if (e > nameStart) {
      nameStart = e;
      roleBridge = true;
    }
  }
  let roleStart: number;
  // Walk back over role words (any case), stopping at a state (demonym or possessive) which gives the state.
  let k = from - 1;
  let stateCode: string | null = null;
  let steps = 0;
  // "governor of Essequibo": a name right after "of"/"for" is a place or body, not a person with that title.
  const blocked = nameStart === from && before !== undefined && (before.lower === "of" || before.lower === "for") && !roleBridge;
  while (k >= 0 && steps < 8 && !blocked) {
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
        steps++;
        continue;
      }
      stateCode = stateAt[k]!.code;
      break;
    }
    if (t.lower === "'s" || t.lower === "’s") {
      if (k > 0 && stateAt[k - 1]) {
        stateCode = stateAt[k - 1]!.code;
      }
      break;
    }
    if (roleBridge && k === from - 1 && (t.lower === "for" || t.lower === "of")) {
      k--;
      steps++;
      continue;
    }
    if (!ROLE_WORDS.has(t.lower) || t.lower === "the" || t.lower === "his" || t.lower === "her") break;
    if (PERSON_TITLES.has(t.lower)) hasTitle = true;
    k--;
    steps++;
  }
  let firstRole = k + 1;
  while (firstRole < from && (tokens[firstRole]!.lower === "of" || tokens[firstRole]!.lower === "the")) firstRole++;
  if (firstRole < from || nameStart > from) {
    roleStart = firstRole < from ? firstRole : from;
  } else roleStart = from;
  let role: string | null = null;
  const roleEndTok = nameStart - 1;
  if (roleEndTok >= roleStart) {
    role =
      text
        .slice(tokens[roleStart]!.start, tokens[roleEndTok]!.end)
        .replace(/^(?:(?:the|of|his|her)\s+)+/i, "")
        .trim() || null;
    // Only role words count, drop trailing function words that slipped in.
    if (role && !role.split(/\s+/).some((w) => PERSON_TITLES.has(w.toLowerCase()))) role = hasTitle ? role : null;
  }
  // "of Iran" right after the role ("Foreign Minister of Iran X") is rare; states after names come from appositions.
  return { nameStart, nameEnd: to, roleStart, role, stateCode, hasTitle, accepted: false };
}

/** ", the Iranian foreign minister," / ", a spokesperson for the Chinese Foreign Ministry," right after a name. */
function findAppositive(
  seg: SegmentedText,
  stateAt: (StateMention | null)[],
  after: number,
): { role: string; stateCode: string | null } | null {
  const { tokens, text } = seg;
  if (tokens[after]?.text !== ",") return null;
  let stateCode: string | null = null;
  let title: number = -1;
  let end = after + 1;
  for (let k = after + 1; k < Math.min(tokens.length, after + 12); k++) {
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
    // institution the person belongs to.
    if (
      stateAt[k] &&
      !stateCode &&
      title >= 0 &&
      k - title <= 5 &&
      stateAt[k + 1] !== stateAt[k] &&
      institutionFollows(tokens, k + 1)
    )
      stateCode = stateAt[k]!.code;
    if (PERSON_TITLES.has(t.lower) && title < 0) title = k;
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

const SANCTION_PATTERN =
  /\b(?:(?:who|which)\s+(?:is|are|was|has been|have been)\s+)?(?:under|subject to|facing|faces|targeted by)\s+(?:[\w.\-'’]+\s+){0,6}?sanctions\b|\bsanctioned\s+by\s+(?:the\s+)?[\w.\-'’ ]{2,40}?(?=[,.;)]|\s+(?:for|in|over|since|and)\b)|\b(?:blacklisted|sanctioned)\b(?:\s+by\s+(?:the\s+)?[\w.\-'’]+(?:\s+[A-Z][\w.\-'’]*)*)?/;

/** "who is under UN Security Council sanctions", "sanctioned by the EU": close after one of the person's mentions. */
function detectSanctions(text: string, p: PersonEntity): void {
  for (const m of p.mentions) {
    const windowEnd = Math.min(text.length, m.end + 90);
    let tail = text.slice(m.end, windowEnd);
    const stop = tail.search(/(?<![A-Z])[.!?](?:\s|$)|\n/);
    if (stop >= 0) tail = tail.slice(0, stop);
    // The sanction phrase must come right after the name (apposition / relative clause), not in a later clause.
    const hit = SANCTION_PATTERN.exec(tail);
    if (hit && hit.index <= 60 && /^[\s,]*(?:\([^)]*\)\s*)?(?:,|who|which|—|-)?/.test(tail)) {
      const before = tail.slice(0, hit.index);
      if (/\b(?:said|says|told|warned|added)\b/.test(before)) continue;
      if (!/^\s*,|^\s*who\b|^\s*—/.test(tail) && hit.index > 3) continue;
      p.sanctioned = true;
      p.sanctionNote = hit[0].replace(/^(?:who|which)\s+(?:is|are|was|has been|have been)\s+/, "").trim();
      return;
    }
  }
}

/** The most recent person before `offset` whose role contains `head` ("minister", "spokesperson"). */
export function resolveNominal(result: PeopleResult, head: string, offset: number): PersonEntity | null {
  let best: PersonEntity | null = null;
  let bestAt = -1;
  for (const m of result.mentions) {
    if (m.start >= offset) break;
    const p = result.people.find((x) => x.key === m.key);
    if (!p?.role) continue;
    const role = p.role.toLowerCase();
    const ok =
      role.includes(head) || ((head === "spokesman" || head === "spokeswoman" || head === "spokesperson") && /spokes/.test(role));
    if (ok && m.start > bestAt) {
      best = p;
      bestAt = m.start;
    }
  }
  return best;
}

/** The person mentioned most recently before `offset` within `maxSentences` sentences. */
export function mostRecentPerson(
  result: PeopleResult,
  offset: number,
  sentenceIndex: number,
  maxSentences = 3,
): PersonEntity | null {
  let found: PersonMention | null = null;
  for (const m of result.mentions) {
    if (m.start >= offset) break;
    found = m;
  }
  if (!found || sentenceIndex - found.sentenceIndex > maxSentences) return null;
  return result.people.find((p) => p.key === found!.key) ?? null;
}
