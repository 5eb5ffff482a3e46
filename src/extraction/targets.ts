// Target states of a statement: the states its act is directed at or is about. Never the speaker's own state, never
// a place where something happens ("talks in Geneva", "told reporters in Canberra") or a dateline; when the
// statement names no state, the states its speaker addressed just before (the same argument going on).
import { StatementType, type ExtractedState, type ExtractedStatement, type Span } from "./types.js";
import type { StateMention } from "./states.js";
import type { RawStatement } from "./statements.js";
import { sentenceContentStart } from "./statements/reported-speech.js";
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";
import { firstStartingAt, spanContaining, startingWithin } from "./span-search.js";
import { coActorRole, inDeniedClaim, isPlace, listAround, mentionIndex } from "./target-filters.js";
import {
  COLLECTIVE_ADDRESSEE,
  GROUP_REACH,
  GROUP_REFERENCE,
  GROUP_SIZES,
  INTERNATIONAL_BODIES,
  SOVEREIGNTY_AFTER,
  SOVEREIGNTY_BEFORE,
  SUBJECT_MATTER_BEFORE,
  VICTIM_BEFORE,
  VICTIM_REACH,
} from "./rules/target-rules.js";

const NEVER_OWN = "targets.never-own-state";
const DATELINE = "targets.dateline";
const ADDRESSEE = "targets.addressee-from-context";
registerRules([NEVER_OWN, DATELINE, ADDRESSEE]);

/** Rule targets.dateline: a state named in a sentence's dateline ("NAIROBI (Reuters) -", "BRUSSELS, Belgium —"). */
function inDateline(body: string, m: StateMention, sentences: Span[]): boolean {
  if (!ruleEnabled(DATELINE)) return false;
  // Datelines open a paragraph: only mentions near a paragraph start (a line break in the 81 characters before)
  // need the sentence lookup. Looking in those characters only keeps an article of one long line linear.
  const window = m.start - 81;
  if (window >= 0 && !body.slice(window, m.start + 1).includes("\n")) return false;
  const sentence = spanContaining(sentences, m);
  return sentence !== undefined && m.start < sentenceContentStart(body, sentence.start, sentence.end);
}

