// The extraction pipeline: article text in, ExtractionResult out. Pure: no database, no I/O.
import type {
  ArticleInput,
  ExtractedPerson,
  ExtractedState,
  ExtractedStatement,
  ExtractionContext,
  ExtractionResult,
  Span,
} from "./types.js";
import { segment } from "./sentences.js";
import { compileGazetteer, datelineState, findStateMentions, type StateMention } from "./states.js";
import { findPeople } from "./people.js";
import {
  counterpartTargets,
  findTargets,
  inheritTargets,
  internationalBodyMentions,
  personOwners,
  type PersonOwner,
} from "./targets.js";
import { findStatements, type RawStatement } from "./statements.js";
import { inferFromStatements } from "./person-states.js";
import { scoreSentiment } from "./sentiment.js";
import { decideStance, type StanceInput } from "./speech-act.js";
import { articleTopicProfile, assignTopics, type TopicProfile } from "./topics.js";
import { officeholderIndex } from "./context.js";
import { startingWithin } from "./span-search.js";

/** The names of an article (state mentions, person mentions): lists each sorted by start. */
type NameSpans = readonly (readonly Span[])[];

/** Bump when rules or lexicons change, so stored statements can be re-extracted. */
export const EXTRACTOR_VERSION = "2026.12.30";

export function extractArticle(article: ArticleInput, context: ExtractionContext): ExtractionResult {
  const body = article.body;
  const seg = segment(body);
  const gazetteer = compileGazetteer(context.states);
  const stateMentions = findStateMentions(body, gazetteer);
  const peopleResult = findPeople(seg, stateMentions, context.knownPeople, {
    index: officeholderIndex(),
    date: article.publishedAt ?? null,
  });
  const dateline = datelineState(body, gazetteer);
  const raw = findStatements({ seg, states: stateMentions, people: peopleResult, datelineState: dateline });
  inferFromStatements(body, stateMentions, raw, dateline, peopleResult);

  const states = summariseStates(stateMentions);
  const people: ExtractedPerson[] = peopleResult.people.map((p) => ({
    key: p.key,
    name: p.name,
    normalizedName: p.normalizedName,
    knownPersonId: p.knownPersonId,
    aliases: [...new Set(p.aliases)],
    role: p.role,
    organisation: p.organisation,
    stateCode: p.stateCode,
    sanctioned: p.sanctioned,
    sanctionNote: p.sanctionNote,
    count: p.mentions.length,
    mentions: p.mentions,
  }));

  const nameSpans: NameSpans = [stateMentions, peopleResult.mentions];
  const profile = articleTopicProfile(article.title, body);
  // Every statement's span, by start: a statement's targets never come from another statement's words.
  const statementSpans = raw.map((r) => ({ start: r.start, end: r.end })).sort((a, b) => a.start - b.start);
  const owners = personOwners(peopleResult.people, peopleResult.mentions);
  const statements = raw.map((r) =>
    buildStatement(profile, body, r, stateMentions, nameSpans, { sentences: seg.sentences, statementSpans, owners }),
  );
  inheritTargets(statements);
  counterpartTargets(statements, states, internationalBodyMentions(body));
  return { extractorVersion: EXTRACTOR_VERSION, states, people, statements };
}

