// Stage 2: state mentions (names, official names, abbreviations, demonyms, capitals, short forms) resolved to ISO codes.
import type { GazetteerState } from "./types.js";
import { isUpperInitial, isWordChar } from "./text-utils.js";
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";
import { OverlapIndex } from "./span-search.js";
import { datelineAt } from "./datelines.js";
import {
  COMBINING_FORM_RULE,
  COMBINING_FORMS,
  NAME_INSIDE_NAME,
  NAME_INSIDE_NAME_BEFORE,
  NAME_INSIDE_NAME_RULE,
  TERRITORY_SOVEREIGN,
  TERRITORY_SOVEREIGN_RULE,
} from "./rules/state-rules.js";

export type StateMentionKind = "NAME" | "ABBREVIATION" | "DEMONYM" | "CAPITAL" | "SHORT_FORM" | "INSTITUTION";

export interface StateMention {
  code: string;
  start: number;
  end: number;
  surface: string;
  kind: StateMentionKind;
}

interface Entry {
  surface: string;
  /** null: a blocking phrase that consumes the text without meaning a state ("South China Sea"). */
  code: string | null;
  kind: StateMentionKind;
}

export interface CompiledGazetteer {
  byKey: Map<string, Entry[]>;
  /** All surfaces (lower-cased) of state names, demonyms and capitals: other stages use it to skip them. */
  names: Set<string>;
}

/**
 * Phrases that contain a state's name or demonym but do not mean the state (seas, U.S. states, regions,
 * newspapers). Matched like aliases, longest first, so they swallow the shorter state name inside them.
 */
const BLOCKING_PHRASES = [
  "South China Sea",
  "East China Sea",
  "Indian Ocean",
  "Sea of Japan",
  "Gulf of Mexico",
  "New Mexico",
  "New Mexican",
  "New Jersey",
  "New Guinea",
  "New South Wales",
  "New England",
  "Washington state",
  "Washington State",
  "Washington Post",
  "Washington Times",
  "Washington Consensus",
  "University of Washington",
  "Georgia Tech",
  "University of Georgia",
  "Latin America",
  "Latin American",
  "Latin Americans",
  "North America",
  "North American",
  "South America",
  "South American",
  "Central America",
  "Central American",
  "Native American",
  "Native Americans",
  "African American",
  "African Americans",
  "Asian American",
  "Asian Americans",
  "Jordan River",
  "Congo River",
  "Congo Basin",
  "Indian Ocean",
  "Chinese New Year",
  "Japan Times",
  "China Daily",
  "Korea Times",
  "Korea Herald",
  "Korea JoongAng Daily",
  "Turkish Airlines",
  "Panama Canal",
  "English Channel",
  "Arabian Sea",
  "Caspian Sea",
  "Baltic Sea",
  "Black Sea",
  "American Samoa",
  "Dutch disease",
  "French fries",
  "Russian roulette",
  "Swiss cheese",
  "Chinese checkers",
  // Newspapers named after a place (as "Japan Times" above): "told the Kyiv Independent" is a source, not the state.
  "Moscow Times",
  "Kyiv Independent",
  "Kyiv Post",
  "Jerusalem Post",
  "Tehran Times",
  "Taipei Times",
  "Bangkok Post",
  "Jakarta Post",
  "Manila Times",
  "Times of India",
  "Times of Israel",
  // Airlines and clubs named after a state or capital (as "Turkish Airlines" above).
  "Air India",
  "Air China",
  "Air France",
  "Qatar Airways",
  "Singapore Airlines",
  "Japan Airlines",
  "Real Madrid",
  "Atletico Madrid",
  "Atlético Madrid",
  // "American Indian" names a people of the United States, not India.
  "American Indian",
  "American Indians",
];

/**
 * Government institutions that speak for a state ("the Kremlin said"). They resolve speakers; they are
 * reported as state mentions as well, since they name the state's government.
 */