function inSpans(spans: Span[], m: Span): boolean {
  return spans.some((s) => s.start <= m.start && m.end <= s.end);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * Rule targets.other-statement: a state named inside another statement of the sentence ("X said it was concerned
 * that Russia could meddle, as Washington urged the two countries to show restraint") belongs to that statement's
 * speaker or words, not to this one. `statementSpans` (by start) are every statement's span.
 */
const OTHER_STATEMENT = "targets.other-statement";
registerRules([OTHER_STATEMENT]);

function inOtherStatement(r: RawStatement, m: Span, statementSpans: Span[]): boolean {
  if ((m.start >= r.start && m.end <= r.end) || !ruleEnabled(OTHER_STATEMENT)) return false;
  if (spanContaining(statementSpans, m) === undefined) return false;
  noteFired(OTHER_STATEMENT);
  return true;
}

/** The states named in the content (usable ones), else those named elsewhere in the statement's sentence. */
function namedTargets(
  r: RawStatement,
  stateMentions: StateMention[],
  sentences: Span[],
  limits: { own: string | null; until: number; reach: number; statementSpans: Span[] },
  usable: (m: StateMention) => boolean,
): string[] {
  const contentStart = Math.min(...r.content.map((s) => s.start));
  const contentEnd = Math.max(...r.content.map((s) => s.end));
  const inContent = startingWithin(stateMentions, contentStart, contentEnd);
  const codes = unique(inContent.filter((m) => inSpans(r.content, m) && usable(m)).map((m) => m.code));
  const sentence = sentences[r.sentenceIndex];
  if (codes.length > 0 || !sentence) return codes;
  const { own, until, reach, statementSpans } = limits;
  const [from, to] = ruleEnabled(OTHER_STATEMENT) ? betweenNeighbours(r, statementSpans) : [0, Infinity];
  const [start, end] = [Math.max(sentence.start, from), Math.min(reach, to)];
  if (anyStarting(stateMentions, sentence.start, start) || anyStarting(stateMentions, end, reach)) noteFired(OTHER_STATEMENT);
  const around = startingWithin(stateMentions, start, end).filter(
    (m) => m.end <= until && m.end <= reach && !inOtherStatement(r, m, statementSpans) && usable(m),
  );
  return unique(around.map((m) => m.code)).filter((c) => c !== own);
}

/** Whether a mention starts in [start, end). */
function anyStarting(mentions: StateMention[], start: number, end: number): boolean {
  const i = firstStartingAt(mentions, start);
  return start < end && i < mentions.length && mentions[i]!.start < end;
}

/**
 * The stretch of text the statement's neighbours leave it: from the end of the statement before it to the start of
 * the one after it (never inside its own span). Mentions beyond them lie in another statement or past it; looking
 * only here keeps a sentence of thousands of statements linear.
 */
function betweenNeighbours(r: RawStatement, statementSpans: Span[]): [number, number] {
  const i = firstStartingAt(statementSpans, r.start);
  const previous = statementSpans[i - 1];
  let next = i;
  while (next < statementSpans.length && statementSpans[next]!.start <= r.start) next++;
  const from = previous ? Math.min(previous.end, r.start) : 0;
  const to = next < statementSpans.length ? Math.max(statementSpans[next]!.start, r.end) : Infinity;
  return [from, to];
}

/**
 * Target states: those named in the spoken content (outside the attribution), else those named elsewhere in the
 * statement's sentence (before `until`, the end of the speaker's own words, and outside the other statements'
 * spans); without the speaker's own state.
 * `stateMentions` and `sentences` are sorted by start: only the mentions in the statement's reach are looked at.
 */
export function findTargets(
  body: string,
  r: RawStatement,
  stateMentions: StateMention[],
  sentences: Span[],
  until = Infinity,
  statementSpans: Span[] = [],
  owners: PersonOwner[] = [],
): string[] {
  const own = r.speaker.stateCode;
  const attribution = r.speaker.attribution;
  const inAttribution = (m: Span) => !!attribution && m.start >= attribution.start && m.end <= attribution.end;
  const side = { isOwn: (m: StateMention) => m.code === own, inAttribution };
  const sentence = sentences[r.sentenceIndex];
  const reach = Math.max(sentence?.end ?? 0, r.end);
  const roles = new Map<StateMention, ReturnType<typeof coActorRole>>();
  const role = (m: StateMention, i: number) => {
    if (!roles.has(m)) roles.set(m, coActorRole(body, stateMentions, i, side));
    return roles.get(m)!;
  };
  const allowed = (m: StateMention) => {
    if (inAttribution(m) || inDateline(body, m, sentences)) return false;
    const around = spanContaining(sentences, m);
    if (around && inDeniedClaim(body, stateMentions, around, m)) return false;
    const i = mentionIndex(stateMentions, m);
    return !isPlace(body, stateMentions, i) && role(m, i) !== "speaker";
  };
  const coActors = new Set<string>();
  const softRules = new Map<string, string>();
  const withoutCoActors = (m: StateMention) => {
    if (!allowed(m)) return false;
    const rule = roles.get(m) === "co-actor" ? "targets.co-actor" : softRuleOf(body, m);
    if (!rule) return true;
    coActors.add(m.code);
    softRules.set(m.code, rule);
    return false;
  };
  const limits = { own, until, reach, statementSpans };
  let codes = namedTargets(r, stateMentions, sentences, limits, withoutCoActors);
  if (!codes.some((c) => c !== own) && coActors.size > 0) codes = namedTargets(r, stateMentions, sentences, limits, allowed);
  else for (const [c, rule] of softRules) if (c !== own && !codes.includes(c)) noteFired(rule);
  const group = groupReference(body, r, stateMentions, own);
  if (group.some((c) => !codes.includes(c))) codes = unique([...codes, ...group]);
  if (!codes.some((c) => c !== own)) codes = [...codes, ...ownedActs(body, r, owners)];
  const others = codes.filter((c) => c !== own);
  // Rule targets.never-own-state: a statement about the speaker's own state only has no target.
  return others.length > 0 || ruleEnabled(NEVER_OWN) ? others : codes;
}

/**
 * The soft rule that holds for a mention, if any: a state the words name as a victim, a place or a matter rather than
 * a side. Such states are left out only while the statement names another target.
 */
function softRuleOf(body: string, m: StateMention): string | null {
  if (isVictim(body, m)) return VICTIM;
  if (isSovereign(body, m)) return SOVEREIGNTY;
  if (isSituated(body, m)) return SITUATED;
  if (isSubjectMatter(body, m)) return SUBJECT_MATTER;
  return null;
}

const VICTIM = "targets.victim";

/** Rule targets.victim (words in rules/target-rules.ts): the state an attack is made on. */
function isVictim(body: string, m: StateMention): boolean {
  return ruleEnabled(VICTIM) && VICTIM_BEFORE.test(body.slice(Math.max(0, m.start - VICTIM_REACH), m.start));
}

const SOVEREIGNTY = "targets.sovereignty";

/** Rule targets.sovereignty (words in rules/target-rules.ts): the state whose sovereignty or affairs are violated. */
function isSovereign(body: string, m: StateMention): boolean {
  if (!ruleEnabled(SOVEREIGNTY)) return false;
  return (
    SOVEREIGNTY_AFTER.test(body.slice(m.end, m.end + 40)) ||
    SOVEREIGNTY_BEFORE.test(body.slice(Math.max(0, m.start - 60), m.start))
  );
}

/**
 * Rule targets.situated: a state named as where something happens inside the words ("the violence in Myanmar",
 * "tensions in Venezuela", "troops across Ukraine", or the strait named after it: "the Taiwan Strait") is a place, and
 * one named as the name of a matter ("the Taiwan question", "the Ukraine crisis", "the Western Sahara issue") names
 * the subject, not a side; like a victim, it is
 * left out only while the statement names another target (otherwise it is all the statement is about).
 */
const SITUATED = "targets.situated";
registerRules([SITUATED]);
const SITUATED_BEFORE = /\b(?:in|inside|within|across|throughout)\s+(?:the\s+)?$/i;
const ISSUE_AFTER = /^\s+(?:issue|question|crisis|conflict|situation|file|[Ss]trait)\b/i;

/**
 * Rule targets.subject-matter: a state named, not possessive, as what talks or words are about ("no compromise on
 * Taiwan", "a discussion on Ukraine", "remarks about Taiwan", "talks concerning Syria", "disputes over Taiwan") is
 * the matter discussed, not a side: like a place, left out only while the statement names another target.
 */
const SUBJECT_MATTER = "targets.subject-matter";
registerRules([SUBJECT_MATTER]);

function isSubjectMatter(body: string, m: StateMention): boolean {
  if (!ruleEnabled(SUBJECT_MATTER) || m.kind !== "NAME" || /^['’]s\b/.test(body.slice(m.end, m.end + 3))) return false;
  return SUBJECT_MATTER_BEFORE.test(body.slice(Math.max(0, m.start - 20), m.start));
}

function isSituated(body: string, m: StateMention): boolean {
  if (!ruleEnabled(SITUATED) || m.kind !== "NAME" || /^['’]s\b/.test(body.slice(m.end, m.end + 3))) return false;
  return SITUATED_BEFORE.test(body.slice(Math.max(0, m.start - 20), m.start)) || ISSUE_AFTER.test(body.slice(m.end, m.end + 12));
}

/** A possessive mention of a person whose state is known ("Trump's statement"): the person's state owns the act. */
export interface PersonOwner extends Span {
  key: string;
  code: string;
}

/** The possessive mentions of people with a state, by start. */
export function personOwners(
  people: readonly { key: string; stateCode: string | null }[],
  mentions: readonly (Span & { key: string })[],
): PersonOwner[] {
  const states = new Map(people.map((p) => [p.key, p.stateCode]));
  return mentions.flatMap((m) => {
    const code = states.get(m.key);
    return code ? [{ start: m.start, end: m.end, key: m.key, code }] : [];
  });
}

/**
 * Rule targets.person-owner: a statement that names no state but evaluates a person's act ("criticizing Trump's
 * statement as an incitement of war", "rejected Sunak's comment") is aimed at that person's state, unless the person
 * is the speaker or of the speaker's state.
 * Rule targets.person-named: so is one that names such a person as whom it is about or addressed to ("lambasted
 * Maduro", "urged President Maduro to rethink"): officials stand for their state.
 */
const PERSON_OWNER = "targets.person-owner";
const PERSON_NAMED = "targets.person-named";
registerRules([PERSON_OWNER, PERSON_NAMED]);

function ownedActs(body: string, r: RawStatement, owners: PersonOwner[]): string[] {
  if (owners.length === 0) return [];
  const codes: string[] = [];
  for (const part of r.content) {
    for (const o of startingWithin(owners, part.start, part.end)) {
      if (o.end > part.end || o.key === r.speaker.person?.key || o.code === r.speaker.stateCode) continue;
      const rule = POSSESSIVE_AFTER.test(body.slice(o.end, o.end + 3)) ? PERSON_OWNER : PERSON_NAMED;
      if (!ruleEnabled(rule)) continue;
      codes.push(o.code);
      noteFired(rule);
    }
  }
  return unique(codes);
}
const POSSESSIVE_AFTER = /^['’]s\b/;

/**
 * Rule targets.group-reference: the states of the last list of N states named before "the N countries" (or
 * governments, powers …) in the statement's words; none when no such list precedes it or it holds the speaker's state
 * (then the group includes the speaker: "the three countries agreed").
 */
const GROUP_RULE = "targets.group-reference";

function groupReference(body: string, r: RawStatement, mentions: StateMention[], own: string | null): string[] {
  if (!ruleEnabled(GROUP_RULE)) return [];
  for (const part of r.content) {
    const hit = GROUP_REFERENCE.exec(body.slice(part.start, part.end));
    if (!hit) continue;
    const size = GROUP_SIZES[hit[1]!.toLowerCase()]!;
    const at = part.start + hit.index;
    for (let i = firstStartingAt(mentions, at) - 1, seen = 0; i >= 0 && seen < GROUP_REACH; seen++) {
      const list = listAround(body, mentions, i);
      const codes = unique(list.map((m) => m.code));
      if (codes.length === size && list.length === size) {
        if (codes.includes(own ?? "")) return [];
        noteFired(GROUP_RULE);
        return codes;
      }
      i = mentionIndex(mentions, list[0]!) - 1;
    }
    return [];
  }
  return [];
}

/**
 * Rule targets.addressee-from-context: a statement that names no state goes on addressing the states its speaker
 * (the same person, or the same state speaking without a person) addressed in the previous statement within two
 * sentences ("We urge Moscow to stop. This cannot go on."). Mutates the statements.
 */
export function inheritTargets(statements: ExtractedStatement[]): void {
  if (!ruleEnabled(ADDRESSEE)) return;
  for (let i = 1; i < statements.length; i++) {
    const s = statements[i]!;
    if (s.targetCodes.length > 0) continue;
    const prev = statements[i - 1]!;
    const sameSpeaker = s.speakerKey
      ? prev.speakerKey === s.speakerKey
      : prev.speakerKey === null && s.speakerStateCode !== null && prev.speakerStateCode === s.speakerStateCode;
    if (!sameSpeaker || s.sentenceIndex - prev.sentenceIndex > 2) continue;
    s.targetCodes = prev.targetCodes.filter((c) => c !== s.speakerStateCode);
  }
}

/**
 * Rule targets.article-counterpart: a statement with a directed act that names no state and inherits none is directed
 * at the state the article is about: the most-mentioned state other than the speaker's own (ties: the one named
 * first), its counterpart in the story. A factual COMMENTS statement is too, by rule targets.comment-counterpart.
 */
const COUNTERPART = "targets.article-counterpart";
registerRules([COUNTERPART]);

/**
 * `bodyMentions`: how often the article names an international body (internationalBodyMentions), for rule
 * targets.body-counterpart.
 */
export function counterpartTargets(statements: ExtractedStatement[], states: ExtractedState[], bodyMentions = 0): void {
  if (!ruleEnabled(COUNTERPART)) return;
  const ranked = [...states].sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
  const accusers = new Accusers();
  for (const s of statements) {
    const directed = () => (s.type === StatementType.COMMENTS ? commentAboutCounterpart() : !toCollective(s));
    if (!bothSides(s, ranked) && s.targetCodes.length === 0 && directed()) {
      const codes = accusers.answered(s) ?? counterparts(s.speakerStateCode, ranked, bodyMentions);
      if (codes.length > 0) {
        s.targetCodes = codes;
        noteFired(COUNTERPART);
      }
    }
    accusers.note(s);
  }
}

/**
 * Rule targets.collective-addressee: an appeal or demand addressed to a collective that names no state ("called on
 * the international community to …", "urged all member states to …", "urged ECOWAS leaders to …", "the United
 * Nations should step in") is aimed at that collective: it has no state target, and not the article's counterpart.
 */
const COLLECTIVE = "targets.collective-addressee";
registerRules([COLLECTIVE]);
const APPEAL_TYPES: ReadonlySet<string> = new Set([StatementType.APPEALS, StatementType.DEMANDS]);

function toCollective(s: ExtractedStatement): boolean {
  if (!ruleEnabled(COLLECTIVE) || !APPEAL_TYPES.has(s.type) || !COLLECTIVE_ADDRESSEE.test(s.text)) return false;
  noteFired(COLLECTIVE);
  return true;
}

/**
 * Rule targets.comment-counterpart: a factual comment that names no state is about the story's counterpart too (guide
 * §3): what a government reports in a two-sided story (the talks held, the incident, the treaty's timetable, "the
 * missile flew 1,100 kilometres") concerns the other side. Measured on the real-news development set and the blind
 * set, this beat restricting it to comments naming the other side's act or the relation itself.
 */
const COMMENT_COUNTERPART = "targets.comment-counterpart";
registerRules([COMMENT_COUNTERPART]);

function commentAboutCounterpart(): boolean {
  if (!ruleEnabled(COMMENT_COUNTERPART)) return false;
  noteFired(COMMENT_COUNTERPART);
  return true;
}

/**
 * Rule targets.counterpart-pair: in a story about two states named about as often (the second at least
 * PAIR_RATIO times as often as the first), a third party's act (its state is neither of the two, or it has none)
 * is aimed at both: the mediator's appeal, the neighbour's concern about their quarrel.
 */
const PAIR = "targets.counterpart-pair";
const PAIR_RATIO = 0.7;
registerRules([PAIR]);

/**
 * Rule targets.body-counterpart: in a story whose other side is an international body named more often than any
 * state but the speaker's ("Russia expels EU diplomats", "Moscow will respond to the EU's ninth sanctions package"),
 * the counterpart is that body, which is no state: a statement that names no state gets no counterpart target.
 */
const BODY_COUNTERPART = "targets.body-counterpart";
registerRules([BODY_COUNTERPART]);

/** How often an article's text names an international body that can be a story's other side (INTERNATIONAL_BODIES). */
export function internationalBodyMentions(text: string): number {
  return ruleEnabled(BODY_COUNTERPART) ? (text.match(INTERNATIONAL_BODIES)?.length ?? 0) : 0;
}

/** The article's counterpart of a speaker: its most-mentioned other state, or the story's two sides. */
function counterparts(speakerState: string | null, ranked: ExtractedState[], bodyMentions: number): string[] {
  const others = ranked.filter((x) => x.code !== speakerState);
  const [first, second] = others;
  if (first && bodyMentions > first.count) noteFired(BODY_COUNTERPART);
  if (!first || bodyMentions > first.count) return [];
  const thirdParty = !ranked.slice(0, 2).some((x) => x.code === speakerState);
  if (!second || !thirdParty || second.count < PAIR_RATIO * first.count || !ruleEnabled(PAIR)) return [first.code];
  noteFired(PAIR);
  return [first.code, second.code];
}

/**
 * Rule targets.both-sides: a statement addressed to "both sides", "the parties", "the two countries" or "its two
 * neighbours" without naming them ("urged the parties to …", "called on both sides", "talks between the two
 * countries", "trade deals with either country") is about the two states the article is about (other than the
 * speaker's own). As the subject ("the two sides agreed") the phrase names the speakers, not the targets; in a
 * statement that names the speaker's own state and one other, the two sides are those two; a speaker of one of the
 * article's two main states is one of the two sides, so the other one is the target ("Spain's minister praised the
 * cooperation between the two countries" in a story about Spain and Morocco). "On both sides of the Atlantic", "on
 * either side of the border" name places.
 */
const BOTH_SIDES_RULE = "targets.both-sides";
registerRules([BOTH_SIDES_RULE]);
export const BOTH_SIDES_PATTERN =
  /\b(?:on|upon|to|urged|urging|urges|asked|between|with|for|from)\s+(?:(?:both|the two|the)\s+(?:sides|parties)|(?:both|the two|its two|their two|our two)\s+(?:countries|neighbou?rs|states|nations|governments|leaders)|either\s+(?:side|party|country|state|government))\b(?!\s+of\b)/i;

/** Whether the speaker's own state is named inside the statement's text. */
function namesOwnState(s: ExtractedStatement, ranked: ExtractedState[]): boolean {
  const own = ranked.find((x) => x.code === s.speakerStateCode);
  return own !== undefined && own.mentions.some((m) => m.start >= s.startOffset && m.end <= s.endOffset);
}

function bothSides(s: ExtractedStatement, ranked: ExtractedState[]): boolean {
  if (!ruleEnabled(BOTH_SIDES_RULE) || s.targetCodes.length >= 2 || !BOTH_SIDES_PATTERN.test(s.text)) return false;
  // A statement that names its own state and one target is about the two of them ("urged Kabul to stop attacks
  // inside Pakistan, which strained ties between the two neighbours").
  if (s.targetCodes.length === 1 && namesOwnState(s, ranked)) return false;
  // A speaker of one of the article's two main states is one of "the two countries": the other one is the target.
  const ownSide = ranked.slice(0, 2).some((x) => x.code === s.speakerStateCode);
  const pair = ranked.filter((x) => x.code !== s.speakerStateCode).slice(0, ownSide ? 1 : 2);
  if (pair.length < (ownSide ? 1 : 2) || (s.targetCodes.length === 1 && !pair.some((x) => x.code === s.targetCodes[0])))
    return false;
  s.targetCodes = pair.map((x) => x.code);
  noteFired(BOTH_SIDES_RULE);
  return true;
}

/**
 * Rule targets.accuser: a denial or rejection that names no state ("Peskov dismissed the accusations as unfounded")
 * answers the state that last accused, criticised, warned or made demands of the speaker's state earlier in the
 * article: its accuser, rather than the article's most-mentioned state.
 */
const ACCUSER = "targets.accuser";
registerRules([ACCUSER]);
const DENIALS: ReadonlySet<string> = new Set([StatementType.DENIES, StatementType.REJECTS]);
const CHARGES: ReadonlySet<string> = new Set([
  StatementType.ACCUSES,
  StatementType.CRITICISES,
  StatementType.CONDEMNS,
  StatementType.DEMANDS,
  StatementType.WARNS,
  StatementType.THREATENS,
]);

/** The state that last charged each state, over the statements in text order. */
class Accusers {
  private readonly last = new Map<string, string>();

  /** The accuser a denial answers, or null (not a denial, or nobody charged the speaker's state before it). */
  answered(s: ExtractedStatement): string[] | null {
    const accuser = s.speakerStateCode && DENIALS.has(s.type) ? this.last.get(s.speakerStateCode) : undefined;
    if (!accuser || !ruleEnabled(ACCUSER)) return null;
    noteFired(ACCUSER);
    return [accuser];
  }

  note(s: ExtractedStatement): void {
    if (!CHARGES.has(s.type) || !s.speakerStateCode) return;
    for (const c of s.targetCodes) if (c !== s.speakerStateCode) this.last.set(c, s.speakerStateCode);
  }
}
