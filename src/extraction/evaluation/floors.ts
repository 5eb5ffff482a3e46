// Regression floors of the evaluation sets. The blind set (tests/evaluation/blind) is the headline figure and decides
// the exit code of `npm run eval:extraction`; the old held-out DEV/TEST splits keep floors of their own in the test
// suite. Each floor sits a little under the figure the current extractor reaches (see the comment by each table), so
// that a change which only helps the sets we study fails; raise them when figures improve, never lower them to make a
// change pass. The tuning set is in-sample: it no longer gates.

/** Blind set floors (totals only). */
export const BLIND_FLOORS: Record<string, number> = {};

/** Old held-out splits, labelled before the guide. */
export const HELD_OUT_FLOORS: Record<"dev" | "test", Record<string, number>> = {
  dev: {},
  test: {},
};
