// Who was mentioned last before a point of the text, for "he said" and "the minister said". The statement stage asks
// this for many cues; a binary search over the person mentions (sorted by start) keeps long articles linear, where a
// scan of every earlier mention per cue made them quadratic.
import type { PeopleResult, PersonEntity, PersonMention } from "../people.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";
import { firstInSentence, firstStartingAt } from "../span-search.js";

const SPOKES_HEADS = new Set(["spokesman", "spokeswoman", "spokesperson"]);
const TITLE_SUBJECT_RULE = "speaker.title-subject";
registerRules([TITLE_SUBJECT_RULE]);
/** Openings of a phrase fronted before a sentence's subject. */
const FRONTED_PHRASE =
  /^[\s"“]*(?:in|during|with|after|before|at|on|following|upon|from|for|to|by|alongside|like|unlike|besides|amid|as)\b/i;

/**
 * Roles and title heads with the abbreviations and synonyms spelled out: "the PM said" and "the premier said" are
 * the prime minister named before.
 */
function spelledOut(title: string): string {
  return title
    .replace(/\bpm\b/g, "prime minister")
    .replace(/\bfm\b/g, "foreign minister")
    .replace(/\bpremier\b/g, "prime minister")
    .replace(
      /\b(?:minister (?:of|for) (?:foreign|external) affairs|(?:foreign|external) affairs minister)\b/g,
      "foreign minister",
    );
}

/** Built once the people stage is done: the people's roles no longer change after it. */
export class RecentPeople {
  private readonly byKey = new Map<string, PersonEntity>();
  /** Per role word, the mentions of people whose role has it, sorted by start. */
  private readonly byHead = new Map<string, PersonMention[]>();

  constructor(
    private readonly result: PeopleResult,
    /** The article text and its sentences, for telling a sentence's subject from a fronted phrase. */
    private readonly text: string,
    private readonly sentences: readonly { start: number }[],
  ) {
    for (const p of result.people) if (!this.byKey.has(p.key)) this.byKey.set(p.key, p);
  }

  /** The person mentioned most recently before `offset` within `maxSentences` sentences. */
  mostRecentPerson(offset: number, sentenceIndex: number, maxSentences = 3): PersonEntity | null {
    const found = this.result.mentions[firstStartingAt(this.result.mentions, offset) - 1];
    if (!found || sentenceIndex - found.sentenceIndex > maxSentences) return null;
    return this.byKey.get(found.key) ?? null;
  }

  /**
   * The person named first in the sentence of the last mention before `offset` (within `maxSentences` sentences of
   * `sentenceIndex`, in an earlier sentence): the subject of that sentence more often than the people named after it.
   */
  firstOfLastSentence(offset: number, sentenceIndex: number, maxSentences = 3): PersonEntity | null {
    const found = this.result.mentions[firstStartingAt(this.result.mentions, offset) - 1];
    if (!found || found.sentenceIndex >= sentenceIndex || sentenceIndex - found.sentenceIndex > maxSentences) return null;
    const first = this.result.mentions[firstInSentence(this.result.mentions, found.sentenceIndex)];
    return first ? (this.byKey.get(first.key) ?? null) : null;
  }

  /** The person of the last mention before `offset` whose state is `stateCode`, or null. */
  mostRecentOfState(offset: number, stateCode: string): PersonEntity | null {
    for (let i = firstStartingAt(this.result.mentions, offset) - 1; i >= 0; i--) {
      const p = this.byKey.get(this.result.mentions[i]!.key);
      if (p?.stateCode === stateCode) return p;
    }
    return null;
  }

  /** The last person mention before `offset`, or null. */
  mostRecentMention(offset: number): PersonMention | null {
    return this.result.mentions[firstStartingAt(this.result.mentions, offset) - 1] ?? null;
  }

  /**
   * The most recent person before `offset` whose role contains `head` ("minister", "spokesperson"); with `stateCode`
   * ("the Uzbek president"), the most recent such person of that state.
   */
  resolveNominal(head: string, offset: number, stateCode: string | null = null): PersonEntity | null {
    const mentions = this.withHead(head);
    let i = firstStartingAt(mentions, offset) - 1;
    if (stateCode) while (i >= 0 && this.byKey.get(mentions[i]!.key)!.stateCode !== stateCode) i--;
    if (i < 0) return null;
    // Of mentions at the same offset, the first.
    while (i > 0 && mentions[i - 1]!.start === mentions[i]!.start) i--;
    return this.byKey.get((stateCode ? null : this.titledSubject(mentions, i)) ?? mentions[i]!.key)!;
  }

  /**
   * Rule speaker.title-subject: when the sentence of the last mention with the title ("Erdogan spoke after talks with
   * President Buhari. The president said …") opens with another person who has it, "the president" is that subject
   * (the one the story follows), not the object named after it. Not a person in a fronted phrase ("In a call with
   * his counterpart X, FM Y said"): that one is no subject. Returns the subject's key, or null.
   */
  private titledSubject(mentions: PersonMention[], i: number): string | null {
    if (!ruleEnabled(TITLE_SUBJECT_RULE)) return null;
    const s = mentions[i]!.sentenceIndex;
    let j = i;
    while (j > 0 && mentions[j - 1]!.sentenceIndex === s) j--;
    const subject = this.sentenceSubject(s);
    if (j === i || !subject || subject.start !== mentions[j]!.start || subject.key === mentions[i]!.key) return null;
    noteFired(TITLE_SUBJECT_RULE);
    return subject.key;
  }

  /**
   * The subject of the last sentence naming someone before `offset`, when that sentence lies after sentence `after`
   * and before sentence `before`: the first person it names, unless in a fronted phrase. Null otherwise.
   */
  subjectBetween(offset: number, after: number, before: number): PersonEntity | null {
    const found = this.result.mentions[firstStartingAt(this.result.mentions, offset) - 1];
    if (!found || found.sentenceIndex <= after || found.sentenceIndex >= before) return null;
    const subject = this.sentenceSubject(found.sentenceIndex);
    return subject ? (this.byKey.get(subject.key) ?? null) : null;
  }

  /**
   * The mention of a sentence's subject: the first person it names, unless that one sits in a phrase fronted before
   * the subject ("In a call with X, FM Y said"). Null when the sentence names nobody or opens with such a phrase.
   */
  private sentenceSubject(sentenceIndex: number): PersonMention | null {
    const first = this.result.mentions[firstInSentence(this.result.mentions, sentenceIndex)];
    if (!first || first.sentenceIndex !== sentenceIndex) return null;
    const start = this.sentences[sentenceIndex]?.start ?? first.start;
    return FRONTED_PHRASE.test(this.text.slice(start, first.start)) ? null : first;
  }

  private withHead(head: string): PersonMention[] {
    let mentions = this.byHead.get(head);
    if (!mentions) {
      const wanted = spelledOut(head);
      mentions = this.result.mentions.filter((m) => {
        const lower = this.byKey.get(m.key)?.role?.toLowerCase();
        const role = lower === undefined ? undefined : spelledOut(lower);
        return role !== undefined && (role.includes(wanted) || (SPOKES_HEADS.has(head) && /spokes/.test(role)));
      });
      this.byHead.set(head, mentions);
    }
    return mentions;
  }
}
