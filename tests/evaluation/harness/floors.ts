// Regression floors of the evaluation sets. The blind set (tests/evaluation/blind) is the headline figure and decides
// the exit code of `npm run eval:extraction`; the old held-out DEV/TEST splits keep floors of their own in the test
// suite. Each floor sits a little under the figure the current extractor reaches (see the comment by each table), so
// that a change which only helps the sets we study fails; raise them when figures improve, never lower them to make a
// change pass. The tuning set is in-sample: it no longer gates.

/**
 * Blind set floors (totals only), about 0.03 under extractor 2026.12.4 (hybrid rules/model stance): statements 0.890,
 * speaker 0.863, speaker state 0.718, targets 0.561, sentiment 0.754, type 0.597, people 0.937, states 0.975. Speaker
 * state and targets raised with the dateline, counterpart and added-act rules (30 Nov): statements 0.896, speaker
 * 0.865, speaker state 0.769, targets 0.671, people 0.944. Sentiment raised with the hybrid's sign rules (extractor
 * 2026.12.5): 0.797. Speaker state and targets raised with the officeholder dictionary (extractor 2026.12.6): speaker
 * state 0.833, targets 0.705. Raised with extractor 2026.12.7 (speakers from the officeholder dictionary, name
 * appositions, targets rules; 30 Nov): speaker 0.880, speaker state 0.865, targets 0.759, people 0.956 (sentiment
 * 0.777 and type 0.578 fell with the named-act stance rules; their floors stay). Raised with extractor 2026.12.8
 * (honorifics, title and pronoun resolution, closing attributions, target place rules; 30 Nov): speaker 0.912,
 * speaker state 0.884, targets 0.774, people 0.962. Raised with extractor 2026.12.30 (compound titles, the subject of
 * a shared title, pronouns after a new subject; targets of named officials, factual comments and body counterparts;
 * 1 Dec): speaker 0.935, targets 0.820.
 */
export const BLIND_FLOORS: Record<string, number> = {
  statements: 0.86,
  speaker: 0.9,
  speakerState: 0.85,
  targets: 0.79,
  sentiment: 0.77,
  type: 0.57,
  people: 0.93,
  states: 0.94,
};

/**
 * Old held-out splits (relabelled by the guide), about 0.03 under extractor 2026.12.3. DEV: statements 0.832, speaker
 * 0.929, speaker state 0.976, targets 0.767, sentiment 0.762, type 0.714, people 1, states 1. TEST: statements 0.791,
 * speaker 0.972, speaker state 0.889, targets 0.545, sentiment 0.611, type 0.528, people 0.939, states 1. TEST
 * targets raised with the counterpart rule (30 Nov): 0.603. Extractor 2026.12.7: TEST type 0.514 (one more
 * statement recalled, its type wrong, then the named-act stance rules), targets 0.658.
 */
export const HELD_OUT_FLOORS: Record<"dev" | "test", Record<string, number>> = {
  dev: {
    statements: 0.8,
    speaker: 0.9,
    speakerState: 0.94,
    targets: 0.73,
    sentiment: 0.73,
    type: 0.68,
    people: 0.97,
    states: 0.97,
  },
  test: {
    statements: 0.76,
    speaker: 0.94,
    speakerState: 0.85,
    targets: 0.62,
    sentiment: 0.58,
    type: 0.49,
    people: 0.91,
    states: 0.97,
  },
};
