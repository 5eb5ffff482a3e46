// Training examples from the real-news development set (tests/evaluation/real): each labelled statement becomes an
// example with the pipeline's own stance input, found around the label's cue words in the restored article text.
// Our written training statements are cleaner than wire copy; a model that has also seen real articles' statements
// transfers better to real news (cross-validated by whole articles: see training/README.md). The held-out set is
// never used here.
import { extractStanceInputs } from "../extract-article.js";
import { segment } from "../sentences.js";
import { scoreSentiment } from "../sentiment.js";
import type { StanceInput } from "../speech-act.js";
import { classifyStatement } from "../statement-types.js";
import { toTenClass } from "../ten-classes.js";
import type { ExtractionContext, StatementKind } from "../types.js";
import { stanceFeatures } from "./features.js";
import type { TrainingExample } from "./training.js";

/** The fields of a real-news label file this needs (the full format: tests/evaluation/harness/gold.ts). */
export interface RealNewsLabels {
  id: string;
  statements: { cue: string; kind: string; type: string; sentiment: string; optional?: boolean }[];
}

export interface RealNewsText {
  title?: string;
  body: string;
  publishedAt: string;
}

/**
 * The stance input of the statement the pipeline finds around `at`, or, when it finds none there, the sentence that
 * holds the cue as content without a reporting verb (the model must cope with both, as in training.ts).
 */
function inputAt(
  at: number,
  found: { start: number; end: number; input: StanceInput }[],
  sentences: () => { start: number; end: number }[],
  body: string,
  kind: StatementKind,
): StanceInput {
  const statement = found.find((s) => at >= s.start && at < s.end);
  if (statement) return statement.input;
  const sentence = sentences().find((s) => at >= s.start && at < s.end);
  const content = sentence ? body.slice(sentence.start, sentence.end) : body;
  return { cue: null, cueText: "", content, kind, lexical: scoreSentiment(content) };
}

/**
 * One example per required statement of an article (optional ones are borderline attributions, left out), each
 * counted `weight` times in training; `file` is the article id, so cross-validation folds keep articles whole.
 */
export function realNewsExamples(
  labels: RealNewsLabels,
  text: RealNewsText,
  context: ExtractionContext,
  weight: number,
): (TrainingExample & { file: string })[] {
  const article = { title: text.title ?? "", body: text.body, publishedAt: new Date(text.publishedAt), language: "en" };
  const found = extractStanceInputs(article, context);
  // Segmented only if some cue falls outside every statement the pipeline found, and then once.
  let segmented: { start: number; end: number }[] | null = null;
  const sentences = () => (segmented ??= segment(text.body).sentences);
  return labels.statements
    .filter((s) => !s.optional && text.body.includes(s.cue))
    .map((s) => {
      const kind = s.kind as StatementKind;
      const input = inputAt(text.body.indexOf(s.cue), found, sentences, text.body, kind);
      const rules = classifyStatement(input.cue, input.content, input.lexical.raw, input.cueText);
      const record = { id: labels.id, text: "", cue: s.cue, kind, type: toTenClass(s.type), sentiment: s.sentiment };
      return { record, input, rules, features: stanceFeatures(input, rules), file: labels.id, weight };
    });
}
