// The gold label format shared by every evaluation set (see tests/evaluation/LABELLING-GUIDE.md). Types are compared
// in the guide's ten classes (src/extraction/ten-classes.ts).

export type GoldSentiment = "NEGATIVE" | "NEUTRAL" | "POSITIVE";

export interface GoldStatement {
  /** 6 to 15 words verbatim from inside the statement (our sets). */
  evidence?: string;
  /** 3 to 6 words verbatim from inside the statement (real-news set, instead of evidence). */
  cue?: string;
  kind: string;
  speaker: string | null;
  speakerState: string | null;
  targets: string[];
  /** Targets implied only by context: predicting them or not counts neither way. */
  targetsOptional?: string[];
  sentiment: GoldSentiment;
  /** A second acceptable sentiment when the case is genuinely borderline (lenient figures). */
  sentimentAlso?: GoldSentiment;
  type: string;
  /** A second acceptable type (lenient figures). */
  typeAlso?: string;
  /** Borderline attribution: neither required for recall nor counted as a false statement. */
  optional?: boolean;
  /** Optional on the real-news set: statements without topics are not scored for topics. */
  topics?: string[];
}

export interface GoldPerson {
  name: string;
  state: string | null;
  role: string | null;
  aliases?: string[];
  sanctioned?: boolean;
}

export interface GoldArticle {
  /** The article file (our sets) or the article id (real-news set). */
  article: string;
  states: string[];
  /** Passing mentions and places: predicting them or not counts neither way. */
  statesOptional?: string[];
  people: GoldPerson[];
  statements: GoldStatement[];
}

/** The verbatim words that locate a gold statement in the body: its evidence, or its cue on the real-news set. */
export function goldAnchor(g: GoldStatement): string {
  return g.evidence ?? g.cue ?? "";
}
