// Stage 3: people — names with titles and roles, their state, later mentions, and matching to known people.
// The stages live in ./people/: candidates (capitalised runs with titles), acceptance (which are people),
// entities (one per person, later mentions, known people), sanctions; person-states.ts fills missing states.
import type { ExtractedPerson, KnownPerson } from "./types.js";
import { mentionAtToken, type SegmentedText } from "./sentences.js";
import type { StateMention } from "./states.js";
import { inferPersonStates } from "./person-states.js";
import { collectCandidates, type Candidate } from "./people/candidates.js";
import { acceptCandidate, personContext, plausibleName } from "./people/acceptance.js";
import { acceptKnownNames, acceptKnownSurnames, acceptSpeakingSurnames } from "./people/known-names.js";
import { indexKnownPeople, PeopleBuilder } from "./people/entities.js";
import { detectSanctions } from "./people/sanctions.js";
import { delegationStates, sanctionedLists } from "./people/lists.js";
import { applyKnownOfficeholders, lookupSurname, officeholderKey, type OfficeholderIndex } from "./people/officeholders.js";
import { counterpartRoles } from "./people/counterpart-roles.js";

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

/**
 * Finds people in the article: capitalised token sequences, with leading titles split off as the role, the state
 * taken from a demonym or possessive before the role ("Japan's Defence Minister X") or from an apposition
 * ("X, the Iranian foreign minister,"), then later mentions by surname. Names are normalised and matched to
 * `known` people by name and aliases: the match only links the person to a stored identity (knownPersonId), it
 * never changes what is extracted, so an article gives the same statements whatever was ingested before it.
 */
export function findPeople(
  seg: SegmentedText,
  stateMentions: StateMention[],
  known: KnownPerson[],
  officeholders: { index: OfficeholderIndex; date: Date | null } | null = null,
): PeopleResult {
  const stateAt = mentionAtToken(seg.tokens, stateMentions);
  const knownIndex = indexKnownPeople(known);
  const candidates = collectCandidates(seg, stateAt);
  for (const c of candidates) acceptCandidate(seg, stateAt, c);
  const plausible = (c: Candidate) => plausibleName(seg, c);
  acceptSpeakingSurnames(seg, candidates, (c) => personContext(seg, c), plausible);
  if (officeholders) {
    const { index, date } = officeholders;
    acceptKnownNames(seg, candidates, (name) => index.has(officeholderKey(name)), plausible);
    acceptKnownSurnames(seg, candidates, {
      lookup: (surname) => lookupSurname(index, surname, date),
      statesNamed: new Set(stateMentions.map((m) => m.code)),
      speaks: (c) => personContext(seg, c),
      plausible,
    });
  }
  const builder = new PeopleBuilder(seg);
  for (const c of candidates) if (c.accepted) builder.addAccepted(c);
  for (const c of candidates) if (!c.accepted && c.nameEnd > c.nameStart) builder.addLaterMention(c);
  const result = builder.finish(knownIndex);
  for (const p of result.people) detectSanctions(seg.text, p);
  sanctionedLists(seg, result);
  delegationStates(seg, stateMentions, result);
  counterpartRoles(result);
  inferPersonStates(seg, stateMentions, result);
  // After every textual cue: the dictionary only fills what the text left open.
  if (officeholders) applyKnownOfficeholders(result.people, officeholders.index, officeholders.date);
  return result;
}
