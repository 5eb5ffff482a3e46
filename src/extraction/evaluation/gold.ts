// The gold label format shared by every evaluation set (see tests/evaluation/LABELLING-GUIDE.md) and the mapping of
// statement types onto the guide's ten classes.

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

/** The guide's ten statement classes. */
export const TEN_CLASSES = [
  "CRITICISES",
  "EXPRESSES_CONCERN",
  "WARNS",
  "DEMANDS",
  "DENIES",
  "ACCUSES",
  "PRAISES",
  "INTENDS_TO_COOPERATE",
  "APPEALS",
  "COMMENTS",
] as const;
export type TenClass = (typeof TEN_CLASSES)[number];

/** Finer types (older gold files, and the pipeline's CAMEO-level types) folded into the ten classes. */
const FOLDED: Record<string, TenClass> = {
  CONDEMNS: "CRITICISES",
  THREATENS: "WARNS",
  REJECTS: "DENIES",
  AGREES: "INTENDS_TO_COOPERATE",
};

/** The ten-class spelling of a statement type (gold or predicted). Unknown values are returned unchanged. */
export function toTenClass(type: string): string {
  return FOLDED[type] ?? type;
}

/** The verbatim words that locate a gold statement in the body: its evidence, or its cue on the real-news set. */
export function goldAnchor(g: GoldStatement): string {
  return g.evidence ?? g.cue ?? "";
}
