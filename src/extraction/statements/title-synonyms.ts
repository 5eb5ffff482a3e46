// Titles news uses to avoid repeating an office, read as that office: shared by the subject found left of a speech
// verb ("The Head of State noted …") and right of it ('…," stated the Kazakh Head of State').
import type { Token } from "../sentences.js";
import { registerRules, ruleEnabled } from "../rules/registry.js";

/**
 * Rule speaker.title-synonym: "the Head of State" is the president named before, "the head of government" the prime
 * minister, "the top diplomat" / "the chief diplomat" the foreign minister.
 */
export const TITLE_SYNONYM_RULE = "speaker.title-synonym";
registerRules([TITLE_SYNONYM_RULE]);
const HEAD_OF: Record<string, string> = { state: "president", government: "prime minister" };

/** The office the title at token `k` stands for ("president" for "Head of State"), or null when it is no synonym. */
export function titleSynonym(tokens: Token[], k: number): string | null {
  if (!ruleEnabled(TITLE_SYNONYM_RULE)) return null;
  const t = tokens[k]!;
  if (t.lower === "head" && tokens[k + 1]?.lower === "of") return HEAD_OF[tokens[k + 2]?.lower ?? ""] ?? null;
  if (t.lower === "diplomat" && /^(?:top|chief)$/.test(tokens[k - 1]?.lower ?? "")) return "foreign minister";
  return null;
}
