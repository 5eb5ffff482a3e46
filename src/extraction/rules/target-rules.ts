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
  // The place of an institution or an event: "its embassy in Beijing", "the U.S. embassy to Iraq", "a conference in
  // Brazil", "commitments made in Nairobi".
  {
    id: "targets.event-place",
    before:
      /\b(?:(?:embass(?:y|ies)|consulates?)\s+to|(?:embass(?:y|ies)|consulates?|conferences?|summits?|talks|meetings?|hearings?|forums?|targets|bases?|venues?|offices?|ceremony|signed|held|made|hosted|visit|trip|reporters|journalists)\s+(?:in|at))\s+(?:the\s+)?$/i,
  },
  // Where people are held, live or are posted, or where refugees come from: "hostages held by the Taliban in
  // Afghanistan", "refugees living in Pakistan", "troops stationed in Japan", "refugees from Sudan".
  {
    id: "targets.people-place",
    before:
      /\b(?:(?:held|detained|kidnapped|abducted|stranded|based|living|stationed|born|imprisoned|jailed|trapped|hostage|captive)(?:\s+(?:hostage|captive))?(?:\s+by\s+(?:the\s+)?[\w-]+)?\s+(?:in|at)|(?:refugees|migrants|asylum[- ]seekers|evacuees)\s+from)\s+(?:the\s+)?$/i,
  },
  // A transit country is a place (guide §3): "weapons funnelled to the rebels through neighbouring Chad", "routes
  // through Georgia", "gas shipped via Turkey".
  { id: "targets.transit", before: /\b(?:through|via)\s+(?:neighbou?ring\s+|the\s+)?$/i },
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

/**
 * Rule targets.victim: the state an attack is made on ("the aggressor's attacks on Ukraine", "aggression against
 * Ukraine", "any Venezuelan attack on Guyana", "withdraw its troops from Ukrainian territory", "the assassination of
 * Yemen's prime minister", "the killing of Kenyan fishermen") suffers the act: the
 * stance is aimed at the attacker. Like a co-actor, it is left out only while the statement names another target.
 * The act may be named a few words before the preposition, by whom or how ("strikes by Israeli jets on Lebanon",
 * "water cannon used by the coast guard against Philippine vessels": "on" and "against" only, since "of" after
 * such words names the actor: "attacks by the army of X"), and the land may be "occupied" ("incursions against
 * occupied Palestinian territories").
 */
const FORCE_ACT =
  "attacks?|aggression|invasion|incursions?|strikes?|offensive|bombing|shelling|assaults?|occupation|violence|atrocities|water cannons?|ramming|assassinations?|killings?|murders?";
export const VICTIM_BEFORE = new RegExp(
  `\\b(?:(?:${FORCE_ACT})\\s+(?:on|against|of)|(?:${FORCE_ACT})(?:\\s+[\\w'’-]+){1,6}?\\s+(?:on|against)|(?:troops|forces)\\s+from)\\s+(?:the\\s+)?(?:occupied\\s+)?$`,
  "i",
);
/** How far before a state mention the victim rule reads. */
export const VICTIM_REACH = 80;

/**
 * Rule targets.sovereignty: the state whose sovereignty, territorial integrity or internal affairs are violated or
 * meddled in ("gravely infringe upon Venezuela's sovereignty", "interfering in Syrian affairs", "interference in the
 * internal affairs of China") suffers the act, as a victim does: left out only while the statement names another
 * target (the one accused of it).
 */
