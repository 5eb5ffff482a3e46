// Statement-type rules as data. The reporting predicate decides first (cue verbs, then frames around them); when it
// is neutral ("said", "told", "added"...), the main predicate of the reported content decides, by the content rules
// in precedence order. Every rule has an id; its family (first two segments) can be switched off for ablation.
import type { StatementType } from "../types.js";
import { registerRules } from "./registry.js";

export interface TypeRule {
  id: string;
  type: StatementType;
  pattern: RegExp;
}

/** Reporting verbs (lemmas of lexicon.ts SPEECH_VERBS) whose speech act is their type. */
export const CUE_TYPE_RULES: { id: string; lemma: string; type: StatementType }[] = [
  { id: "cue.criticise.condemn", lemma: "condemn", type: "CONDEMNS" },
  { id: "cue.criticise.denounce", lemma: "denounce", type: "CONDEMNS" },
  { id: "cue.criticise.criticise", lemma: "criticise", type: "CRITICISES" },
  { id: "cue.criticise.slam", lemma: "slam", type: "CRITICISES" },
  { id: "cue.criticise.complain", lemma: "complain", type: "CRITICISES" },
  { id: "cue.criticise.question", lemma: "question", type: "CRITICISES" },
  { id: "cue.criticise.object", lemma: "object", type: "CRITICISES" },
  // Summoning another state's envoy is a protest (labelled CRITICISES in the guide's real-news sets).
  { id: "cue.criticise.summon", lemma: "summon", type: "CRITICISES" },
  { id: "cue.accuse.accuse", lemma: "accuse", type: "ACCUSES" },
  { id: "cue.warn.warn", lemma: "warn", type: "WARNS" },
  { id: "cue.warn.caution", lemma: "caution", type: "WARNS" },
  { id: "cue.warn.threaten", lemma: "threaten", type: "THREATENS" },
  { id: "cue.demand.demand", lemma: "demand", type: "DEMANDS" },
  { id: "cue.appeal.urge", lemma: "urge", type: "APPEALS" },
  { id: "cue.appeal.appeal", lemma: "appeal", type: "APPEALS" },
  { id: "cue.deny.reject", lemma: "reject", type: "REJECTS" },
  { id: "cue.deny.deny", lemma: "deny", type: "DENIES" },
  { id: "cue.praise.welcome", lemma: "welcome", type: "PRAISES" },
  { id: "cue.praise.praise", lemma: "praise", type: "PRAISES" },
  { id: "cue.cooperate.agree", lemma: "agree", type: "AGREES" },
];

/** Frames around the reporting verb that change its act (matched on the attribution and the words after it). */
export const FRAME_RULES: TypeRule[] = [
  // "called on/for" appeals; "called X a Y" describes.
  { id: "frame.appeal.called-on", type: "APPEALS", pattern: /\bcall\w*\s+(?:on|upon|for)\b/i },
  // "rejected claims/allegations/suggestions that …" denies an allegation.
  {
    id: "frame.deny.reject-claims",
    type: "DENIES",
    pattern:
      /\b(?:reject|dismiss|refut)\w*\s+(?:\w+\s+){0,2}(?:suggestions?|claims?|allegations?|accusations?|charges?|reports?)\b/i,
  },
  // "expressed concern/alarm", "voiced worry".
  {
    id: "frame.concern.expressed",
    type: "EXPRESSES_CONCERN",
    pattern: /\b(?:express|voic|convey)\w*\s+(?:\w+\s+){0,2}(?:concern|alarm|worry)/i,
  },
  // "expressed doubt about X's willingness", "voiced scepticism", "expressed frustration with": criticism.
  {
    id: "frame.criticise.expressed-doubt",
    type: "CRITICISES",
    pattern:
      /\b(?:express|voic|convey)\w*\s+(?:\w+\s+){0,2}(?:doubts?|s[ck]epticism|reservations|frustration|dissatisfaction|displeasure|disappointment)\b/i,
  },
  // "expressed support/gratitude".
  {
    id: "frame.praise.expressed",
    type: "PRAISES",
    pattern: /\b(?:express|voic|convey)\w*\s+(?:\w+\s+){0,2}(?:support|gratitude|appreciation)/i,
  },
  // "reaffirmed its support for", "reiterated X's commitment to": restating one's own support or commitment pledges
  // it again (guide §5: INTENDS_TO_COOPERATE), whatever the words about the target that follow.
  {
    id: "frame.cooperate.reaffirm-support",
    type: "INTENDS_TO_COOPERATE",
    pattern: /\b(?:reaffirm|reiterat|affirm)\w*\s+(?:\S+\s+){0,3}?(?:support|commitment|solidarity)\b/i,
  },
  // "hit out at", "took issue with", "lashed out at": criticism.
  {
    id: "frame.criticise.hit-out",
    type: "CRITICISES",
    pattern: /\b(?:hit|hits|lash\w*|lambast\w*) out at\b|\btook issue with\b|\btakes issue with\b/i,
  },
];

