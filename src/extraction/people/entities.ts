// People from accepted candidates: one entity per person (a fuller name later replaces a single-name first mention),
// later mentions by surname or another part of the name, and matching to people already in the database.
import type { SegmentedText } from "../sentences.js";
import type { KnownPerson } from "../types.js";
import { normalizeName } from "../text-utils.js";
import type { PeopleResult, PersonEntity } from "../people.js";
import { PARTICLES, type Candidate } from "./candidates.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

/** Rule people.middle-part: a one-word later mention may be a middle part of a name of four parts or more. */
const MIDDLE_PART_RULE = "people.middle-part";
const NAME_TAIL_RULE = "people.name-tail";
registerRules([MIDDLE_PART_RULE, NAME_TAIL_RULE]);

export class PeopleBuilder {
  readonly people: PersonEntity[] = [];
  readonly mentions: PeopleResult["mentions"] = [];
  private readonly byNorm = new Map<string, PersonEntity>();
  /**
   * The people having each name part (also parts they no longer have after a fuller name replaced them), and the
   * people of one name part by it; each in the order they were met. A lookup by name looks at those alone: scanning
   * everyone met so far per name made an article naming thousands of people quadratic.
   */
  private readonly byPart = new Map<string, Set<PersonEntity>>();
  private readonly singleByPart = new Map<string, PersonEntity[]>();
  private readonly order = new Map<PersonEntity, number>();

  constructor(private readonly seg: SegmentedText) {}

  private indexParts(entity: PersonEntity): void {
    for (const part of new Set(entity.parts)) {
      const set = this.byPart.get(part);
      if (set) set.add(entity);
      else this.byPart.set(part, new Set([entity]));
    }
  }