const INSTITUTIONS: [string, string][] = [
  ["White House", "US"],
  ["Pentagon", "US"],
  ["State Department", "US"],
  ["Department of State", "US"],
  ["Kremlin", "RU"],
  ["Elysee Palace", "FR"],
  ["Élysée Palace", "FR"],
  ["Elysee", "FR"],
  ["Élysée", "FR"],
  ["Downing Street", "GB"],
  ["Foreign Office", "GB"],
  ["Zhongnanhai", "CN"],
  ["Korean Central News Agency", "KP"],
  ["KCNA", "KP"],
  ["Blue House", "KR"],
  ["Quai d'Orsay", "FR"],
  ["Bundeswehr", "DE"],
  ["Knesset", "IL"],
  ["Duma", "RU"],
  ["Politburo", "CN"],
  // Seats of government and parliaments that news uses for the government itself ("Itamaraty said").
  ["Itamaraty", "BR"],
  ["Planalto Palace", "BR"],
  ["Foggy Bottom", "US"],
  ["Whitehall", "GB"],
  ["Malacañang", "PH"],
  ["Malacanang", "PH"],
  ["Casa Rosada", "AR"],
  ["Palazzo Chigi", "IT"],
  ["Cheong Wa Dae", "KR"],
  ["Verkhovna Rada", "UA"],
  ["Bundestag", "DE"],
  ["Aso Rock", "NG"],
  // India's foreign ministry: no other government of today's news calls its ministry or minister so.
  ["Ministry of External Affairs", "IN"],
  ["External Affairs Ministry", "IN"],
  // Armed forces named without their state, as "Bundeswehr" above.
  ["People's Liberation Army", "CN"],
  ["PLA", "CN"],
  ["IDF", "IL"],
];

/** Place names that are also common given names or surnames: a capitalised neighbour makes them a person's name. */
const PERSON_NAME_LIKE = new Set([
  "Jordan",
  "Chad",
  "Georgia",
  "Israel",
  "Victoria",
  "Sofia",
  "Paris",
  "Kingston",
  "Hamilton",
  "Douglas",
  "Stanley",
  "Cuba",
  "Lebanon",
  "Santiago",
  "Lima",
  "Florence",
  "Jersey",
  "Guernsey",
  "Washington",
  "Charlotte",
  "Marshall",
  "Male",
  "Camille",
  "Montserrat",
]);

/** Capitals that are too ambiguous in English prose to be read as a state on their own. */
const AMBIGUOUS_CAPITALS = new Set([
  "Male",
  "Victoria",
  "Kingston",
  "Hamilton",
  "Douglas",
  "Stanley",
  "Plymouth",
  "Jamestown",
  "The Valley",
  "Road Town",
  "West Island",
  "Georgetown",
  "Castries",
  "Alofi",
  "Avarua",
  "Basseterre",
  "Kingstown",
  "Praia",
  "Saint John's",
  "St. John's",
  "Saint George's",
  "St. George's",
  "Nassau",
  "Victoria",
  "Apia",
  "Majuro",
  "Charlotte Amalie",
  "Marigot",
  "Philipsburg",
  "Gustavia",
  "Adamstown",
  "Flying Fish Cove",
  "King Edward Point",
  "Yaren",
  "Funafuti",
  "Hagåtña",
  "Hagatna",
  "Saipan",
  "Capitol Hill",
  "Delhi",
  "Santiago",
  "Sucre",
  "Tarawa",
  "South Tarawa",
  "Sofia",
  "Lima",
  "Victoria",
  "San José",
  "Panama City",
  "Mexico City",
  "Kuwait City",
  "Guatemala City",
  "Vatican City",
  "Singapore",
  "Luxembourg",
  "Djibouti",
  "Monaco",
  "San Marino",
  "Gibraltar",
]);

