// Evaluation metrics of the extraction pipeline against gold labels.
import type { ExtractionResult } from "../types.js";
import { normalizeName } from "../text-utils.js";

export interface GoldStatement {
  evidence: string;
  kind: string;
  speaker: string | null;
  speakerState: string | null;
  targets: string[];
  sentiment: "NEGATIVE" | "NEUTRAL" | "POSITIVE";
  type: string;
  topics: string[];
}

export interface GoldArticle {
  article: string;
  states: string[];
  people: { name: string; state: string | null; role: string | null }[];
  statements: GoldStatement[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
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

export const FLOORS: Record<string, number> = {
  statements: 0.9,
  speaker: 0.9,
  states: 0.95,
  people: 0.9,
  sentiment: 0.9,
  topics: 0.8,
};

export interface ArticleEvaluation {
  article: string;
  statements: Counts;
  states: Counts;
  people: Counts;
  topics: Counts;
  targets: Counts;
  speaker: { correct: number; total: number };
  sentiment: { correct: number; total: number };
  type: { correct: number; total: number };
  kind: { correct: number; total: number };
  /** Over matched people: the predicted state equals the gold state (null included). */
  personState: { correct: number; total: number };
  /** Over matched statements: the predicted speaker state equals the gold one (null included). */
  speakerState: { correct: number; total: number };
  /** Human-readable list of mismatches, for tuning. */
  errors: string[];
}

function setCounts<T>(pred: Set<T>, gold: Set<T>): Counts {
  let tp = 0;
  for (const p of pred) if (gold.has(p)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/**
 * Compares one article's extraction with its gold labels.
 * - A predicted statement matches a gold one when its span contains the gold evidence (one-to-one, greedy,
 *   smallest containing span first).
 * - Speaker: over matched statements; the predicted person's normalised name equals the gold speaker's, or, when
 *   the gold speaker is null (a state speaking), the predicted speaker state equals the gold one.
 * - States and people: per-article sets (people by normalised name).
 * - Person state: over gold people matched by normalised name (or alias), the predicted state equals the gold one,
 *   null included. Speaker state: over matched statements, the predicted speaker state equals the gold one, null
 *   included. Both are reported without floors.
 * - Sentiment, type: accuracy over matched statements. Topics, targets: per-statement sets over matched statements,
 *   exact slug match (no credit for a parent or child slug).
 */
export function evaluateArticle(body: string, result: ExtractionResult, gold: GoldArticle): ArticleEvaluation {
  const errors: string[] = [];
  const peopleByKey = new Map(result.people.map((p) => [p.key, p]));
  const used = new Set<number>();
  let matched = 0;
  let topics: Counts = { tp: 0, fp: 0, fn: 0 };
  let targets: Counts = { tp: 0, fp: 0, fn: 0 };
  const speaker = { correct: 0, total: 0 };
  const sentiment = { correct: 0, total: 0 };
  const type = { correct: 0, total: 0 };
  const kind = { correct: 0, total: 0 };
  const speakerState = { correct: 0, total: 0 };
  for (const g of gold.statements) {
    const at = body.indexOf(g.evidence);
    if (at < 0) {
      errors.push(`gold evidence not found in body: "${g.evidence}"`);
      continue;
    }
    const end = at + g.evidence.length;
    let best = -1;
    for (let i = 0; i < result.statements.length; i++) {
      if (used.has(i)) continue;
      const s = result.statements[i]!;
      if (s.startOffset <= at && end <= s.endOffset) {
        if (best < 0 || s.endOffset - s.startOffset < result.statements[best]!.endOffset - result.statements[best]!.startOffset)
          best = i;
      }
    }
    if (best < 0) {
      errors.push(`MISSED statement: "${g.evidence}" (${g.speaker ?? g.speakerState})`);
      continue;
    }
    used.add(best);
    matched++;
    const s = result.statements[best]!;
    const person = s.speakerKey ? peopleByKey.get(s.speakerKey) : undefined;
    const speakerOk = g.speaker
      ? person !== undefined &&
        (person.normalizedName === normalizeName(g.speaker) ||
          person.aliases.some((a) => normalizeName(a) === normalizeName(g.speaker!)))
      : s.speakerStateCode === g.speakerState;
    speaker.total++;
    if (speakerOk) speaker.correct++;
    else
      errors.push(
        `speaker: "${g.evidence}" gold=${g.speaker ?? "-"}/${g.speakerState} got=${person?.name ?? "-"}/${s.speakerStateCode}`,
      );
    speakerState.total++;
    if ((s.speakerStateCode ?? null) === (g.speakerState ?? null)) speakerState.correct++;
    else
      errors.push(
        `speaker state: "${g.evidence}" gold=${g.speakerState ?? "-"} got=${s.speakerStateCode ?? "-"} (${person?.name ?? "-"})`,
      );
    sentiment.total++;
    if (s.sentiment.label === g.sentiment) sentiment.correct++;
    else errors.push(`sentiment: "${g.evidence}" gold=${g.sentiment} got=${s.sentiment.label} (${s.sentiment.score})`);
    type.total++;
    if (s.type === g.type) type.correct++;
    else errors.push(`type: "${g.evidence}" gold=${g.type} got=${s.type}`);
    kind.total++;
    if (s.kind === g.kind) kind.correct++;
    else errors.push(`kind: "${g.evidence}" gold=${g.kind} got=${s.kind}`);
    const tc = setCounts(new Set(s.topics.map((t) => t.slug)), new Set(g.topics));
    topics = add(topics, tc);
    if (tc.fp || tc.fn)
      errors.push(`topics: "${g.evidence}" gold=[${g.topics}] got=[${s.topics.map((t) => `${t.slug}<${t.evidence}>`)}]`);
    const gc = setCounts(new Set(s.targetCodes), new Set(g.targets));
    targets = add(targets, gc);
    if (gc.fp || gc.fn) errors.push(`targets: "${g.evidence}" gold=[${g.targets}] got=[${s.targetCodes}]`);
  }
  result.statements.forEach((s, i) => {
    if (!used.has(i))
      errors.push(
        `EXTRA statement: "${s.text.slice(0, 120)}" (${peopleByKey.get(s.speakerKey ?? "")?.name ?? "-"}/${s.speakerStateCode})`,
      );
  });
  const statements: Counts = { tp: matched, fp: result.statements.length - matched, fn: gold.statements.length - matched };
  const states = setCounts(new Set(result.states.map((s) => s.code)), new Set(gold.states));
  if (states.fp || states.fn)
    errors.push(`states: gold=[${[...gold.states].sort()}] got=[${result.states.map((s) => s.code).sort()}]`);
  const people = setCounts(
    new Set(result.people.map((p) => p.normalizedName)),
    new Set(gold.people.map((p) => normalizeName(p.name))),
  );
  if (people.fp || people.fn)
    errors.push(
      `people: gold=[${gold.people.map((p) => p.name)}] got=[${result.people.map((p) => `${p.name}(${p.stateCode ?? "-"}; ${p.role ?? "-"})`)}]`,
    );
  const personState = { correct: 0, total: 0 };
  for (const gp of gold.people) {
    const key = normalizeName(gp.name);
    const p =
      result.people.find((x) => x.normalizedName === key) ??
      result.people.find((x) => x.aliases.some((a) => normalizeName(a) === key));
    if (!p) continue;
    personState.total++;
    if ((p.stateCode ?? null) === (gp.state ?? null)) personState.correct++;
    else errors.push(`person state: ${gp.name} gold=${gp.state ?? "-"} got=${p.stateCode ?? "-"} (role: ${p.role ?? "-"})`);
  }
  return {
    article: gold.article,
    statements,
    states,
    people,
    topics,
    targets,
    speaker,
    sentiment,
    type,
    kind,
    personState,
    speakerState,
    errors,
  };
}

function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Micro-averaged figures over all articles, in a fixed order. */
export function summarise(evaluations: ArticleEvaluation[]): Metric[] {
  const sum = (pick: (e: ArticleEvaluation) => Counts) =>
    evaluations.reduce((acc, e) => add(acc, pick(e)), { tp: 0, fp: 0, fn: 0 });
  const acc = (pick: (e: ArticleEvaluation) => { correct: number; total: number }) => {
    const c = evaluations.reduce((a, e) => ({ correct: a.correct + pick(e).correct, total: a.total + pick(e).total }), {
      correct: 0,
      total: 0,
    });
    return { value: c.total === 0 ? 1 : c.correct / c.total, support: c.total };
  };
  const f = (kind: string, c: Counts): Metric => {
    const r = prf(c);
    return { kind, precision: r.precision, recall: r.recall, value: r.f1, floor: FLOORS[kind] ?? null, support: c.tp + c.fn };
  };
  const a = (kind: string, x: { value: number; support: number }): Metric => ({
    kind,
    precision: null,
    recall: null,
    value: x.value,
    floor: FLOORS[kind] ?? null,
    support: x.support,
  });
  return [
    f(
      "statements",
      sum((e) => e.statements),
    ),
    a(
      "speaker",
      acc((e) => e.speaker),
    ),
    f(
      "states",
      sum((e) => e.states),
    ),
    f(
      "people",
      sum((e) => e.people),
    ),
    a(
      "sentiment",
      acc((e) => e.sentiment),
    ),
    f(
      "topics",
      sum((e) => e.topics),
    ),
    a(
      "type",
      acc((e) => e.type),
    ),
    a(
      "kind",
      acc((e) => e.kind),
    ),
    f(
      "targets",
      sum((e) => e.targets),
    ),
    a(
      "personState",
      acc((e) => e.personState),
    ),
    a(
      "speakerState",
      acc((e) => e.speakerState),
    ),
  ];
}

export function formatTable(metrics: Metric[]): string {
  const pct = (x: number | null) => (x === null ? "    -" : x.toFixed(3));
  const lines = [
    "kind          precision  recall  F1/acc  floor  support  ok",
    "------------  ---------  ------  ------  -----  -------  --",
  ];
  for (const m of metrics) {
    const ok = m.floor === null ? "" : m.value >= m.floor ? "ok" : "BELOW";
    lines.push(
      `${m.kind.padEnd(12)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${m.value.toFixed(3).padStart(6)}  ${(m.floor === null ? "-" : m.floor.toFixed(2)).padStart(5)}  ${String(m.support).padStart(7)}  ${ok}`,
    );
  }
  return lines.join("\n");
}

export function belowFloors(metrics: Metric[]): Metric[] {
  return metrics.filter((m) => m.floor !== null && m.value < m.floor);
}