/**
 * A future or intended act ("will strengthen", "ready to help", "decided to hold") whose verb is one of `verbs` (a
 * regex alternation). A negated frame ("would not support", "no plans to join", "is not going to help") commits to
 * nothing: it does not match, and a later rule or the model reads the statement.
 */
function futureAct(verbs: string): RegExp {
  const frame =
    "will|would|shall|intends? to|plans? to|ready to|willing to|prepared to|committed to|commitment to|decided to|pledg\\w* to|vow\\w* to|promis\\w* to|determined to|aim to|seek to|continue to|going to|policy to|want(?:s|ing)? to|wish(?:es)? to";
  return new RegExp(
    `(?<!(?:\\bnot|\\bnever|\\bno|n['’]t)\\s+)\\b(?:${frame})\\s+(?!only\\b)(?:(?!not\\b|never\\b)\\w+\\s+){0,2}?(?:${verbs})\\b`,
    "i",
  );
}

/** Content rules in precedence order: the first that matches the reported content decides. */
export const CONTENT_TYPE_RULES: TypeRule[] = [
  { id: "type.threaten.threaten-to", type: "THREATENS", pattern: /\bthreat(?:en|ens|ened|ening) to\b/i },
  { id: "type.threaten.retaliate", type: "THREATENS", pattern: /\bretaliat\w*|\bcountermeasures?\b/i },
  { id: "type.threaten.pay-price", type: "THREATENS", pattern: /\bpay (?:a|the) (?:heavy |high )?price\b/i },
  {
    id: "type.threaten.will-respond",
    type: "THREATENS",
    pattern:
      /\b(?:will|would|shall) (?:not (?:sit|stand) idly|respond (?:firmly|decisively|resolutely|strongly|with force)|(?:firmly|decisively|resolutely|strongly|forcefully) respond|strike back|face (?:severe |serious |grave )?consequences)\b/i,
  },
  // A future act of imposing sanctions or tariffs ("could face further sanctions", "would impose tariffs"); a negated
  // modal or sanctions merely named near one ("would not support sanctions", "will counter the sanctions") is no threat.
  {
    id: "type.threaten.will-sanction",
    type: "THREATENS",
    pattern:
      /\b(?:will|would|could|may|might)\s+(?!not\b|never\b)(?:\w+\s+){0,2}?(?:impos\w*|reimpos\w*|tighten\w*|toughen\w*|introduc\w*|slap\w*|levy\w*|fac(?:e|ing)|announc\w*|adopt\w*|expand\w*|extend\w*|broaden\w*|step(?:ping)? up|rais\w*|hik\w*|trigger\w*|invok\w*)\s+(?:\S+\s+){0,3}?(?:sanctions|tariffs|snapback|embargo)\b/i,
  },
  // Holding the target responsible for what it may do or did, in the future tense, announces consequences (guide §5:
  // WARNS); "held X responsible" in the past blames (type.accuse.accuse).
  {
    id: "type.warn.will-hold-responsible",
    type: "WARNS",
    pattern: /\b(?:will|would|shall)\s+(?:be\s+)?(?:hold|held)\s+(?:\w+\s+){0,3}?(?:responsible|accountable)\b/i,
  },
  { id: "type.condemn.condemn", type: "CONDEMNS", pattern: /\bcondemn\w*|\bdeplor\w*|\bdenounc\w*/i },
  { id: "type.demand.demand", type: "DEMANDS", pattern: /\bdemand\w*|\binsist\w* (?:that|on)\b/i },
  // "must" said of a process or a situation ("the talks must continue", "escalation must be prevented") asks no actor
  // to act: an appeal (guide §5: DEMANDS when the target is the one to act).
  {
    id: "type.appeal.process-must",
    type: "APPEALS",
    pattern:
      /\b(?:process|dialogue|talks|escalation|violence|situation|solution|efforts?|progress|ceasefire|truce|negotiations?|tensions?|conflict|crisis)\s+(?:\w+\s+)?must\b/i,
  },
  {
    id: "type.demand.must",
    type: "DEMANDS",
    pattern: /\b(?<!world |we |community |everyone |I )must (?:now |immediately |also )?(?!be\b|have been\b|not be\b)\w+/i,
  },
  { id: "type.demand.immediately", type: "DEMANDS", pattern: /\b(?:immediately|unconditionally|without delay)\b/i },
  // Lodging a (diplomatic) protest or complaint, or summoning a diplomat, is CAMEO 11 disapproval.
  {
    id: "type.criticise.lodge-protest",
    type: "CRITICISES",
    pattern: /\blodg\w* (?:a |an |its |their )?(?:\w+ )?(?:protest|complaint|objection)s?\b/i,
  },
  { id: "type.warn.warn", type: "WARNS", pattern: /\bwarn\w*|\bcaution\w*/i },
  {
    id: "type.warn.could-lead-to",
    type: "WARNS",
    pattern: /\b(?:could|would|will|may) (?:lead to|trigger|provoke|spark|result in|escalate)\b/i,
  },
  { id: "type.warn.mistake", type: "WARNS", pattern: /\bwould be a (?:grave |serious )?mistake\b/i },
  { id: "type.warn.risk", type: "WARNS", pattern: /\bdanger of\b|\brisk of\b|\bserious consequences\b/i },
  { id: "type.warn.not-rule-out", type: "WARNS", pattern: /\bnot (?:rule out|tolerate|hesitate)\b/i },
  // The speaker's own concern, not one it reports or names: "the concerns of X", "X's concerns", "security concerns",
  // "common concerns", concerns to be addressed or discussed ("address any misunderstandings or concerns"), "the
  // parties concerned" and "issues concerning X" express nothing.
  {
    id: "type.concern.concern",
    type: "EXPRESSES_CONCERN",
    pattern:
      /(?<!(?:['’]s|\bsecurity|\blegitimate|\bcommon|\bmutual|\bshared)\s+)(?<!\b(?:address\w*|allay\w*|eas(?:e|ed|es|ing)|alleviat\w*|resolv\w*|discuss\w*)\s+(?:(?:any|all|the|these|those|such|their|its)\s+)?(?:[\w-]+\s+(?:or|and)\s+)?)\bconcerns?\b(?!\s+of\b)|(?<!\b(?:parties|countries|sides|states|nations|all|those|authorities|governments?|people)\s+)\bconcerned\b|(?<!\b(?:issues?|matters?|questions?|affairs|information|everything|anything|decisions?)\s+)\bconcerning\b|\bworr(?:y|ied|ies|ying)\b|\balarm\w*/i,
  },
  { id: "type.concern.troubled", type: "EXPRESSES_CONCERN", pattern: /\btroubl(?:ed|ing)\b|\bdisturb\w*|\bdismay\w*/i },
  // Refusing what the target demands or claims ("will never accept", "will not give up", "will not bow to", "is
  // non-negotiable", "no plans to revisit it") rejects it (guide §5: DENIES covers rejections of a demand or proposal).
  // Refusing to tolerate or allow something announces consequences instead (type.warn.not-rule-out).
  {
    id: "type.deny.refuse",
    type: "REJECTS",
    pattern:
      /\b(?:will|would|shall)\s*(?:never|not|n['’]t)\s+(?:\w+\s+)?(?:accept|give up|surrender|succumb|bow|yield|cede|back down|recogni[sz]e)\b|\bnon-negotiable\b|\bno (?:plans?|intention) (?:\w+ )?(?:to )?(?:revisit|reopen|renegotiate)\b/i,
  },
  // Defending one's own conduct or claim against the target's charge, as lawful or as one's own territory ("the patrols
  // were completely legitimate", "had been restrained and lawful", "are China's inherent territory", "the move has no
  // legal force") denies the charge (guide §5: DENIES); "a legitimate exercise of its right" and "legitimate security
  // concerns" describe, and are left to the other rules.
  {
    id: "type.deny.own-legitimacy",
    type: "DENIES",
    pattern:
      /\b(?:is|are|was|were|been)\s+(?:\w+,?\s+){0,3}?(?:legitimate|lawful)\b(?!\s+(?:exercise|right|concerns?|interests?|security))|\binherent (?:part of|territory)\b|\b(?:no|without any|without) legal (?:force|basis|merit|effect|standing)\b/i,
  },
  // "does not deny", "will not deny": a negated denial concedes; it is no denial.
  { id: "type.deny.deny", type: "DENIES", pattern: /(?<!\b(?:not|never|n['’]t)\s+)\bden(?:y|ied|ies|ying)\b/i },
  {
    id: "type.deny.baseless",
    type: "DENIES",
    pattern: /\bbaseless\b|\bgroundless\b|\bunfounded\b|\bunsubstantiated\b|\bfabricat\w*/i,
  },
  {
    id: "type.deny.no-evidence",
    type: "DENIES",
    pattern:
      /\bno (?:evidence|basis|truth)\b|\bdevoid of (?:facts|truth|evidence)\b|\bfalse (?:claims?|accusations?|allegations?)\b/i,
  },
  {
    id: "type.deny.reject-claims",
    type: "DENIES",
    pattern: /\breject\w* (?:the |any )?(?:suggestions?|claims?|allegations?|accusations?|reports?) that\b/i,
  },
  {
    id: "type.accuse.accuse",
    type: "ACCUSES",
    pattern: /\baccus\w*|\bblam(?:e|es|ed|ing)\b|\bheld? \w+ responsible\b|\bhold \w+ responsible\b/i,
  },
  // A factual charge told as narrative: another side's forces or agents did a specific hostile thing ("Chinese troops
  // had tried to circle …", "Kyrgyz troops caused the escalation"): CAMEO 112 accuse (labelling guide §5). Capitalised
  // or definite actors only: "our troops" is the speaker's own side.
  {
    id: "type.accuse.forces-did",
    type: "ACCUSES",
    pattern:
      /\b(?:[A-Z][\p{L}’'-]+(?:['’]s)?|the)\s+(?:\w+\s+){0,2}?(?:coast ?guards?|troops|forces|side|navy|army|military|soldiers|border guards|vessels|ships|warships|jets|drones|militias?|regime|agents|personnel|servicemen|officers|police|guards)\s+(?:and\s+\w+\s+(?:\w+\s+)?)?(?:had\s+|have\s+|has\s+)?(?:also\s+|deliberately\s+|repeatedly\s+|routinely\s+)?(?:fired|shot|attacked|struck|shelled|violated|blocked|rammed|seized|detained|crossed|entered|intruded|tried|caused|started|launched|harassed|killed|opened fire|targeted|bombed|invaded|occupied|deployed|provoked|used|shipped|smuggled)\b/u,
  },
  // Violating or breaching an agreement, a resolution or a border is a specific act charged to the target (labelling
  // guide §5: "said X had violated resolutions" is ACCUSES); "illegal", "unlawful", "unjustified" evaluate (below).
  // Arming, sheltering, funding or sending armed groups is a specific act charged to the target (guide §5: ACCUSES),
  // however evaluative the words around it.
  {
    id: "type.accuse.backs-armed-groups",
    type: "ACCUSES",
    pattern:
      /\b(?:sponsor\w*|practi[cs]\w*|export\w*|sending|sends?|sent|harbou?r\w*|shelter\w*|fund\w*|financ\w*|arm(?:s|ed|ing)|train(?:s|ed|ing)|backing|backed|recruit\w*|supporting|support for)\s+(?:\w+\s+){0,2}?(?:terroris\w*|militants?|rebels?|insurgents?|separatists?|extremists?|fighters|militias?|proxies)\b/i,
  },
  {
    id: "type.accuse.violated",
    type: "ACCUSES",
    pattern: /\bviolat(?:e|es|ed|ing)\b|\bbreach(?:ed|ing)\b|\billegally\b/i,
  },
  { id: "type.reject.reject", type: "REJECTS", pattern: /\breject\w*|\bdismiss\w*|\brefus(?:e|ed|es|ing)\b/i },
  // Regret about another state's act is disapproval (about one's own act it concedes: rare in reported speech).
  { id: "type.criticise.regret", type: "CRITICISES", pattern: /\bregret\b|\bregrets\b|\bregretted\b/i },
  { id: "type.criticise.criticise", type: "CRITICISES", pattern: /\bcriticis\w*|\bcriticiz\w*/i },
  {
    id: "type.criticise.unlawful",
    type: "CRITICISES",
    pattern: /\bviolations?\b|\billegal\b|\bunlawful\b|\bbreach(?:es)?\b|\bunjustified\b/i,
  },
  {
    id: "type.criticise.evaluative",
    type: "CRITICISES",
    pattern:
      /\birresponsible\b|\bprovocat\w*|\bunacceptable\b|\bregrettable\b|\bhypocri\w*|\breckless\b|\bdestabili[sz]\w*|\baggress\w*|\bcoerci\w*|\bbully\w*|\bhubris\b|\barrogan\w*|\bmisleading\b|\binstability\b|\bdisregard\b|\bultimatum\b|\babsurd\b/i,
  },
  { id: "type.criticise.protest", type: "CRITICISES", pattern: /\bprotest\w*|\boppos(?:e|es|ed|ing)\b/i },
  { id: "type.praise.welcome", type: "PRAISES", pattern: /\bwelcom\w*|\bprais\w*|\bhail\w*|\bcommend\w*|\bapplau\w*/i },
  { id: "type.praise.thank", type: "PRAISES", pattern: /\bappreciat\w*|\bthank\w*|\bgrateful\b|\bgratitude\b/i },
  { id: "type.cooperate.agree", type: "AGREES", pattern: /\bagree(?:d|s)?\b(?! (?:agreement|deal))/i },
  {
    id: "type.cooperate.sign",
    type: "AGREES",
    pattern:
      /\bsign(?:ed|s|ing)? (?:an? |the )?(?:\w+ )?(?:agreement|deal|treaty|accord|memorandum|pact|declaration)\b|\breach(?:ed)? (?:an? |the )?(?:agreement|deal|consensus|understanding)\b/i,
  },
  {
    id: "type.appeal.urge",
    type: "APPEALS",
    pattern: /\burg(?:e|es|ed|ing)\b|\bcall(?:s|ed|ing)? (?:on|upon|for)\b|\bappeal\w*/i,
  },
  {
    id: "type.appeal.request",
    type: "APPEALS",
    pattern: /\brequest\w*|\b(?:asked|asks) (?:for|the|that|\w+ to)\b|\bencourag\w*/i,
  },
  {
    id: "type.appeal.should",
    type: "APPEALS",
    pattern:
      /\bshould (?:\w+ )?(?:exercise|refrain|respect|return|resume|engage|stop|allow|ensure|work|help|take|avoid|handle|resolve|settle)\b/i,
  },
  {
    id: "type.cooperate.will-cooperate",
    type: "INTENDS_TO_COOPERATE",
    pattern: futureAct(
      "work\\w*|cooperat\\w*|strengthen\\w*|deepen\\w*|expand\\w*|support\\w*|provide\\w*|help\\w*|assist\\w*|boost\\w*|enhance\\w*|develop(?:s|ed|ing)?|build\\w*|invest(?:s|ed|ing)?|increase\\w*|deliver\\w*|supply\\w*|partner\\w*|facilitate\\w*|promote\\w*|advance\\w*|upgrade\\w*|contribute\\w*|step up|guarantee\\w*|stand with|consolidat\\w*|re-?establish\\w*|normali[sz]\\w*",
    ),
  },
  // The same future frame with a verb of scheduling or carrying on ("will hold talks", "would host the meeting", "will
  // continue to seek"): a pledge of cooperation or a plan announced, which the frame alone does not tell apart
  // (speech-act.ts hybrid.plan.model-comments lets the model's reading as a comment stand).
  {
    id: "type.cooperate.will-plan",
    type: "INTENDS_TO_COOPERATE",
    pattern: futureAct(
      "send\\w*|host(?:s|ed|ing)?|resume\\w*|hold\\w*|join(?:s|ed|ing)?|implement\\w*|continue\\w*|consult\\w*|maintain\\w*|explore\\w*",
    ),
  },
  // "X supports the two sides in reaching …", "backs its neighbours to build …": support pledged for what the target
  // will do is intent to cooperate (guide §5), not praise of something done.
  {
    id: "type.cooperate.supports-in",
    type: "INTENDS_TO_COOPERATE",
    pattern:
      /\b(?:supports|backs)\s+(?:\w+\s+){0,5}?(?:in|to)\s+(?:\w+ing|take|build|make|achieve|find|reach|resolve|settle|develop|strengthen|uphold|safeguard|maintain|pursue|seek|work)\b/i,
  },
  {
    id: "type.cooperate.no-intention",
    type: "INTENDS_TO_COOPERATE",
    pattern: /\bno intention of (?:abandon\w*|stepping back|withdraw\w*|leaving|quitting)\b/i,
  },
  // "X is committed to finding a solution", "the desire to strengthen cooperation", "looks forward to working with":
  // a stated commitment or intent toward the other side is intent to cooperate (guide §5), not praise, however warm
  // its words (act.lexical.fallback read "committed to good neighbourliness, peace … and cooperation" as praise).
  // Only commitments to cooperation, dialogue or a settlement ("committed to defending its territory" is none).
  {
    id: "type.cooperate.commitment",
    type: "INTENDS_TO_COOPERATE",
    pattern:
      /\b(?:(?:(?:is|are|was|were|remains?|remained|stays?)\s+(?:fully\s+|firmly\s+|strongly\s+|deeply\s+)?committed|commitment)\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:solutions?|dialogue|cooperat\w*|co-operat\w*|partnership|relations\w*|ties|friendship|neighbou?rl\w*|peace\w*|working|strengthen\w*|deepen\w*|expand\w*|negotiat\w*|resolv\w*|settl\w*)\b|(?:desire|determination|readiness|willingness|resolve)\s+to\s+(?:further\s+)?(?:strengthen|deepen|expand|develop|enhance|boost|promote|work|cooperate|build|grow)|look(?:s|ed|ing)?\s+forward\s+to\s+(?:working|strengthening|deepening|expanding|further|cooperat\w*|building))/i,
  },
];

/**
 * An appeal whose requested act is stopping or undoing something the target does is a demand ("urged X not to", "to
 * lift its ban", "to pull back the troops", "to rescind the tariffs", "to hand back sovereignty"); "a cease-fire" is
 * the noun, asked of no one in particular.
 */
export const APPEAL_TO_DEMAND: TypeRule = {
  id: "act.demand.stop-appeal",
  type: "DEMANDS",
  pattern:
    /\bnot to\b|\b(?:to |must |should )?(?:stop|cease(?!-fire)|halt|withdraw|remove|refrain from|end its|end their|release|immediately|without delay|unconditionally|lift|pull (?:back|out)|rescind|revoke|reverse|repeal|hand (?:back|over)|scrap|de-?escalate|annul|dismantle|suspend|retract\w*|apologi[sz]e|apology|immediate)\b/i,
};

/**
 * An appeal addressed to both sides of a conflict ("urged both sides to cease hostilities", "called on the parties to
 * refrain from") is a mediator's appeal, not a demand on one target, whatever it asks them to stop (guide §5: APPEALS,
 * sign 0).
 */
export const MEDIATION_APPEAL: TypeRule = {
  id: "act.appeal.both-sides",
  type: "APPEALS",
  pattern:
    /\b(?:urg\w*|call\w* (?:on|upon)|appeal\w* to|ask\w*|press\w*|encourag\w*)\s+(?:both|all|the two|the)\s+(?:\w+\s+)?(?:sides|parties)\b/i,
};

/** Appeals that take no side, whose sign is 0 whatever the words of the request (guide §5, APPEALS). */
export const UNSIGNED_APPEAL_RULES: ReadonlySet<string> = new Set([MEDIATION_APPEAL.id, "type.appeal.process-must"]);

/**
 * Content rules that name the act itself: a speech-act verb inside the reported clause ("said he had warned", "said
 * they accused"), an explicit commitment ("will strengthen", "stands ready to help") or threat ("would impose
 * sanctions", "will respond firmly", "will not tolerate"), a charge told as narrative or a violation, a mediator's
 * appeal. Like a typed reporting verb, they decide the type over the trained model (hybrid);
 * the content rules left out read the mood of the words (evaluative words, modals), where the model reads better.
 */
export const NAMED_ACT_RULES: ReadonlySet<string> = new Set([
  "type.threaten.threaten-to",
  "type.threaten.will-respond",
  "type.threaten.will-sanction",
  "type.warn.not-rule-out",
  "type.condemn.condemn",
  "type.demand.demand",
  "type.criticise.lodge-protest",
  "type.warn.warn",
  "type.warn.will-hold-responsible",
  "type.concern.concern",
  "type.deny.deny",
  "type.deny.refuse",
  "type.deny.own-legitimacy",
  "type.deny.reject-claims",
  "type.accuse.accuse",
  "type.accuse.forces-did",
  "type.accuse.violated",
  "type.accuse.backs-armed-groups",
  "type.criticise.criticise",
  "type.praise.welcome",
  "type.praise.thank",
  "type.appeal.urge",
  "type.cooperate.will-cooperate",
  "type.cooperate.will-plan",
  "type.cooperate.supports-in",
  "type.cooperate.agree",
  "type.cooperate.commitment",
  "act.appeal.both-sides",
  "act.demand.stop-appeal",
  "type.appeal.process-must",
]);

registerRules([
  ...CUE_TYPE_RULES.map((r) => r.id),
  ...FRAME_RULES.map((r) => r.id),
  ...CONTENT_TYPE_RULES.map((r) => r.id),
  APPEAL_TO_DEMAND.id,
  MEDIATION_APPEAL.id,
]);
