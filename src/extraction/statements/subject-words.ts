// Word classes used to find the subject of a speech cue.

/** Words that end the search for a subject leftwards: the cue belongs to another clause beyond them. */
export const SUBJECT_STOP = new Set(["that", ";", ":", "while", "whereas", "but", "because", "if", "than", "whether", "which"]);

/** Heads of noun phrases that speak for a state ("the foreign ministry", "state media", "the envoy"). */
export const ORG_HEADS = new Set([
  "ministry",
  // Foreign ministries by their usual abbreviations ("the FO said", "the MFA said").
  "fo",
  "mfa",
  "mea",
  "mofa",
  "chancellery",
  "government",
  "department",
  "office",
  "embassy",
  "military",
  "army",
  "navy",
  "statement",
  "agency",
  "officials",
  "official",
  "authorities",
  "regime",
  "leadership",
  "diplomats",
  "mission",
  "command",
  "cabinet",
  "administration",
  "presidency",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "media",
  "commentary",
  "kcna",
  "staff",
  "chiefs",
  "forces",
  "delegation",
  "envoy",
  "ambassador",
  "diplomat",
  "minister",
  "president",
  "leader",
]);

/** Heads of noun phrases naming several speakers ("the three governments", "the two sides"): no single state. */
export const GROUP_HEADS = new Set([
  "governments",
  "sides",
  "countries",
  "ministers",
  "leaders",
  "nations",
  "allies",
  "parties",
  "delegations",
  "partners",
  "neighbours",
  "neighbors",
  "powers",
  "signatories",
]);