export const SOVEREIGNTY_AFTER =
  /^(?:['’]s)?\s+(?:(?:internal|domestic|national)\s+)?(?:affairs|sovereignty|territorial\s+integrity|independence)\b/i;
export const SOVEREIGNTY_BEFORE =
  /\b(?:(?:sovereignty|territorial\s+integrity|(?:internal\s+)?affairs)\s+of|interfer(?:e|es|ed|ing|ence)\s+(?:in|with)|meddl(?:e|es|ed|ing)\s+in)\s+(?:the\s+)?$/i;

registerRules([...new Set(NOT_TARGET_RULES.map((r) => r.id)), "targets.co-actor", "targets.victim", "targets.sovereignty"]);

/**
 * Rule targets.denied-claim: in a sentence that denies or rejects a claim whose owner it names ("dismissed U.S.
 * charges that it backed rebels in Congo", "the accusations by Washington that Moscow plans to invade Ukraine are
 * unfounded", "rejected the remarks made by the Indian minister to a French newspaper", "rejected Israeli proposals
 * to move people out of Gaza"), the states named in the rest of the claim are what the claim says, not what the
 * denial is aimed at: only the owner is. CLAIM_NOUN finds the claim; its owner is a state named just before it
 * (CLAIM_OWNER_BEFORE: "U.S. charges", "Trump's allegations") or after it (CLAIM_OWNER_AFTER: "charges by", "remarks
 * reportedly made by"); the claim runs to the end of its clause (CLAIM_END). The sentence denies the claim when it
 * says so (DENIAL), or keeps its distance from it ("Russia's alleged preparation of an invasion").
 */
export const DENIAL =
  /\b(?:alleged|so-called|purported|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|unfounded|baseless|groundless)\b/i;
export const CLAIM_NOUN =
  /\b(?:accusations?|allegations?|charges|claims?|remarks|comments|statements?|assertions?|suggestions?|proposals?|demands?|threats|reports)\b/gi;
export const CLAIM_OWNER_BEFORE =
  /^(?:['’]s)?(?:\s+[A-Z][\w.'’-]*){0,5}(?:['’]s)?(?:\s+(?:repeated|recent|latest|new|renewed|false|unfounded|baseless))?\s+$/;
export const CLAIM_OWNER_AFTER = /^\s+(?:[a-z]+\s+){0,2}(?:by|from|of)\s+(?:the\s+)?$/;
export const CLAIM_END =
  /\s+and\s+(?:said|says|added|warned|accused|urged|called|insisted|stressed|vowed)\b|[;:]|,\s+(?:saying|adding|calling|while)\b/;

registerRules(["targets.denied-claim"]);

/**
 * Rule targets.group-reference: "the three countries", "the four governments", "the three European powers" in a
 * statement refer back to the last list of that many states the article named ("Britain, France and Germany warned
 * Iran …" … "the three European countries had no right …"). Two states are the story's two sides (targets.both-sides).
 */
export const GROUP_REFERENCE =
  /\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\s+(three|four|five|six)\s+(?:[A-Z][a-z]+\s+)?(?:countries|states|governments|nations|powers|capitals)\b/;
export const GROUP_SIZES: Readonly<Record<string, number>> = { three: 3, four: 4, five: 5, six: 6 };
/** How many mentions back the list is looked for. */
export const GROUP_REACH = 80;

registerRules(["targets.group-reference"]);

/**
 * Rule targets.subject-matter: what words or talks are about ("on", "about", "over", "regarding", "concerning"
 * before a state's name); not "called on Serbia" (the addressee) or "pressure on Qatar", "sanctions on Iran" (what
 * the act bears on).
 */
export const SUBJECT_MATTER_BEFORE =
  /(?:\b(?<!\b(?:call|calls|called|calling|urged|pressure|pressures|pressured|pressuring|sanctions|attacks?|strikes?|war|crackdown)\s+)on|\babout|\bover|\bregarding|\bconcerning)\s+$/i;

/** Rule targets.collective-addressee: collectives an appeal may be addressed to that name no state. */
export const COLLECTIVE_ADDRESSEE =
  /\b(?:international community|global community|world community|(?:all|other|member|fellow)\s+(?:countries|nations|states|governments)|world leaders|United Nations|UN Security Council|Security Council|ECOWAS|African Union|ASEAN|Pacific Islands Forum)\b/i;

/**
 * Rule targets.body-counterpart: international bodies that are a story's other side, with "Brussels" for the EU (as
 * wire copy writes it). Global flag: counted over the whole article.
 */
export const INTERNATIONAL_BODIES = /\b(?:EU|European Union|NATO|Brussels|UN|United Nations)\b/g;