/** Words that can precede a place name at the start of a sentence or phrase without making it part of a longer name. */
const LEADING_WORDS = new Set([
  "In",
  "The",
  "And",
  "But",
  "For",
  "From",
  "To",
  "With",
  "Both",
  "While",
  "When",
  "After",
  "Before",
  "Since",
  "As",
  "At",
  "On",
  "Of",
  "By",
  "If",
  "Meanwhile",
  "However",
  "Also",
  "Yet",
  "Under",
  "Against",
  "Between",
  "Unlike",
  "Like",
  "Neither",
  "Nor",
  "Only",
  "Even",
  "Because",
  "Although",
  "Though",
  "Whether",
  "Why",
  "How",
  "What",
  "Where",
  "That",
  "This",
  "These",
  "Those",
  "Then",
  "Now",
  "Today",
  "Still",
  "Instead",
  "Last",
  "Next",
  "Earlier",
  "Later",
  "Many",
  "Some",
  "Most",
  "All",
  "Several",
  "Each",
  "Every",
  "Including",
  "Within",
  "Without",
  "Amid",
  "Over",
  "Despite",
  "Through",
  "Toward",
  "Towards",
  "Across",
  "Outside",
  "Inside",
  "Near",
  "Beyond",
  "Until",
  "Following",
  "During",
  "Among",
  "Regarding",
  "Concerning",
  "Per",
  "Via",
  "Not",
  "No",
  "Yes",
  "Dear",
  "Friday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Saturday",
  "Sunday",
  "SEOUL",
  "WASHINGTON",
  "BEIJING",
  "TOKYO",
  "MOSCOW",
  "LONDON",
  "PARIS",
  "BERLIN",
  "GENEVA",
  "UNITED",
  "NATIONS",
]);

const COMMON_WORD_ALIASES = new Set(["Chad", "Turkey", "Guinea", "Jersey", "Georgia", "Jordan"]);

const cache = new WeakMap<GazetteerState[], CompiledGazetteer>();

function keyOf(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordChar(text[end])) end++;
  return text.slice(at, end);
}

/** Builds (once per states array) the lookup used by findStateMentions. */
export function compileGazetteer(states: GazetteerState[]): CompiledGazetteer {
  const cached = cache.get(states);
  if (cached) return cached;
  const byKey = new Map<string, Entry[]>();
  const names = new Set<string>();
  const seen = new Set<string>();
  const add = (surface: string, code: string | null, kind: StateMentionKind) => {
    const value = surface.trim().replace(/’/g, "'");
    if (!value || value.includes(", ") || seen.has(value)) return;
    if (code && kind === "CAPITAL" && AMBIGUOUS_CAPITALS.has(value)) return;
    seen.add(value);
    if (code) names.add(value.toLowerCase());
    const key = keyOf(value, 0);
    if (!key) return;
    const list = byKey.get(key) ?? [];
    list.push({ surface: value, code, kind });
    byKey.set(key, list);
  };
  for (const phrase of BLOCKING_PHRASES) add(phrase, null, "NAME");
  for (const state of states) {
    add(state.name, state.code, "NAME");
    add(state.officialName, state.code, "NAME");
    // Names hyphenated between two capitalised words are also written with a space ("Republic of Guinea Bissau"):
    // without the spaced form, "Republic of Guinea" would match the shorter name of another state.
    for (const name of [state.name, state.officialName])
      if (/\p{Lu}\p{Ll}+-\p{Lu}/u.test(name)) add(name.replace(/(?<=\p{Ll})-(?=\p{Lu})/gu, " "), state.code, "NAME");
    for (const alias of state.aliases) {
      add(alias.value, state.code, alias.kind);
      // "the North" also starts sentences: "The North said".
      if (alias.value.startsWith("the ")) add("The " + alias.value.slice(4), state.code, alias.kind);
    }
  }
  for (const [surface, code] of INSTITUTIONS) add(surface, code, "INSTITUTION");
  for (const list of byKey.values()) list.sort((a, b) => b.surface.length - a.surface.length);
  const compiled = { byKey, names };
  cache.set(states, compiled);
  return compiled;
}

