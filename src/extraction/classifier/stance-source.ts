// Which source decides each stance field: the rules, or the trained model (weights.json). The defaults are the better
// source per field as measured by `eval:extraction -- --compare` on the development sets; evaluation switches them to
// report both side by side.

/**
 * hybrid: the model when it is reasonably sure (and, for the type, when no typed reporting predicate decided),
 * the rules otherwise.
 */
export type StanceSource = "rules" | "model" | "hybrid";

export interface StanceSources {
  type: StanceSource;
  sentiment: StanceSource;
}

export const DEFAULT_STANCE_SOURCES: StanceSources = { type: "hybrid", sentiment: "hybrid" };

let current: StanceSources = { ...DEFAULT_STANCE_SOURCES };

export function stanceSources(): StanceSources {
  return current;
}

/** For evaluation: overrides the sources until called again (or with the defaults). */
export function setStanceSources(sources: StanceSources): void {
  current = { ...sources };
}
