// Evaluation metrics of the extraction pipeline against gold labels (format in gold.ts).
import type { ExtractedStatement, ExtractionResult } from "../../../src/extraction/types.js";
import { normalizeName } from "../../../src/extraction/text-utils.js";
import { toTenClass } from "../../../src/extraction/ten-classes.js";
import { goldAnchor, type GoldArticle, type GoldStatement } from "./gold.js";
import { locateAnchor } from "./locate.js";

export type { GoldArticle, GoldStatement } from "./gold.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface Accuracy {
  correct: number;
  total: number;
}

export interface Metric {
  kind: string;
  precision: number | null;
  recall: number | null;
  /** F1, or accuracy for accuracy-type metrics. */
  value: number;
  floor: number | null;
  support: number;
}

export interface ArticleEvaluation {
  article: string;
  statements: Counts;
  states: Counts;
  people: Counts;
  topics: Counts;
  targets: Counts;
  speaker: Accuracy;
  /** Sentiment sign, strict (the gold label) and lenient (the gold label or its sentimentAlso). */
  sentiment: Accuracy;
  sentimentLenient: Accuracy;
  /** Type on the ten classes, strict and lenient (typeAlso accepted). */
  type: Accuracy;
  typeLenient: Accuracy;
  kind: Accuracy;
  /** Over matched people: the predicted state equals the gold state (null included). */
  personState: Accuracy;
  /** Over matched statements: the predicted speaker state equals the gold one (null included). */
  speakerState: Accuracy;
  /** Per scored statement, the gold and the predicted ten-class type and sentiment (for confusion matrices). */
  pairs: { type: [gold: string, got: string][]; sentiment: [gold: string, got: string][] };
  /** Human-readable list of mismatches, for studying errors (never printed for blind sets). */
  errors: string[];
}