function previousWord(text: string, at: number): { word: string; start: number; gap: string } | null {
  let end = at;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  const gap = text.slice(end, at);
  let start = end;
  while (start > 0 && (isWordChar(text[start - 1]) || text[start - 1] === ".")) start--;
  if (start === end) return { word: "", start: end, gap };
  return { word: text.slice(start, end), start, gap };
}

function nextWord(text: string, at: number): { word: string; gap: string } {
  let start = at;
  while (start < text.length && (text[start] === " " || text[start] === "\t")) start++;
  const gap = text.slice(at, start);
  let end = start;
  while (end < text.length && isWordChar(text[end])) end++;
  return { word: text.slice(start, end), gap };
}

/** Is the capitalised word at `start` the first word of a sentence? */
function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === '"' || text[i] === "“" || text[i] === "(")) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  return ch === "\n" || ch === "." || ch === "!" || ch === "?" || ch === ":" || ch === "-" || ch === "—";
}

/** Words that may follow a state name used as a name ("Israel Defense Forces", "Jordan King Abdullah"). */
const ALLOWED_AFTER =
  /^(?:Defen[cs]e|Foreign|Ministry|Minister|Government|Army|Navy|Air|Forces?|President|Prime|King|Queen|Embassy|Coast|National|Central|Council|Parliament|State|Supreme|Security|Deputy|Special|Military|Armed)$/;

function isUsStateContext(text: string, m: { start: number; end: number; surface: string }): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 30);
  if (/\b(?:U\.?S\.?|American) state of\s*$|\bstate of\s*$/.test(before)) return true;
  if (
    /^\s*(?:state\b|State\b|Governor|governor|Senator|senator|Sen\.|Rep\.|Republican|Democrat|Bulldogs|Institute|University|Tech)/.test(
      after,
    )
  )
    return true;
  if (/^,\s*(?:U\.S\.|USA|United States)/.test(after)) return true;
  // "Atlanta, Georgia" / "Seattle, Washington": a city name followed by a comma.
  if (/[A-Z][a-z]+,\s*$/.test(before) && !/(?:said|added|Minister|President)\s*,\s*$/.test(before)) {
    const city = /([A-Z][a-z]+),\s*$/.exec(before)?.[1] ?? "";
    if (!LEADING_WORDS.has(city)) return true;
  }
  return false;
}

/**
 * Finds every state mention in `text`: case-sensitive, whole words, longest match first. Short forms ("the North")
 * resolve only when the text talks about exactly the Korean peninsula; ambiguous names are skipped next to
 * capitalised words that make them part of a person's name ("Michael Jordan") or a U.S. state ("Atlanta, Georgia").
 */
export function findStateMentions(text: string, gazetteer: CompiledGazetteer): StateMention[] {
  const source = text.includes("’") ? text.replace(/’/g, "'") : text;
  const found: StateMention[] = [];
  const shortForms: StateMention[] = [];
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const ch = source[i]!;
    if (!isWordChar(ch)) continue;
    if (i > 0 && isWordChar(source[i - 1])) continue;
    const key = keyOf(source, i);
    const candidates = gazetteer.byKey.get(key);
    if (!candidates) {
      i += key.length - 1;
      continue;
    }
    let matched: Entry | null = null;
    for (const entry of candidates) {
      if (!source.startsWith(entry.surface, i)) continue;
      const after = source[i + entry.surface.length];
      if (isWordChar(after)) continue;
      // A currency ("US$30 billion", "NZ$5 million"), not the state.
      if (after === "$" && entry.kind === "ABBREVIATION") continue;
      if (entry.kind === "SHORT_FORM") {
        // "the North Korean ...", "the South China Sea": part of a longer name, let the longer match win.
        const next = nextWord(source, i + entry.surface.length);
        if (next.gap === " " && next.word && isUpperInitial(next.word)) continue;
      }
      matched = entry;
      break;
    }
    if (!matched) {
      i += key.length - 1;
      continue;
    }
    const end = i + matched.surface.length;
    if (matched.code && !insideName(source, i, end)) {
      const code = sovereignOf(matched.code);
      const mention: StateMention = { code, start: i, end, surface: text.slice(i, end), kind: matched.kind };
      if (matched.kind === "SHORT_FORM") shortForms.push(mention);
      else if (accept(source, mention)) found.push(mention);
    }
    i = end - 1;
  }
  if (shortForms.length > 0) resolveShortForms(source, found, shortForms);
  resolveSharedNames(source, found);
  resolveCombiningForms(source, found);
  found.sort((a, b) => a.start - b.start);
  return resolveSeatsOfInstitutions(resolveGenericInstitutions(source, found));
}

