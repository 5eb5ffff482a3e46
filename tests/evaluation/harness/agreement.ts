// Agreement between two independent labellings of the same real-news articles: how often two careful people, both
// following tests/evaluation/LABELLING-GUIDE.md, give the same statements, speakers, targets, sentiment and type.
// It is the ceiling against which the extractor's figures on real news should be read: a target above what two
// labellers reach on the same text cannot be met by better extraction, only by a sharper guide.
//
// The second labelling is scored exactly as the extractor is (metrics.ts): its statements are turned into an
// ExtractionResult whose spans are the sentences that hold their cues, so every figure means the same thing in both
// tables.
import { segment, sentenceAt } from "../../../src/extraction/sentences.js";
import { normalizeName } from "../../../src/extraction/text-utils.js";
import type {
  ExtractedPerson,
  ExtractedStatement,
  ExtractionResult,
  SentimentLabel,
  StatementType,
} from "../../../src/extraction/types.js";
import { goldAnchor, type GoldArticle, type GoldStatement } from "./gold.js";
import { locateAnchor } from "./locate.js";

interface Located {
  g: GoldStatement;
  start: number;
  end: number;
  sentence: number;
}

/**
 * Each statement's span: the sentence holding its cue, or, when the labeller put several statements in one sentence
 * (two acts joined by "and", a participle clause), the part of the sentence between the midpoints of neighbouring
 * cues, so that the first labelling's cue for the second act lands in the second act's span.
 */
function statementSpans(body: string, labels: GoldStatement[]): Located[] {
  const { sentences } = segment(body);
  const located: Located[] = [];
  for (const g of labels) {
    const span = locateAnchor(body, goldAnchor(g));
    if (span) located.push({ g, start: span.start, end: span.end, sentence: sentenceAt(sentences, span.start) });
  }
  located.sort((a, b) => a.start - b.start);
  return located.map((l, i) => {
    const sentence = sentences[l.sentence];
    const prev = located[i - 1];
    const next = located[i + 1];
    const from = prev && prev.sentence === l.sentence ? Math.floor((prev.end + l.start) / 2) : (sentence?.start ?? l.start);
    const to = next && next.sentence === l.sentence ? Math.ceil((l.end + next.start) / 2) : (sentence?.end ?? l.end);
    return { ...l, start: from, end: to };
  });
}

function asStatement(body: string, l: Located): ExtractedStatement {
  return {
    text: body.slice(l.start, l.end),
    kind: l.g.kind as ExtractedStatement["kind"],
    startOffset: l.start,
    endOffset: l.end,
    sentenceIndex: l.sentence,
    speakerKey: l.g.speaker,
    speakerStateCode: l.g.speakerState,
    targetCodes: l.g.targets,
    sentiment: { score: 0, label: l.g.sentiment as SentimentLabel },
    type: l.g.type as StatementType,
    cameoCode: "",
    goldstein: 0,
    topics: (l.g.topics ?? []).map((slug) => ({ slug, evidence: "", confidence: 1 })),
    confidence: 1,
  };
}

/**
 * A labelling as if the extractor had produced it. Optional statements are left out: the extractor is not asked to
 * find them, and a labeller marking a statement optional says it need not be found.
 */
export function labelsAsExtraction(body: string, labels: GoldArticle): ExtractionResult {
  const required = labels.statements.filter((g) => !g.optional);
  const statements = statementSpans(body, required).map((l) => asStatement(body, l));
  const people = labels.people.map((p) => asPerson(p.name, p.state, p.role, p.aliases ?? [], p.sanctioned ?? false));
  // A speaker the labeller did not list among the article's people is still that statement's person.
  for (const s of statements)
    if (s.speakerKey && !people.some((p) => p.key === s.speakerKey))
      people.push(asPerson(s.speakerKey, s.speakerStateCode, null, [], false));
  return {
    extractorVersion: "second-labelling",
    states: labels.states.map((code) => ({ code, count: 1, mentions: [] })),
    people,
    statements,
  };
}

function asPerson(
  name: string,
  stateCode: string | null,
  role: string | null,
  aliases: string[],
  sanctioned: boolean,
): ExtractedPerson {
  return {
    key: name,
    name,
    normalizedName: normalizeName(name),
    knownPersonId: null,
    aliases,
    role,
    organisation: null,
    stateCode,
    sanctioned,
    sanctionNote: null,
    count: 1,
    mentions: [],
  };
}

export interface ActAgreement {
  /** Statements both labellings hold (required in the first), matched as the extractor's are. */
  matched: number;
  /** Same primary type / sentiment. */
  typeStrict: number;
  sentimentStrict: number;
  /** The two labellings' accepted sets (label plus typeAlso / sentimentAlso) share a value. */
  typeOverlap: number;
  sentimentOverlap: number;
  /** Cohen's kappa of the primary labels over matched statements (chance-corrected agreement). */
  typeKappa: number;
  sentimentKappa: number;
}

function kappa(pairs: [string, string][]): number {
  const n = pairs.length;
  if (n === 0) return Number.NaN;
  const observed = pairs.filter(([a, b]) => a === b).length / n;
  const labels = new Set(pairs.flat());
  let expected = 0;
  for (const l of labels) expected += (pairs.filter(([a]) => a === l).length / n) * (pairs.filter(([, b]) => b === l).length / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

/** Statement pairs of two labellings of one article: a second statement whose span holds the first's cue. */
export function pairStatements(body: string, first: GoldArticle, second: GoldArticle): [GoldStatement, GoldStatement][] {
  const spans = statementSpans(
    body,
    second.statements.filter((g) => !g.optional),
  );
  const used = new Set<number>();
  const pairs: [GoldStatement, GoldStatement][] = [];
  for (const g of first.statements.filter((x) => !x.optional)) {
    const at = locateAnchor(body, goldAnchor(g));
    if (!at) continue;
    const k = spans.findIndex((s, i) => !used.has(i) && s.start <= at.start && at.end <= s.end);
    if (k < 0) continue;
    used.add(k);
    pairs.push([g, spans[k]!.g]);
  }
  return pairs;
}

/** Type and sentiment agreement over matched statement pairs, strict, by overlapping accepted sets, and as kappa. */
export function actAgreement(pairs: [GoldStatement, GoldStatement][]): ActAgreement {
  const accepted = (main: string, also?: string) => new Set([main, ...(also ? [also] : [])]);
  const overlap = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
  return {
    matched: pairs.length,
    typeStrict: pairs.filter(([a, b]) => a.type === b.type).length,
    sentimentStrict: pairs.filter(([a, b]) => a.sentiment === b.sentiment).length,
    typeOverlap: pairs.filter(([a, b]) => overlap(accepted(a.type, a.typeAlso), accepted(b.type, b.typeAlso))).length,
    sentimentOverlap: pairs.filter(([a, b]) =>
      overlap(accepted(a.sentiment, a.sentimentAlso), accepted(b.sentiment, b.sentimentAlso)),
    ).length,
    typeKappa: kappa(pairs.map(([a, b]) => [a.type, b.type])),
    sentimentKappa: kappa(pairs.map(([a, b]) => [a.sentiment, b.sentiment])),
  };
}
