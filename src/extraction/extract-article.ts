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
import { compileGazetteer, findStateMentions, type StateMention } from "./states.js";
import { findPeople } from "./people.js";
import { findStatements, type RawStatement } from "./statements.js";
import { inferFromStatements } from "./person-states.js";
import { scoreSentiment, squash } from "./sentiment.js";
import { classifyStatement, TYPE_POLARITY } from "./statement-types.js";
import { articleTopicProfile, assignTopics, type TopicProfile } from "./topics.js";

/** Bump when rules or lexicons change, so stored statements can be re-extracted. */
export const EXTRACTOR_VERSION = "2026.12.2";

export function extractArticle(article: ArticleInput, context: ExtractionContext): ExtractionResult {
  const body = article.body;
  const seg = segment(body);
  const gazetteer = compileGazetteer(context.states);
  const stateMentions = findStateMentions(body, gazetteer);
  const peopleResult = findPeople(seg, stateMentions, context.knownPeople);
  const raw = findStatements({ seg, states: stateMentions, people: peopleResult });
  inferFromStatements(body, stateMentions, raw);

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

  const nameSpans: Span[] = [...stateMentions, ...peopleResult.mentions].map((m) => ({ start: m.start, end: m.end }));
  const profile = articleTopicProfile(article.title, body);
  const statements = raw.map((r) => buildStatement(profile, body, r, stateMentions, nameSpans, seg.sentences));
  return { extractorVersion: EXTRACTOR_VERSION, states, people, statements };
}

const COOPERATIVE_TYPES = new Set<string>(["AGREES", "INTENDS_TO_COOPERATE", "PRAISES"]);

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

function inSpans(spans: Span[], m: Span): boolean {
  return spans.some((s) => s.start <= m.start && m.end <= s.end);
}

function buildStatement(
  profile: TopicProfile,
  body: string,
  r: RawStatement,
  stateMentions: StateMention[],
  nameSpans: Span[],
  sentences: { start: number; end: number }[],
): ExtractedStatement {
  const contentText = r.content.map((s) => body.slice(s.start, s.end)).join(" … ");
  // Masks relative to the joined content string.
  const masks: Span[] = [];
  let base = 0;
  for (const part of r.content) {
    for (const n of nameSpans) {
      if (n.start >= part.start && n.end <= part.end)
        masks.push({ start: base + n.start - part.start, end: base + n.end - part.start });
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
  const typeInfo = classifyStatement(r.cue, core, lexical.raw, cueText);
  // The statement's stance: its words plus the lean of what it does (condemning, praising...).
  // Appeals describe the state of affairs the speaker asks for; their words say little about the stance.
  // Cooperative acts (agreeing, pledging, praising) are only classified so when no conflictual cue was found, so their
  // negative words mostly describe what the act relieves ("swap wounded prisoners", "end the killing"): they count little.
  const weight = typeInfo.type === "APPEALS" ? 0.5 : COOPERATIVE_TYPES.has(typeInfo.type) && lexical.raw < 0 ? 0.25 : 1;
  const sentiment = squash(lexical.raw * weight, core.split(/\s+/).length, TYPE_POLARITY[typeInfo.type]);
  const topics = assignTopics(contentText, 0.5, profile);
  // Targets too come from the speaker's words only, not from a trailing reaction clause.
  const clipped = core.length < contentText.length ? clipContent(r.content, core.length) : null;
  const targets = findTargets(
    body,
    clipped ? { ...r, content: clipped } : r,
    stateMentions,
    sentences,
    clipped ? clipped[clipped.length - 1]!.end : Infinity,
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

/**
 * Target states: those named in the spoken content, without the speaker's own state unless it is the only one
 * named; when the content names none, the states named elsewhere in the statement's sentence.
 */
function findTargets(
  body: string,
  r: RawStatement,
  stateMentions: StateMention[],
  sentences: { start: number; end: number }[],
  until = Infinity,
): string[] {
  const own = r.speaker.stateCode;
  const inContent = stateMentions.filter(
    (m) =>
      inSpans(r.content, m) &&
      !(r.speaker.attribution && m.start >= r.speaker.attribution.start && m.end <= r.speaker.attribution.end) &&
      !isLocative(body, m),
  );
  let codes = unique(inContent.map((m) => m.code));
  if (codes.length === 0) {
    const sentence = sentences[r.sentenceIndex];
    if (sentence) {
      const around = stateMentions.filter(
        (m) =>
          !isLocative(body, m) &&
          m.end <= until &&
          m.start >= sentence.start &&
          m.end <= Math.max(sentence.end, r.end) &&
          !(r.speaker.attribution && m.start >= r.speaker.attribution.start && m.end <= r.speaker.attribution.end),
      );
      codes = unique(around.map((m) => m.code)).filter((c) => c !== own);
    }
  }
  const others = codes.filter((c) => c !== own);
  return others.length > 0 ? others : codes;
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

/**
 * A state named as the place of an institution or an event ("its embassy in Beijing", "a conference in Brazil",
 * "targets in Ukraine"): a location, not a target.
 */
const LOCATIVE_BEFORE =
  /\b(?:embass(?:y|ies)|consulates?|conferences?|summits?|talks|meetings?|hearings?|forums?|targets|bases?|venues?|offices?)\s+(?:in|at)\s+(?:the\s+)?$/i;
function isLocative(body: string, m: StateMention): boolean {
  return LOCATIVE_BEFORE.test(body.slice(Math.max(0, m.start - 40), m.start)) && !/^['’]s\b/.test(body.slice(m.end, m.end + 2));
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