/** Rule states.name-inside-name: the words around a name make it part of an agreement's, a war's or a sea's name. */
function insideName(text: string, start: number, end: number): boolean {
  if (!ruleEnabled(NAME_INSIDE_NAME_RULE)) return false;
  const after = NAME_INSIDE_NAME.test(text.slice(end, end + 16));
  if (!after && !NAME_INSIDE_NAME_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  noteFired(NAME_INSIDE_NAME_RULE);
  return true;
}

/** Rule states.combining-form: "Sino-" before a hyphen and a state mention ("Sino-U.S.") names China. */
const COMBINING_FORM_AT = /\b(Sino|Anglo|Franco|Russo|Indo)-/g;

function resolveCombiningForms(text: string, found: StateMention[]): void {
  if (!ruleEnabled(COMBINING_FORM_RULE) || !text.includes("o-")) return;
  const starts = new Set(found.map((m) => m.start));
  for (const hit of text.matchAll(COMBINING_FORM_AT)) {
    const code = COMBINING_FORMS.get(hit[1]!);
    if (!code || !starts.has(hit.index + hit[0].length)) continue;
    found.push({ code, start: hit.index, end: hit.index + hit[1]!.length, surface: hit[1]!, kind: "DEMONYM" });
    noteFired(COMBINING_FORM_RULE);
  }
}

/** Rule states.territory-sovereign: a dependent territory's name means the state that governs it. */
function sovereignOf(code: string): string {
  const sovereign = TERRITORY_SOVEREIGN.get(code);
  if (!sovereign || !ruleEnabled(TERRITORY_SOVEREIGN_RULE)) return code;
  noteFired(TERRITORY_SOVEREIGN_RULE);
  return sovereign;
}

/**
 * Rule states.dateline-after-headline: the dateline opens the story's first paragraph, which in a page's text may
 * come after a headline, a byline, a time stamp or a photo caption on lines of their own; the first line in the
 * opening DATELINE_SEARCH_CHARS characters that starts with a dateline naming a state is taken.
 */
const DATELINE_AFTER_HEADLINE_RULE = "states.dateline-after-headline";
registerRules([DATELINE_AFTER_HEADLINE_RULE]);
const DATELINE_SEARCH_CHARS = 600;

/** The state a dateline's place names (a capital or a country, alone), or null. */
function datelinePlaceState(head: string, gazetteer: CompiledGazetteer): string | null {
  const dateline = datelineAt(head);
  if (!dateline) return null;
  const place = /\p{Ll}/u.test(dateline.place)
    ? dateline.place
    : dateline.place.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  const found = findStateMentions(place, gazetteer);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === place.length ? found[0]!.code : null;
}

/**
 * The state of the article's dateline (datelines.ts): where the story was filed. Null without a dateline, for a place
 * that is no state's capital or country, and for a dateline naming several places ("BEIJING/WASHINGTON").
 */
export function datelineState(text: string, gazetteer: CompiledGazetteer): string | null {
  const first = datelinePlaceState(text.slice(0, 160), gazetteer);
  if (first || !ruleEnabled(DATELINE_AFTER_HEADLINE_RULE)) return first;
  for (let line = text.indexOf("\n"); line >= 0 && line < DATELINE_SEARCH_CHARS; line = text.indexOf("\n", line + 1)) {
    const state = datelinePlaceState(text.slice(line + 1, line + 161), gazetteer);
    if (state) {
      noteFired(DATELINE_AFTER_HEADLINE_RULE);
      return state;
    }
  }
  return null;
}

/**
 * Rule states.shared-name-in-context: a name two states share ("Congo", "Congolese" for the Democratic Republic of
 * the Congo and the Republic of the Congo) means the one the article names in full (by name, abbreviation or
 * capital: "DRC", "Kinshasa"; "Congo-Brazzaville"), else the one the bare name usually means in the news. When the
 * article names both in full, the gazetteer's reading stands. Names inside longer names ("Congo River") are blocked.
 */
const SHARED_NAMES: { id: string; surfaces: RegExp; bare: RegExp; codes: string[]; usual: string; blocked: RegExp }[] = [
  {
    id: "states.shared-name-in-context",
    surfaces: /\bCongo(?:lese)?\b/g,
    bare: /^Congo(?:lese)?$/,
    codes: ["CD", "CG"],
    usual: "CD",
    // As in BLOCKING_PHRASES: the gazetteer skips these, so must this rule.
    blocked: /^\s+(?:River|Basin)\b/,
  },
];
registerRules(SHARED_NAMES.map((n) => n.id));

function resolveSharedNames(text: string, found: StateMention[]): void {
  for (const shared of SHARED_NAMES) {
    if (!ruleEnabled(shared.id) || !shared.surfaces.test(text)) continue;
    shared.surfaces.lastIndex = 0;
    const named = shared.codes.filter((c) => found.some((m) => m.code === c && !shared.bare.test(m.surface)));
    const code = named.length === 0 ? shared.usual : named.length === 1 ? named[0]! : null;
    if (!code) continue;
    // The hits do not overlap each other: a mention added for one never overlaps a later one.
    const index = new OverlapIndex(found);
    for (const hit of text.matchAll(shared.surfaces)) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (shared.blocked.test(text.slice(end, end + 8))) continue;
      const at = index.firstOverlapping(start, end);
      const existing = found[at];
      if (existing && !(existing.start === start && existing.end === end)) continue;
      if (existing?.code === code) continue;
      const mention: StateMention = { code, start, end, surface: hit[0], kind: hit[0].endsWith("ese") ? "DEMONYM" : "NAME" };
      if (existing) found[at] = mention;
      else found.push(mention);
      noteFired(shared.id);
    }
  }
}

