// Rule people.known-officeholder: a person the text gives no state (or no office) gets them from the dictionary of
// well-known officeholders (src/reference/officeholder-records.ts) when their full name matches one whose term covers
// the article's date. The text always wins: only missing fields are filled, after every textual cue has been tried
// and before the article-level fallbacks (dateline, lead speaker). Matching is by full name (and its listed
// variants); a bare surname resolves only through the article's own coreference to a full name met before it.
import { normalizeName } from "../text-utils.js";
import type { OfficeholderRecord } from "../../reference/officeholder-records.js";
import type { PersonEntity } from "../people.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

export const KNOWN_OFFICEHOLDER_RULE = "people.known-officeholder";
registerRules([KNOWN_OFFICEHOLDER_RULE]);

interface Term {
  /** The person's usual name (the record's first): tells apart the people a surname may name. */
  person: string;
  state: string | null;
  role: string;
  /** Months since year 0 (year * 12 + month - 1), inclusive. */
  from: number;
  to: number;
}

/** Terms by matching key of every listed name variant, and by SURNAME_KEY + the last word of each variant. */
export type OfficeholderIndex = Map<string, Term[]>;
/** Prefix of the surname keys (no name key starts with it: names are normalised to letters, digits and spaces). */
const SURNAME_KEY = "surname:";

/** What the dictionary says of a name at a date: the state (null for an international official) and the office. */
export interface OfficeholderMatch {
  state: string | null;
  /** Null when the name is matched without a date (the office then is unknown). */
  role: string | null;
}

// Letters NFKD does not decompose, common in the names of the dictionary ("Yıldırım", "Sikorski" spelt "Radosław").
const FOLD: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d", æ: "ae", ß: "ss" };

/** The matching form of a name: the project's normal form, with the letters above folded. */
export function officeholderKey(name: string): string {
  return normalizeName(name).replace(/[ıłøđæß]/g, (ch) => FOLD[ch]!);
}

function month(yyyyMm: string): number {
  const [y, m] = yyyyMm.split("-").map(Number);
  return y! * 12 + (m! - 1);
}

export function compileOfficeholders(records: OfficeholderRecord[]): OfficeholderIndex {
  const index: OfficeholderIndex = new Map();
  for (const r of records) {
    const term: Term = {
      person: r.names[0]!,
      state: r.state,
      role: r.role,
      from: month(r.from),
      to: r.to ? month(r.to) : Infinity,
    };
    const keys = new Set(r.names.map(officeholderKey));
    for (const key of [...keys, ...new Set([...keys].map((k) => SURNAME_KEY + k.split(" ").pop()!))]) {
      const terms = index.get(key) ?? [];
      terms.push(term);
      index.set(key, terms);
    }
  }
  return index;
}

/**
 * The dictionary's answer for a name at a date: the term covering the date (its month included), if all such terms
 * agree on the state. Without a valid date, the state only, and only when every term of the name has the same one.
 */
export function lookupOfficeholder(index: OfficeholderIndex, name: string, date: Date | null): OfficeholderMatch | null {
  const terms = index.get(officeholderKey(name));
  if (!terms) return null;
  const valid = date !== null && !Number.isNaN(date.getTime());
  const at = valid ? date.getUTCFullYear() * 12 + date.getUTCMonth() : 0;
  const covering = valid ? terms.filter((t) => t.from <= at && at <= t.to) : terms;
  if (covering.length === 0 || covering.some((t) => t.state !== covering[0]!.state)) return null;
  const roles = new Set(covering.map((t) => t.role));
  return { state: covering[0]!.state, role: valid && roles.size === 1 ? covering[0]!.role : null };
}

/**
 * The dictionary's answer for a bare surname ("Zelensky", "Erdogan") at a date: only when the terms covering the date
 * all belong to one person of one state. Never without a valid date (a surname alone is too ambiguous over years).
 */
export function lookupSurname(index: OfficeholderIndex, surname: string, date: Date | null): OfficeholderMatch | null {
  if (date === null || Number.isNaN(date.getTime())) return null;
  const terms = index.get(SURNAME_KEY + officeholderKey(surname));
  if (!terms) return null;
  const at = date.getUTCFullYear() * 12 + date.getUTCMonth();
  const covering = terms.filter((t) => t.from <= at && at <= t.to);
  if (covering.length === 0 || covering.some((t) => t.person !== covering[0]!.person || t.state !== covering[0]!.state))
    return null;
  const roles = new Set(covering.map((t) => t.role));
  return { state: covering[0]!.state, role: roles.size === 1 ? covering[0]!.role : null };
}

/**
 * Rule people.known-officeholder-state: a name of the dictionary met at a date no term covers (a leader before or
 * after office) still gives the state when every term of the name has the same one; never the office.
 */
const OUTSIDE_TERMS_RULE = "people.known-officeholder-state";
registerRules([OUTSIDE_TERMS_RULE]);

function outsideTerms(index: OfficeholderIndex, names: string[], date: Date | null): OfficeholderMatch | null {
  if (date === null || !ruleEnabled(OUTSIDE_TERMS_RULE)) return null;
  const match = names.map((n) => lookupOfficeholder(index, n, null)).find((m) => m !== null && m.state !== null);
  if (!match) return null;
  noteFired(OUTSIDE_TERMS_RULE);
  return { state: match.state, role: null };
}

/** Fills the missing state and office of the people whose full name (or one of its forms) is in the dictionary. */
export function applyKnownOfficeholders(people: PersonEntity[], index: OfficeholderIndex, date: Date | null): void {
  if (index.size === 0 || !ruleEnabled(KNOWN_OFFICEHOLDER_RULE)) return;
  for (const p of people) {
    if (p.stateCode && p.role) continue;
    const names = [p.name, ...p.aliases];
    const match =
      names.map((n) => lookupOfficeholder(index, n, date)).find((m): m is OfficeholderMatch => m !== null) ??
      (p.stateCode ? null : outsideTerms(index, names, date));
    if (!match) continue;
    // An international official has no state of their own: the office (if the text names none) says so, which
    // keeps the article-level fallbacks from giving them one.
    if (match.state && !p.stateCode) {
      p.stateCode = match.state;
      noteFired(KNOWN_OFFICEHOLDER_RULE);
    }
    if (match.role && !p.role) {
      p.role = match.role;
      noteFired(KNOWN_OFFICEHOLDER_RULE);
    }
  }
}
