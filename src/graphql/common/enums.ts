// Database enums exposed in GraphQL, each value described.
import { registerEnumType } from "type-graphql";
import { AliasKind, SentimentLabel, StatementKind, StatementType } from "../../generated/prisma/enums.js";

registerEnumType(AliasKind, {
  name: "AliasKind",
  description: "How a state is named in text besides its common name.",
  valuesConfig: {
    NAME: { description: "Another name of the state, e.g. Britain, Burma, Turkey." },
    ABBREVIATION: { description: "An abbreviation, e.g. U.S., UK, DPRK." },
    DEMONYM: { description: "An adjective or demonym, e.g. South Korean, Filipinos." },
    CAPITAL: { description: "The capital, used in news for the government, e.g. Beijing said." },
    SHORT_FORM: { description: "A short form that needs context, e.g. the North for North Korea." },
  },
});

registerEnumType(StatementKind, {
  name: "StatementKind",
  description: "How a statement is reported in its article.",
  valuesConfig: {
    DIRECT_QUOTE: { description: "Quoted word for word." },
    PARTIAL_QUOTE: { description: "A quoted phrase inside reported speech." },
    REPORTED_SPEECH: { description: "Paraphrased by the journalist (X said that…, X warned…)." },
  },
});

registerEnumType(SentimentLabel, {
  name: "SentimentLabel",
  description: "Tone of a statement toward its subject.",
  valuesConfig: {
    NEGATIVE: { description: "Hostile, critical or worried (score below -0.05)." },
    NEUTRAL: { description: "Neither clearly negative nor positive." },
    POSITIVE: { description: "Friendly, approving or cooperative (score above 0.05)." },
  },
});

registerEnumType(StatementType, {
  name: "StatementType",
  description: "What a statement does, in our own typology; each type maps to a CAMEO root code and a Goldstein-style score.",
  valuesConfig: {
    COMMENTS: { description: "A neutral remark (CAMEO 01)." },
    EXPRESSES_CONCERN: { description: "Expresses concern or worry (between CAMEO 01 pessimistic comment and 11 disapprove)." },
    CRITICISES: { description: "Criticises or disapproves (CAMEO 11)." },
    CONDEMNS: { description: "Condemns or denounces (CAMEO 11)." },
    WARNS: { description: "Warns of consequences (CAMEO 13)." },
    THREATENS: { description: "Threatens action, sanctions or force (CAMEO 13)." },
    DEMANDS: { description: "Demands that another party act (CAMEO 10)." },
    APPEALS: { description: "Urges, calls on or appeals to another party (CAMEO 02)." },
    REJECTS: { description: "Rejects or dismisses a proposal or claim (CAMEO 12)." },
    DENIES: { description: "Denies an accusation (CAMEO 12)." },
    ACCUSES: { description: "Accuses another party of a wrong act (CAMEO 112 accuse, Goldstein -2.0)." },
    INTENDS_TO_COOPERATE: { description: "Pledges or plans to cooperate (CAMEO 03)." },
    AGREES: { description: "Agrees or signs an agreement (CAMEO 05)." },
    PRAISES: { description: "Welcomes, praises or endorses (CAMEO 05)." },
  },
});

export { AliasKind, SentimentLabel, StatementKind, StatementType };