/**
 * Rule states.institution-in-context: institution names that several governments use ("Foreign Office" is
 * Pakistan's as much as Britain's) take the state that qualifies them ("Pakistan's Foreign Office", "the Pakistani
 * Foreign Office": the qualifying mention already names it, so the institution adds none); unqualified, they take
 * the state that qualified them earlier in the article, else their default state when the article names that state
 * elsewhere (otherwise no state: "Foreign Office spokesperson" in a story about Pakistan and India is not British).
 */
const GENERIC_INSTITUTIONS = new Set(["Foreign Office"]);
const INSTITUTION_RULE = "states.institution-in-context";
registerRules([INSTITUTION_RULE]);

function resolveGenericInstitutions(text: string, found: StateMention[]): StateMention[] {
  if (!ruleEnabled(INSTITUTION_RULE) || !found.some((m) => GENERIC_INSTITUTIONS.has(m.surface))) return found;
  const out: StateMention[] = [];
  let context: string | null = null;
  const namedElsewhere = new Set(found.filter((x) => !GENERIC_INSTITUTIONS.has(x.surface)).map((x) => x.code));
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if (m.kind !== "INSTITUTION" || !GENERIC_INSTITUTIONS.has(m.surface)) {
      out.push(m);
      continue;
    }
    const prev = found[i - 1];
    const between = prev ? text.slice(prev.end, m.start) : "";
    if (prev && prev.kind !== "INSTITUTION" && /^(?:'s|’s)?\s+(?:the\s+)?$/.test(between)) {
      context = prev.code;
      continue;
    }
    if (context) out.push({ ...m, code: context });
    // Unqualified, and its default state is named nowhere else: whose institution it is stays open.
    else if (namedElsewhere.has(m.code)) out.push(m);
  }
  return out;
}