function setCounts<T>(pred: Set<T>, gold: Set<T>, optional: Set<T> = new Set()): Counts {
  let tp = 0;
  let fp = 0;
  for (const p of pred) {
    if (gold.has(p)) tp++;
    else if (!optional.has(p)) fp++;
  }
  return { tp, fp, fn: gold.size - tp };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function tally(acc: Accuracy, ok: boolean): boolean {
  acc.total++;
  if (ok) acc.correct++;
  return ok;
}

/**
 * Pairs gold statements with predicted ones: a prediction matches when its span contains the gold anchor (evidence
 * or cue); one-to-one, greedy, smallest containing span first. Required statements are matched before optional ones
 * so that an optional statement only absorbs a prediction nobody else claims.
 */
function matchStatements(body: string, result: ExtractionResult, gold: GoldStatement[], errors: string[]) {
  const used = new Set<number>();
  const pairs: { g: GoldStatement; s: ExtractedStatement }[] = [];
  let missedRequired = 0;
  const ordered = [...gold.filter((g) => !g.optional), ...gold.filter((g) => g.optional)];
  for (const g of ordered) {
    const span = locateAnchor(body, goldAnchor(g));
    if (!span) {
      errors.push(`gold anchor not found in body: "${goldAnchor(g)}"`);
      if (!g.optional) missedRequired++;
      continue;
    }
    let best = -1;
    result.statements.forEach((s, i) => {
      if (used.has(i) || s.startOffset > span.start || span.end > s.endOffset) return;
      const b = result.statements[best];
      if (!b || s.endOffset - s.startOffset < b.endOffset - b.startOffset) best = i;
    });
    if (best < 0) {
      if (!g.optional) {
        missedRequired++;
        errors.push(`MISSED statement: "${goldAnchor(g)}" (${g.speaker ?? g.speakerState})`);
      }
      continue;
    }
    used.add(best);
    pairs.push({ g, s: result.statements[best]! });
  }
  return { pairs, used, missedRequired };
}

type FieldTallies = Pick<
  ArticleEvaluation,
  "speaker" | "speakerState" | "sentiment" | "sentimentLenient" | "type" | "typeLenient" | "kind"
> & { topics: Counts; targets: Counts; pairs: ArticleEvaluation["pairs"] };

/** Scores the fields of one matched (required) statement into `t`. */
/**
 * The normalised names the gold speaker goes by in the article: the name and the aliases its people entry lists
 * ("Mohammed Irfaan Ali", also written "Irfaan Mohammed Ali"), as the people metric counts them.
 */
function goldSpeakerNames(speaker: string, people: GoldArticle["people"]): Set<string> {
  const entry = people.find((p) => p.name === speaker);
  return new Set([speaker, ...(entry?.aliases ?? [])].map(normalizeName));
}

function scoreStatement(
  g: GoldStatement,
  s: ExtractedStatement,
  result: ExtractionResult,
  goldPeople: GoldArticle["people"],
  t: FieldTallies,
  errors: string[],
) {
  const anchor = goldAnchor(g);
  const person = s.speakerKey ? result.people.find((p) => p.key === s.speakerKey) : undefined;
  const names = g.speaker ? goldSpeakerNames(g.speaker, goldPeople) : null;
  const speakerOk = names
    ? person !== undefined &&
      (names.has(person.normalizedName) || [person.name, ...person.aliases].some((a) => names.has(normalizeName(a))))
    : person === undefined && s.speakerStateCode === g.speakerState;
  if (!tally(t.speaker, speakerOk))
    errors.push(
      `speaker: "${anchor}" gold=${g.speaker ?? "-"}/${g.speakerState} got=${person?.name ?? "-"}/${s.speakerStateCode}`,
    );
  if (!tally(t.speakerState, (s.speakerStateCode ?? null) === (g.speakerState ?? null)))
    errors.push(
      `speaker state: "${anchor}" gold=${g.speakerState ?? "-"} got=${s.speakerStateCode ?? "-"} (${person?.name ?? "-"})`,
    );
  const sentimentOk = tally(t.sentiment, s.sentiment.label === g.sentiment);
  if (!tally(t.sentimentLenient, sentimentOk || s.sentiment.label === g.sentimentAlso))
    errors.push(`sentiment: "${anchor}" gold=${g.sentiment} got=${s.sentiment.label} (${s.sentiment.score})`);
  const type = toTenClass(s.type);
  t.pairs.type.push([toTenClass(g.type), type]);
  t.pairs.sentiment.push([g.sentiment, s.sentiment.label]);
  const typeOk = tally(t.type, type === toTenClass(g.type));
  if (!tally(t.typeLenient, typeOk || (g.typeAlso !== undefined && type === toTenClass(g.typeAlso))))
    errors.push(`type: "${anchor}" gold=${toTenClass(g.type)} got=${type}`);
  if (!tally(t.kind, s.kind === g.kind)) errors.push(`kind: "${anchor}" gold=${g.kind} got=${s.kind}`);
  if (g.topics) {
    const tc = setCounts(new Set(s.topics.map((x) => x.slug)), new Set(g.topics));
    t.topics = add(t.topics, tc);
    if (tc.fp || tc.fn)
      errors.push(`topics: "${anchor}" gold=[${g.topics}] got=[${s.topics.map((x) => `${x.slug}<${x.evidence}>`)}]`);
  }
  const gc = setCounts(new Set(s.targetCodes), new Set(g.targets), new Set(g.targetsOptional ?? []));
  t.targets = add(t.targets, gc);
  if (gc.fp || gc.fn) errors.push(`targets: "${anchor}" gold=[${g.targets}] got=[${s.targetCodes}]`);
}

/** People as a set of normalised names; a predicted person matches a gold one by name or by one of its aliases. */
function scorePeople(result: ExtractionResult, gold: GoldArticle, errors: string[]) {
  const goldKey = new Map<string, string>();
  for (const gp of gold.people) {
    goldKey.set(normalizeName(gp.name), gp.name);
    for (const a of gp.aliases ?? []) goldKey.set(normalizeName(a), gp.name);
  }
  const predicted = new Set(
    result.people.map((p) => goldKey.get(p.normalizedName) ?? goldKey.get(normalizeName(p.name)) ?? `?${p.normalizedName}`),
  );
  const people = setCounts(predicted, new Set(gold.people.map((p) => p.name)));
  if (people.fp || people.fn)
    errors.push(
      `people: gold=[${gold.people.map((p) => p.name)}] got=[${result.people.map((p) => `${p.name}(${p.stateCode ?? "-"}; ${p.role ?? "-"})`)}]`,
    );
  const personState: Accuracy = { correct: 0, total: 0 };
  for (const gp of gold.people) {
    const keys = [gp.name, ...(gp.aliases ?? [])].map(normalizeName);
    const p =
      result.people.find((x) => keys.includes(x.normalizedName)) ??
      result.people.find((x) => x.aliases.some((a) => keys.includes(normalizeName(a))));
    if (!p) continue;
    if (!tally(personState, (p.stateCode ?? null) === (gp.state ?? null)))
      errors.push(`person state: ${gp.name} gold=${gp.state ?? "-"} got=${p.stateCode ?? "-"} (role: ${p.role ?? "-"})`);
  }
  return { people, personState };
}

/**
 * Compares one article's extraction with its gold labels.
 * - Statements: matched as in matchStatements; optional gold statements count neither way (a prediction they absorb
 *   is no false positive, their absence no miss), and their fields are not scored.
 * - Speaker: over matched statements; the predicted person's normalised name (or an alias) equals the gold
 *   speaker's name or one of the aliases its people entry lists (as for people), or, when the gold speaker is null,
 *   no person and the same speaker state.
 * - Sentiment and type (ten classes): accuracy over matched statements, strict and lenient (sentimentAlso/typeAlso).
 * - Targets: per-statement sets, targetsOptional counting neither way. Topics: exact slugs, when the gold has them.
 * - States and people: per-article sets (statesOptional counting neither way; people by name or alias).
 */
export function evaluateArticle(body: string, result: ExtractionResult, gold: GoldArticle): ArticleEvaluation {
  const errors: string[] = [];
  const { pairs, used, missedRequired } = matchStatements(body, result, gold.statements, errors);
  const zero = () => ({ correct: 0, total: 0 });
  const t: FieldTallies = {
    speaker: zero(),
    speakerState: zero(),
    sentiment: zero(),
    sentimentLenient: zero(),
    type: zero(),
    typeLenient: zero(),
    kind: zero(),
    topics: { tp: 0, fp: 0, fn: 0 },
    targets: { tp: 0, fp: 0, fn: 0 },
    pairs: { type: [], sentiment: [] },
  };
  const required = pairs.filter((p) => !p.g.optional);
  for (const { g, s } of required) scoreStatement(g, s, result, gold.people, t, errors);
  result.statements.forEach((s, i) => {
    if (!used.has(i))
      errors.push(
        `EXTRA statement: "${s.text.slice(0, 120)}" (${result.people.find((p) => p.key === s.speakerKey)?.name ?? "-"}/${s.speakerStateCode})`,
      );
  });
  const statements: Counts = { tp: required.length, fp: result.statements.length - used.size, fn: missedRequired };
  const states = setCounts(new Set(result.states.map((s) => s.code)), new Set(gold.states), new Set(gold.statesOptional ?? []));
  if (states.fp || states.fn)
    errors.push(`states: gold=[${[...gold.states].sort()}] got=[${result.states.map((s) => s.code).sort()}]`);
  return { article: gold.article, statements, states, ...scorePeople(result, gold, errors), ...t, errors };
}

function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

type CountKind = "statements" | "states" | "people" | "topics" | "targets";
type AccuracyKind =
  "speaker" | "speakerState" | "sentiment" | "sentimentLenient" | "type" | "typeLenient" | "kind" | "personState";
/** The figures of a table, in print order. */
export const METRIC_ORDER: readonly (CountKind | AccuracyKind)[] = [
  "statements",
  "speaker",
  "speakerState",
  "targets",
  "sentiment",
  "sentimentLenient",
  "type",
  "typeLenient",
  "people",
  "states",
  "personState",
  "topics",
  "kind",
];
const COUNT_KINDS = new Set<string>(["statements", "states", "people", "topics", "targets"]);

/** Micro-averaged figures over all articles, in METRIC_ORDER; `floors` sets the floor column (null elsewhere). */
export function summarise(evaluations: ArticleEvaluation[], floors: Record<string, number> = {}): Metric[] {
  return METRIC_ORDER.map((kind) => {
    if (COUNT_KINDS.has(kind)) {
      const c = evaluations.reduce((acc, e) => add(acc, e[kind as CountKind]), { tp: 0, fp: 0, fn: 0 });
      const r = prf(c);
      return { kind, precision: r.precision, recall: r.recall, value: r.f1, floor: floors[kind] ?? null, support: c.tp + c.fn };
    }
    const c = evaluations.reduce(
      (a, e) => ({ correct: a.correct + e[kind as AccuracyKind].correct, total: a.total + e[kind as AccuracyKind].total }),
      { correct: 0, total: 0 },
    );
    const value = c.total === 0 ? 1 : c.correct / c.total;
    return { kind, precision: null, recall: null, value, floor: floors[kind] ?? null, support: c.total };
  });
}

export function formatTable(metrics: Metric[]): string {
  const pct = (x: number | null) => (x === null ? "    -" : x.toFixed(3));
  const lines = [
    "kind              precision  recall  F1/acc  floor  support  ok",
    "----------------  ---------  ------  ------  -----  -------  --",
  ];
  for (const m of metrics) {
    const ok = m.floor === null ? "" : m.value >= m.floor ? "ok" : "BELOW";
    lines.push(
      `${m.kind.padEnd(16)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${m.value.toFixed(3).padStart(6)}  ${(m.floor === null ? "-" : m.floor.toFixed(2)).padStart(5)}  ${String(m.support).padStart(7)}  ${ok}`,
    );
  }
  return lines.join("\n");
}

export function belowFloors(metrics: Metric[]): Metric[] {
  return metrics.filter((m) => m.floor !== null && m.value < m.floor);
}
