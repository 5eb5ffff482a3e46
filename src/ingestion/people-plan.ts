// Which people several articles store, worked out in memory from one lookup (issue 13): the people their names can
// match are read once, then each article, in order, is matched against those rows as the articles before it left
// them (new people added, missing role, state or aliases filled in), exactly as separate transactions would see
// them. The result is the rows to insert and to update, once each, and each article's person ids.
import type { ExtractedPerson } from "../extraction/types.js";
import { aliasKeysOf, type PersonWithState } from "../db/queries/people/people-by-name.js";
import type { PersonRow, PersonUpdate } from "../db/queries/ingestion/ingest-rows.js";
import { linkKnownPeople, nameKeysOf } from "./link-known-people.js";

/** A person as the articles before the current one left it; ids of people still to insert are negative. */
interface PlannedPerson extends PersonRow {
  id: number;
  stateCode: string | null;
}

function rowOf(person: PlannedPerson): PersonRow {
  const { name, normalizedName, aliases, aliasKeys, role, organisation, stateId, sanctioned, sanctionNote } = person;
  return { name, normalizedName, aliases, aliasKeys, role, organisation, stateId, sanctioned, sanctionNote };
}

/** Placeholder id of the n-th new person. */
const placeholder = (index: number) => -(index + 1);

/** Every name the articles' people can be matched by: what to look up before planning. */
export function nameKeysOfArticles(articles: readonly ExtractedPerson[][]): string[] {
  return [...new Set(articles.flatMap((people) => nameKeysOf(people)))];
}

export class PeoplePlanner {
  private readonly people: PlannedPerson[];
  private readonly inserted: PlannedPerson[] = [];
  /** Stored people that changed, and whether their aliases did. */
  private readonly updated = new Map<number, { person: PlannedPerson; aliasesChanged: boolean }>();
  private readonly stateCodes: Map<number, string>;

  /** `stored`: the people the articles' name keys match (peopleByNameKeys); `states`: state ids by code. */
  constructor(
    stored: readonly PersonWithState[],
    private readonly states: ReadonlyMap<string, number>,
  ) {
    this.stateCodes = new Map([...states].map(([code, id]) => [id, code]));
    this.people = stored.map((row) => ({
      id: row.id,
      name: row.name,
      normalizedName: row.normalizedName,
      aliases: row.aliases,
      aliasKeys: row.aliasKeys ?? [],
      role: row.role,
      organisation: row.organisation,
      stateId: row.stateId,
      stateCode: row.state?.code ?? null,
      sanctioned: row.sanctioned,
      sanctionNote: row.sanctionNote,
    }));
  }

  /** The people an article's names match now: what a lookup by those names would return at this point. */
  private candidates(people: ExtractedPerson[]): PlannedPerson[] {
    const keys = new Set(nameKeysOf(people));
    return this.people.filter((row) => keys.has(row.normalizedName) || row.aliasKeys.some((key) => keys.has(key)));
  }

  /**
   * Matches one article's people (after the articles before it) and records what storing them changes. Returns each
   * extracted person's key to a stored id, or to a new person's placeholder id (negative).
   */
  addArticle(people: ExtractedPerson[]): Map<string, number> {
    const known = this.candidates(people);
    linkKnownPeople(
      people,
      known.map((row) => ({ ...row, state: row.stateCode ? { code: row.stateCode } : null })),
    );
    const personIds = new Map<string, number>();
    const fresh = new Map<string, ExtractedPerson[]>();
    for (const person of people) {
      const current =
        known.find((row) => row.id === person.knownPersonId) ?? known.find((row) => row.normalizedName === person.normalizedName);
      if (current) {
        this.fillIn(current, person);
        personIds.set(person.key, current.id);
      } else fresh.set(person.normalizedName, [...(fresh.get(person.normalizedName) ?? []), person]);
    }
    for (const same of fresh.values()) {
      const id = this.insert(same[0]!);
      for (const person of same) personIds.set(person.key, id);
    }
    return personIds;
  }

  /** Fills what was unknown; never overwrites what we (or an editor) already had. */
  private fillIn(current: PlannedPerson, person: ExtractedPerson): void {
    const stateId = person.stateCode ? (this.states.get(person.stateCode) ?? null) : null;
    const aliases = [...new Set([...current.aliases, ...person.aliases, ...(person.name !== current.name ? [person.name] : [])])];
    const aliasesChanged = aliases.length !== current.aliases.length;
    const changes: Partial<PlannedPerson> = {
      ...(aliasesChanged ? { aliases, aliasKeys: aliasKeysOf({ ...current, aliases }) } : {}),
      ...(!current.role && person.role ? { role: person.role } : {}),
      ...(!current.organisation && person.organisation ? { organisation: person.organisation } : {}),
      ...(current.stateId === null && stateId !== null ? { stateId, stateCode: this.stateCodes.get(stateId) ?? null } : {}),
      ...(person.sanctioned && !current.sanctioned ? { sanctioned: true, sanctionNote: person.sanctionNote } : {}),
    };
    if (!Object.keys(changes).length) return;
    Object.assign(current, changes);
    if (current.id < 0) return; // not inserted yet: inserted with its final values
    const before = this.updated.get(current.id)?.aliasesChanged ?? false;
    this.updated.set(current.id, { person: current, aliasesChanged: before || aliasesChanged });
  }

  private insert(person: ExtractedPerson): number {
    const aliases = person.aliases.filter((alias) => alias !== person.name);
    const stateId = person.stateCode ? (this.states.get(person.stateCode) ?? null) : null;
    const row: PlannedPerson = {
      id: placeholder(this.inserted.length),
      name: person.name,
      normalizedName: person.normalizedName,
      aliases,
      aliasKeys: aliasKeysOf({ ...person, aliases }),
      role: person.role,
      organisation: person.organisation,
      stateId,
      stateCode: stateId === null ? null : person.stateCode,
      sanctioned: person.sanctioned,
      sanctionNote: person.sanctionNote,
    };
    this.inserted.push(row);
    this.people.push(row);
    return row.id;
  }

  /** The new people, in the order they were met (placeholder ids -1, -2, …). */
  inserts(): PersonRow[] {
    return this.inserted.map(rowOf);
  }

  /** The stored people that changed, with their final values. */
  updates(): PersonUpdate[] {
    return [...this.updated.values()].map(({ person, aliasesChanged }) => ({ ...rowOf(person), id: person.id, aliasesChanged }));
  }
}