/**
 * Rule states.seat-of-institutions: "Brussels" in the news is the European Union's and NATO's seat far more often than
 * Belgium's government ("After Brussels, some fresh air in Belgrade", "rules written in Brussels"): it names Belgium
 * only in an article that names Belgium by name or demonym too.
 */
const SEATS_OF_INSTITUTIONS = new Map([["Brussels", "BE"]]);
const SEATS_RULE = "states.seat-of-institutions";
registerRules([SEATS_RULE]);

function resolveSeatsOfInstitutions(found: StateMention[]): StateMention[] {
  const seat = (m: StateMention) => m.kind === "CAPITAL" && SEATS_OF_INSTITUTIONS.get(m.surface) === m.code;
  if (!ruleEnabled(SEATS_RULE) || !found.some(seat)) return found;
  const named = new Set(found.filter((m) => !seat(m) && m.kind !== "CAPITAL").map((m) => m.code));
  const kept = found.filter((m) => !seat(m) || named.has(m.code));
  if (kept.length < found.length) noteFired(SEATS_RULE);
  return kept;
}

function accept(text: string, m: StateMention): boolean {
  if (m.kind === "SHORT_FORM" || m.kind === "ABBREVIATION" || m.kind === "INSTITUTION") return true;
  const singleWord = !m.surface.includes(" ");
  if (m.kind === "DEMONYM") {
    // "Jordanian" is never a first name; demonyms are safe except inside blocked phrases (handled by the matcher).
    return true;
  }
  if (singleWord) {
    const prev = previousWord(text, m.start);
    // Part of a longer capitalised name ("Michael Jordan", "New Jersey"): skip.
    if (
      prev &&
      prev.word &&
      prev.gap === " " &&
      isUpperInitial(prev.word) &&
      !LEADING_WORDS.has(prev.word) &&
      !prev.word.endsWith(".") &&
      !isSentenceInitialWordAmbiguous(text, prev.start, prev.word)
    ) {
      if (PERSON_NAME_LIKE.has(m.surface) || COMMON_WORD_ALIASES.has(m.surface)) return false;
    }
    if (PERSON_NAME_LIKE.has(m.surface)) {
      const next = nextWord(text, m.end);
      if (next.gap === " " && next.word && isUpperInitial(next.word) && !ALLOWED_AFTER.test(next.word)) return false;
    }
    if (m.surface === "Georgia" || m.surface === "Washington") {
      if (isUsStateContext(text, m)) return false;
    }
  }
  return true;
}

/** A capitalised sentence-initial word is usually not part of a name, unless it is itself a name we cannot tell. */
function isSentenceInitialWordAmbiguous(text: string, start: number, word: string): boolean {
  return isSentenceInitial(text, start) && /^(?:[A-Z][a-z]+ly|[A-Z][a-z]+ing)$/.test(word);
}

const PAIRED_SHORT_FORMS: Record<string, string[]> = {
  // "the North"/"the South" mean the Koreas only if no other divided state is in the text.
  KP: ["SD", "SS", "CY", "VN", "IE", "GB", "MK"],
  KR: ["SD", "SS", "CY", "VN", "IE", "GB", "MK"],
};

function resolveShortForms(text: string, found: StateMention[], shortForms: StateMention[]): void {
  const codes = new Set(found.map((m) => m.code));
  const korea = codes.has("KP") || codes.has("KR") || /\bKorean? Peninsula\b|\btwo Koreas\b|\binter-Korean\b/.test(text);
  for (const m of shortForms) {
    const conflicts = PAIRED_SHORT_FORMS[m.code];
    if (!conflicts || !korea || conflicts.some((c) => codes.has(c))) continue;
    // "the North Korean ..." was matched as a demonym already; "the South China Sea" is blocked: require no capital after.
    const next = nextWord(text, m.end);
    if (next.gap === " " && next.word && isUpperInitial(next.word)) continue;
    found.push(m);
  }
}
