// Features of a statement for the stance classifier, all computed by the pipeline: the reporting verb's lemma and
// frame, negation-marked unigrams and bigrams of the reported content (names masked), its first words (where the
// main predicate of a reported clause sits), modal verbs, the lexicon score and the rules' own decision.
import type { StanceInput } from "../speech-act.js";
import type { ClassifiedType } from "../statement-types.js";
import { LEXICON_FAMILIES } from "../rules/lexicon-rules.js";

/** Topic words carry no stance (labelling guide): the model sees them only as "<topic>", never as words to weigh. */
const TOPIC_WORDS = new Set(Object.keys(LEXICON_FAMILIES.find((f) => f.family === "lexicon.neutral")?.entries ?? {}));

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const NEGATORS = new Set(["not", "no", "never", "n't", "cannot", "without", "nor", "neither"]);
const MODALS = new Set(["will", "would", "shall", "must", "should", "could", "may", "might", "can"]);
/** How many words a negation marks ("not to take actions" → NOT_to NOT_take NOT_actions). */
const NEGATION_SCOPE = 3;
/** The first words of the content, marked by position class, carry the main predicate of most reported clauses. */
const LEAD_WORDS = 6;

/** Lower-cased words; capitalised words inside the text (names of states, people, bodies) become "<name>". */
function tokens(text: string): string[] {
  const out: string[] = [];
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    const lower = w.includes("’") ? w.toLowerCase().replace(/’/g, "'") : w.toLowerCase();
    out.push(!first && /^\p{Lu}/u.test(w) && w !== "I" ? "<name>" : TOPIC_WORDS.has(lower) ? "<topic>" : lower);
    first = false;
  }
  return out;
}

function lexicalBucket(raw: number): string {
  if (raw <= -3) return "lex:neg2";
  if (raw < 0) return "lex:neg1";
  if (raw === 0) return "lex:zero";
  return raw >= 3 ? "lex:pos2" : "lex:pos1";
}

export function stanceFeatures(input: StanceInput, rules: ClassifiedType): string[] {
  const features = [
    "bias",
    `cue:${input.cue ?? "none"}`,
    `kind:${input.kind}`,
    lexicalBucket(input.lexical.raw),
    `rule:${rules.type}`,
    `rule-id:${rules.evidence ?? "none"}`,
  ];
  const words = tokens(input.content);
  let negated = 0;
  let previous = "<s>";
  words.forEach((w, i) => {
    if (NEGATORS.has(w)) {
      negated = NEGATION_SCOPE;
      features.push(`w:${w}`);
      previous = w;
      return;
    }
    const marked = negated > 0 ? `NOT_${w}` : w;
    if (negated > 0) negated--;
    features.push(`w:${marked}`, `b:${previous}_${marked}`);
    if (i < LEAD_WORDS) features.push(`lead:${w}`);
    if (MODALS.has(w)) features.push(`modal:${w}`);
    previous = marked;
  });
  for (const w of tokens(input.cueText).slice(0, 12)) features.push(`frame:${w}`);
  return [...new Set(features)];
}
