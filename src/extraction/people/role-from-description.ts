// A role for a person introduced by bare name: a later definite description of a spokesperson ("Saeed X said: … .
// … ," the Foreign Ministry spokesman added.) names the office of the person spoken of just before.
import type { SegmentedText } from "../sentences.js";
import type { PeopleResult, PersonEntity } from "../people.js";
import { ORG_WORDS, PORTFOLIO_WORDS, ROLE_WORDS } from "../lexicon.js";
import { firstStartingAt } from "../span-search.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

/**
 * Rule people.role-from-description: "the <modifiers> spokesman/spokesperson/spokeswoman" (not before a name, not
 * "of/for X") refers to the person mentioned last within the two sentences before it; when that person has no role
 * and no one in the article has a spokesperson's role, the description (without "the") becomes the person's role.
 * Only spokespeople: wire copy names them by bare name and then by office, and a spokesperson speaks for one state.
 */
const RULE = "people.role-from-description";
registerRules([RULE]);
const HEAD = /^spokes(?:man|woman|person)$/;

export function rolesFromDescriptions(seg: SegmentedText, result: PeopleResult): void {
  if (!ruleEnabled(RULE)) return;
  const { tokens, text } = seg;
  const byKey = new Map(result.people.map((p) => [p.key, p]));
  if (result.people.some((p) => p.role && /spokes/i.test(p.role))) return;
  for (let k = 1; k < tokens.length; k++) {
    if (!HEAD.test(tokens[k]!.lower)) continue;
    let d = k - 1;
    while (d > 0 && k - d <= 4 && tokens[d]!.lower !== "the" && isModifier(tokens[d]!.lower)) d--;
    if (tokens[d]!.lower !== "the" || tokens[d]!.sentenceIndex !== tokens[k]!.sentenceIndex) continue;
    const next = tokens[k + 1];
    if (
      next &&
      (/^(?:of|for|to)$/.test(next.lower) || result.mentions[firstStartingAt(result.mentions, next.start)]?.start === next.start)
    )
      continue;
    const p = lastPersonBefore(result, byKey, tokens[d]!.start, tokens[k]!.sentenceIndex);
    if (!p || p.role) continue;
    p.role = text.slice(tokens[d + 1]!.start, tokens[k]!.end);
    noteFired(RULE);
  }
}

function isModifier(lower: string): boolean {
  return ROLE_WORDS.has(lower) || PORTFOLIO_WORDS.has(lower) || ORG_WORDS.has(lower);
}

/** The person of the last mention before `offset`, within the two sentences before `sentenceIndex`. */
function lastPersonBefore(
  result: PeopleResult,
  byKey: Map<string, PersonEntity>,
  offset: number,
  sentenceIndex: number,
): PersonEntity | null {
  const m = result.mentions[firstStartingAt(result.mentions, offset) - 1];
  if (!m || sentenceIndex - m.sentenceIndex > 2) return null;
  return byKey.get(m.key) ?? null;
}
