// Target rules as data: the words around a named state that show it is not what a statement is directed at or about
// (a place, a mediator). Each rule looks at the text just before and/or just after one state mention;
// the family of every id is "targets.<name>", so each can be switched off for ablation.
import type { StateMentionKind } from "../states.js";
import { registerRules } from "./registry.js";

export interface MentionRule {
  id: string;
  /** Must match the text just before the mention (up to 60 characters, ending at the mention). */
  before?: RegExp;
  /** Must match the text just after the mention (up to 60 characters, starting at the mention's end). */
  after?: RegExp;
  /** Only mentions of these kinds (all kinds when absent). */
  kinds?: readonly StateMentionKind[];
  /** Also when the mention is a possessive ("off Japan's coast"); otherwise "in China's …" names no place. */
  possessive?: boolean;
}

/** How far before and after a mention the rules look. */
export const MENTION_RULE_REACH = 60;

export const NOT_TARGET_RULES: readonly MentionRule[] = [
  // The place of an institution or an event: "its embassy in Beijing", "a conference in Brazil", "commitments made in
  // Nairobi".
  {
    id: "targets.event-place",
    before:
      /\b(?:(?:embass(?:y|ies)|consulates?|conferences?|summits?|talks|meetings?|hearings?|forums?|targets|bases?|venues?|offices?|ceremony|signed|held|made|hosted|visit|trip|reporters|journalists)\s+(?:in|at))\s+(?:the\s+)?$/i,
  },
  // A capital after a place preposition is where something happens ("in Geneva", "from Kyiv").
  { id: "targets.capital-as-place", kinds: ["CAPITAL"], before: /\b(?:in|at|from)\s+$/i },
  // The state that mediated, brokered or hosted a deal or talks names the deal, not its target: "the Egypt-mediated
  // truce", "U.S.-brokered talks", "a ceasefire brokered by Qatar".
  { id: "targets.mediator", after: /^-(?:mediated|brokered|hosted|sponsored|facilitated)\b/i },
  { id: "targets.mediator", before: /\b(?:mediated|brokered|hosted|facilitated)\s+by\s+(?:the\s+)?$/i },
];

/**
 * Rule targets.co-actor: states listed with the speaker's own state as the subject of a clause ("the UK, France and
 * Germany were fully united", "a transfer that Washington and Seoul say violates …") act or speak with the speaker:
 * they are not what the statement is about. The list must open a clause and be followed by its verb.
 */
export const LIST_SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
export const SUBJECT_OPENING = /(?:^|[.,;:!?"“”(—–-]\s*|\b(?:that|said|says|say|and|but|while|as)\s+)(?:the\s+)?$/i;
export const SUBJECT_VERB =
  /^(?:\s+(?:both|all|also|jointly|together|have|had|would|will|could|should))*\s+(?:say|says|said|saying|were|are|was|is|have|has|had|will|would|agreed|agree|shared|share|vowed|pledged|signed|urged|called|warned|condemned|stand|stood|believe|believed|remain|remained)\b/i;

registerRules([...new Set(NOT_TARGET_RULES.map((r) => r.id)), "targets.co-actor"]);