  /** Everyone who may have all these name parts, in the order they were met (everyone for no parts). */
  private candidates(parts: string[]): PersonEntity[] {
    if (parts.length === 0) return this.people;
    return [...(this.byPart.get(parts[0]!) ?? [])].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  /** The most recently mentioned person introduced before `before` having all these name parts (see MIDDLE_PART_RULE). */
  private findByPart(parts: string[], before: number): PersonEntity | null {
    let best: PersonEntity | null = null;
    const lastMention = (p: PersonEntity) => p.mentions[p.mentions.length - 1]?.start ?? p.firstOffset;
    for (const p of this.candidates(parts)) {
      if (p.firstOffset > before) continue;
      if (
        parts.every((part) => p.parts.includes(part)) &&
        (parts.length > 1 ||
          p.parts[0] === parts[0] ||
          p.parts[p.parts.length - 1] === parts[0] ||
          // Long names are often shortened to a middle part ("Luiz Inácio Lula da Silva" … "Lula").
          (p.parts.length >= 4 && ruleEnabled(MIDDLE_PART_RULE)))
      ) {
        if (!best || lastMention(p) > lastMention(best)) best = p;
      }
    }
    return best;
  }

  /** A fuller name for someone first met by one name ("President Putin" ... "Vladimir Putin"): the entity is renamed. */
  private widen(name: string, normalized: string, parts: string[]): PersonEntity | null {
    // The first met of the one-part people named by the last or the first part.
    const entity =
      [this.singleByPart.get(parts[parts.length - 1]!)?.[0], this.singleByPart.get(parts[0]!)?.[0]]
        .filter((p): p is PersonEntity => p !== undefined)
        .sort((a, b) => this.order.get(a)! - this.order.get(b)!)[0] ?? null;
    if (!entity) return null;
    const singles = this.singleByPart.get(entity.parts[0]!)!;
    singles.splice(singles.indexOf(entity), 1);
    this.byNorm.delete(entity.normalizedName);
    entity.aliases.push(entity.name);
    entity.name = name;
    entity.normalizedName = normalized;
    entity.parts = parts;
    this.indexParts(entity);
    this.byNorm.set(normalized, entity);
    return entity;
  }

  /**
   * Rule people.name-tail: a name of several parts that ends a longer name met before ("Andrés Manuel López Obrador"
   * … "López Obrador said"; "Luiz Inácio Lula da Silva" … "Lula da Silva") is that person: double surnames and
   * compound family names are repeated without the given names. The most recently mentioned such person.
   */
  private longerName(parts: string[], before: number): PersonEntity | null {
    if (!ruleEnabled(NAME_TAIL_RULE)) return null;
    const tail = (p: PersonEntity) =>
      p.parts.length > parts.length && parts.every((part, i) => p.parts[p.parts.length - parts.length + i] === part);
    const p = this.findByPart(parts, before);
    if (!p || !tail(p)) return null;
    noteFired(NAME_TAIL_RULE);
    return p;
  }

  private create(name: string, normalized: string, parts: string[], firstOffset: number): PersonEntity {
    const entity: PersonEntity = {
      key: `p${this.people.length + 1}`,
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
      firstOffset,
    };
    this.order.set(entity, this.people.length);
    this.people.push(entity);
    this.indexParts(entity);
    if (parts.length === 1) {
      const singles = this.singleByPart.get(parts[0]!);
      if (singles) singles.push(entity);
      else this.singleByPart.set(parts[0]!, [entity]);
    }
    this.byNorm.set(normalized, entity);
    return entity;
  }

  private mention(entity: PersonEntity, c: Candidate, full: boolean): void {
    const first = this.seg.tokens[c.nameStart]!;
    const last = this.seg.tokens[c.nameEnd - 1]!;
    entity.mentions.push({ start: first.start, end: last.end });
    this.mentions.push({ key: entity.key, start: first.start, end: last.end, sentenceIndex: first.sentenceIndex, full });
  }

  /** An accepted candidate: a new person, or another (fuller or shorter) name of one already met. */
  addAccepted(c: Candidate): void {
    const { tokens, text } = this.seg;
    const name = text.slice(tokens[c.nameStart]!.start, tokens[c.nameEnd - 1]!.end);
    const normalized = normalizeName(name);
    const parts = normalized.split(" ").filter((p) => !PARTICLES.has(p));
    const firstOffset = tokens[c.nameStart]!.start;
    let entity = this.byNorm.get(normalized) ?? null;
    if (!entity && parts.length === 1) entity = this.findByPart(parts, firstOffset);
    if (!entity && parts.length > 1) entity = this.widen(name, normalized, parts) ?? this.longerName(parts, firstOffset);
    if (!entity) entity = this.create(name, normalized, parts, firstOffset);
    else if (entity.name !== name && !entity.aliases.includes(name)) entity.aliases.push(name);
    if (c.role && !entity.role) {
      entity.role = c.role;
      const org = /\b((?:[A-Z][\w'-]*\s+)*(?:Ministry|Department|Office|Agency|Committee|Council|Commission))\b/.exec(c.role);
      if (org) entity.organisation = org[1]!;
    }
    if (c.stateCode && !entity.stateCode) entity.stateCode = c.stateCode;
    this.mention(entity, c, true);
  }

  /** A candidate not accepted as a person on its own: a later mention by a part of an accepted name, if any. */
  addLaterMention(c: Candidate): void {
    const { tokens, text } = this.seg;
    const normalized = normalizeName(text.slice(tokens[c.nameStart]!.start, tokens[c.nameEnd - 1]!.end));
    if (!normalized) return;
    const entity =
      this.byNorm.get(normalized) ??
      this.findByPart(
        normalized.split(" ").filter((p) => !PARTICLES.has(p)),
        tokens[c.nameStart]!.start,
      );
    if (!entity) return;
    // "Japan's Hayashi said": a later mention introduced by a state gives a stateless person that state.
    if (c.stateCode && !entity.stateCode) entity.stateCode = c.stateCode;
    this.mention(entity, c, false);
  }

  /**
   * Sorted mentions, and the database match. The match is a link only: taking the stored person's state (or
   * anything else) would make the extraction depend on which articles were ingested before this one.
   */
  finish(known: Map<string, KnownPerson>): PeopleResult {
    this.mentions.sort((a, b) => a.start - b.start);
    for (const p of this.people) {
      p.mentions.sort((a, b) => a.start - b.start);
      const match = known.get(p.normalizedName) ?? p.aliases.map((a) => known.get(normalizeName(a))).find((k) => k);
      if (match) p.knownPersonId = match.id;
    }
    return { people: this.people, mentions: this.mentions };
  }
}

/** Known people by normalised name and by each alias. */
export function indexKnownPeople(known: KnownPerson[]): Map<string, KnownPerson> {
  const index = new Map<string, KnownPerson>();
  for (const person of known) {
    index.set(person.normalizedName || normalizeName(person.name), person);
    for (const alias of person.aliases) {
      const key = normalizeName(alias);
      if (key && !index.has(key)) index.set(key, person);
    }
  }
  return index;
}