function summariseStates(mentions: StateMention[]): ExtractedState[] {
  const byCode = new Map<string, ExtractedState>();
  for (const m of mentions) {
    const s = byCode.get(m.code) ?? { code: m.code, count: 0, mentions: [] };
    s.count++;
    s.mentions.push({ start: m.start, end: m.end });
    byCode.set(m.code, s);
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

function buildStatement(
  profile: TopicProfile,
  body: string,
  r: RawStatement,
  stateMentions: StateMention[],
  nameSpans: NameSpans,
  spans: { sentences: Span[]; statementSpans: Span[]; owners: PersonOwner[] },
): ExtractedStatement {
  const { input, contentText, core } = stanceInput(body, r, nameSpans);
  const { typeInfo, sentiment } = decideStance(input);
  const topics = assignTopics(contentText, 0.5, profile);
  // Targets too come from the speaker's words only, not from a trailing reaction clause.
  const clipped = core.length < contentText.length ? clipContent(r.content, core.length) : null;
  const targets = findTargets(
    body,
    clipped ? { ...r, content: clipped } : r,
    stateMentions,
    spans.sentences,
    clipped ? clipped[clipped.length - 1]!.end : Infinity,
    spans.statementSpans,
    spans.owners,
  );
  return {
    text: body.slice(r.start, r.end),
    kind: r.kind,
    startOffset: r.start,
    endOffset: r.end,
    sentenceIndex: r.sentenceIndex,
    speakerKey: r.speaker.person?.key ?? null,
    speakerStateCode: r.speaker.stateCode,
    targetCodes: targets,
    sentiment: { score: sentiment.score, label: sentiment.label },
    type: typeInfo.type,
    cameoCode: typeInfo.cameoCode,
    goldstein: typeInfo.goldstein,
    topics,
    confidence: r.confidence,
  };
}

/** What the speech-act stage sees of a raw statement: reporting predicate, the speaker's content, its lexicon score. */
function stanceInput(
  body: string,
  r: RawStatement,
  nameSpans: NameSpans,
): { input: StanceInput; contentText: string; core: string } {
  const contentText = r.content.map((s) => body.slice(s.start, s.end)).join(" … ");
  // Masks relative to the joined content string.
  const masks: Span[] = [];
  let base = 0;
  for (const part of r.content) {
    for (const names of nameSpans) {
      for (const n of startingWithin(names, part.start, part.end)) {
        if (n.end <= part.end) masks.push({ start: base + n.start - part.start, end: base + n.end - part.start });
      }
    }
    base += part.end - part.start + 3;
  }
  // A sentence-final appositive that reports someone else's reaction ("…, a day after the launch drew condemnation
  // from X", "…, a launch that X condemned") is the reporter's framing, not the speaker's words: it does not count
  // for the type or the sentiment.
  const core = stanceCore(contentText);
  const lexical = scoreSentiment(
    core,
    masks.filter((m) => m.end <= core.length),
  );
  const cueText = r.speaker.attribution
    ? body.slice(r.speaker.attribution.start, Math.min(body.length, r.speaker.attribution.end + 40))
    : "";
  return { input: { cue: r.cue, cueText, content: core, kind: r.kind, lexical }, contentText, core };
}

/**
 * The speech-act inputs of every statement the pipeline finds in an article, with its span: what the classifier is
 * trained on (training/statements) and sees at extraction time.
 */
export function extractStanceInputs(article: ArticleInput, context: ExtractionContext): (Span & { input: StanceInput })[] {
  const seg = segment(article.body);
  const gazetteer = compileGazetteer(context.states);
  const stateMentions = findStateMentions(article.body, gazetteer);
  const peopleResult = findPeople(seg, stateMentions, context.knownPeople, {
    index: officeholderIndex(),
    date: article.publishedAt ?? null,
  });
  const datelineStateCode = datelineState(article.body, gazetteer);
  const raw = findStatements({ seg, states: stateMentions, people: peopleResult, datelineState: datelineStateCode });
  const nameSpans: NameSpans = [stateMentions, peopleResult.mentions];
  return raw.map((r) => ({ start: r.start, end: r.end, input: stanceInput(article.body, r, nameSpans).input }));
}

/**
 * Trailing appositive reaction clause: ", a/an/the <up to 3 words> after|that|which …" or ", which …" at the end of
 * the content, when it reports a reaction (a different subject acting on the reported event).
 */
const TRAILING_APPOSITIVE =
  /,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:after|before|that|which)|which|drawing|prompting|triggering)\b[^;…]*$/i;
const REACTION_WORDS =
  /\b(?:condemn\w*|criticis\w*|criticiz\w*|denounc\w*|protest\w*|prais\w*|welcom\w*|reaction|rebuke|outcry|anger|alarm)\b/i;

export function stanceCore(content: string): string {
  const m = TRAILING_APPOSITIVE.exec(content);
  if (!m || m.index < 20 || !REACTION_WORDS.test(m[0])) return content;
  return content.slice(0, m.index);
}

/** The content spans cut to the first `length` characters of their " … "-joined text. */
function clipContent(content: Span[], length: number): Span[] {
  const out: Span[] = [];
  let base = 0;
  for (const part of content) {
    if (base >= length) break;
    out.push({ start: part.start, end: Math.min(part.end, part.start + (length - base)) });
    base += part.end - part.start + 3;
  }
  return out;
}
