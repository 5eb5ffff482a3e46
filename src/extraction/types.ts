// The contract between the extraction pipeline (pure functions, no database) and ingestion (storage).
// The pipeline has its own vocabularies for kinds, sentiment labels and statement types, so that nothing under
// src/extraction depends on database code; they are spelled like the database enums and ingestion maps them
// (src/ingestion/statement-enums.ts).

/** How the statement reports the speaker's words. */
export const StatementKind = {
  DIRECT_QUOTE: "DIRECT_QUOTE",
  PARTIAL_QUOTE: "PARTIAL_QUOTE",
  REPORTED_SPEECH: "REPORTED_SPEECH",
} as const;
export type StatementKind = (typeof StatementKind)[keyof typeof StatementKind];

/** The sign of the speaker's stance toward the targets. */
export const SentimentLabel = {
  NEGATIVE: "NEGATIVE",
  NEUTRAL: "NEUTRAL",
  POSITIVE: "POSITIVE",
} as const;
export type SentimentLabel = (typeof SentimentLabel)[keyof typeof SentimentLabel];

/**
 * The speech act. The labelling guide's ten classes, plus the finer legacy values CONDEMNS, THREATENS, REJECTS and
 * AGREES that stored statements may still carry (the guide counts them as CRITICISES, WARNS, DENIES and
 * INTENDS_TO_COOPERATE).
 */
export const StatementType = {
  COMMENTS: "COMMENTS",
  EXPRESSES_CONCERN: "EXPRESSES_CONCERN",
  CRITICISES: "CRITICISES",
  CONDEMNS: "CONDEMNS",
  WARNS: "WARNS",
  THREATENS: "THREATENS",
  DEMANDS: "DEMANDS",
  APPEALS: "APPEALS",
  REJECTS: "REJECTS",
  DENIES: "DENIES",
  ACCUSES: "ACCUSES",
  INTENDS_TO_COOPERATE: "INTENDS_TO_COOPERATE",
  AGREES: "AGREES",
  PRAISES: "PRAISES",
} as const;
export type StatementType = (typeof StatementType)[keyof typeof StatementType];

/** What the pipeline knows about states: built from the State and StateAlias tables (or seed records). */
export interface GazetteerState {
  code: string;
  name: string;
  officialName: string;
  aliases: { kind: "NAME" | "ABBREVIATION" | "DEMONYM" | "CAPITAL" | "SHORT_FORM"; value: string }[];
}

/** A person already in the database, so that extraction reuses them instead of creating duplicates. */
export interface KnownPerson {
  id: number;
  name: string;
  normalizedName: string;
  aliases: string[];
  stateCode: string | null;
}

export interface ArticleInput {
  title: string;
  body: string;
  publishedAt: Date;
  language: string;
}

export interface ExtractionContext {
  states: GazetteerState[];
  knownPeople: KnownPerson[];
}

/** A character span in the article body. */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractedState {
  code: string;
  /** How many times the article mentions it (names, demonyms, capitals, abbreviations). */
  count: number;
  mentions: Span[];
}

export interface ExtractedPerson {
  /** Stable key within this extraction; statements point at people through it. */
  key: string;
  name: string;
  normalizedName: string;
  /** Set when the person matched someone already in the database. */
  knownPersonId: number | null;
  aliases: string[];
  role: string | null;
  organisation: string | null;
  stateCode: string | null;
  sanctioned: boolean;
  sanctionNote: string | null;
  count: number;
  mentions: Span[];
}

export interface ExtractedTopic {
  slug: string;
  /** The phrase in the statement that triggered the topic. */
  evidence: string;
  confidence: number;
}

export interface ExtractedStatement {
  text: string;
  kind: StatementKind;
  startOffset: number;
  endOffset: number;
  sentenceIndex: number;
  speakerKey: string | null;
  speakerStateCode: string | null;
  targetCodes: string[];
  sentiment: { score: number; label: SentimentLabel };
  type: StatementType;
  cameoCode: string;
  goldstein: number;
  topics: ExtractedTopic[];
  confidence: number;
}

export interface ExtractionResult {
  extractorVersion: string;
  states: ExtractedState[];
  people: ExtractedPerson[];
  statements: ExtractedStatement[];
}
