// Stage 6a: statement type from cue verbs and phrases, mapped to CAMEO root codes and a Goldstein-style score.
import { StatementType } from "../generated/prisma/enums.js";

export interface StatementTypeInfo {
  type: StatementType;
  /** CAMEO root code (two digits). */
  cameoCode: string;
  /** Goldstein-style score, -10 (most conflictual) .. +10 (most cooperative). */
  goldstein: number;
  description: string;
}

/**
 * Our statement types with their CAMEO root and Goldstein anchors. Anchors follow CAMEO's published scale:
 * make a public statement 0.0; pessimistic comment -0.4; appeal +3.0; express intent to cooperate +4.0
 * (militarily +5.2); diplomatic cooperation: praise or endorse +3.4, sign agreement/agree +5.0 (CAMEO 057 "sign
 * formal agreement" is +8.0; agreeing in words is weaker); demand -5.0; criticise or denounce -2.0; reject -4.0
 * (deny an accusation, CAMEO 1212-ish, is milder: -2.0); threaten -4.4 (with sanctions -5.8).
 * CAMEO has no "express concern" code: it sits between a pessimistic comment (-0.4) and disapproval (-2.0).
 * CAMEO has no separate "condemn": it is a strong form of 111 criticise/denounce, so slightly below it.
 * "Warn" has no CAMEO root of its own either; a warning is a conditional threat (13) but milder than 130 (-4.4).
 */
export const STATEMENT_TYPES: Record<StatementType, StatementTypeInfo> = {
  COMMENTS: { type: StatementType.COMMENTS, cameoCode: "01", goldstein: 0.0, description: "Makes a public statement" },
  EXPRESSES_CONCERN: {
    type: StatementType.EXPRESSES_CONCERN,
    cameoCode: "01",
    goldstein: -1.0,
    description: "Expresses concern (between pessimistic comment and disapproval)",
  },
  CRITICISES: { type: StatementType.CRITICISES, cameoCode: "11", goldstein: -2.0, description: "Criticises or denounces" },
  CONDEMNS: { type: StatementType.CONDEMNS, cameoCode: "11", goldstein: -2.5, description: "Condemns (strong disapproval)" },
  WARNS: {
    type: StatementType.WARNS,
    cameoCode: "13",
    goldstein: -3.0,
    description: "Warns (conditional, milder than a threat)",
  },
  THREATENS: { type: StatementType.THREATENS, cameoCode: "13", goldstein: -4.4, description: "Threatens (with sanctions -5.8)" },
  DEMANDS: { type: StatementType.DEMANDS, cameoCode: "10", goldstein: -5.0, description: "Demands" },
  APPEALS: { type: StatementType.APPEALS, cameoCode: "02", goldstein: 3.0, description: "Appeals, urges or calls for" },
  REJECTS: { type: StatementType.REJECTS, cameoCode: "12", goldstein: -4.0, description: "Rejects" },
  DENIES: { type: StatementType.DENIES, cameoCode: "12", goldstein: -2.0, description: "Denies an accusation" },
  // CAMEO 112 "accuse" sits under 11 disapprove, anchored like 111 criticise or denounce.
  ACCUSES: { type: StatementType.ACCUSES, cameoCode: "11", goldstein: -2.0, description: "Accuses (CAMEO 112)" },
  INTENDS_TO_COOPERATE: {
    type: StatementType.INTENDS_TO_COOPERATE,
    cameoCode: "03",
    goldstein: 4.0,
    description: "Expresses intent to cooperate (militarily +5.2)",
  },
  AGREES: { type: StatementType.AGREES, cameoCode: "05", goldstein: 5.0, description: "Agrees (diplomatic cooperation)" },
  PRAISES: { type: StatementType.PRAISES, cameoCode: "05", goldstein: 3.4, description: "Praises or endorses" },
};

/** Goldstein for a threat that names sanctions (CAMEO 1312 "threaten with sanctions"). */
export const GOLDSTEIN_THREATEN_SANCTIONS = -5.8;
/** Goldstein for intent to cooperate militarily (CAMEO 0311-like). */
export const GOLDSTEIN_COOPERATE_MILITARILY = 5.2;

/** Cue verbs (lemmas from lexicon.ts) that decide the type on their own. */
const CUE_TYPES: Record<string, StatementType> = {
  condemn: StatementType.CONDEMNS,
  criticise: StatementType.CRITICISES,
  denounce: StatementType.CONDEMNS,
  slam: StatementType.CRITICISES,
  accuse: StatementType.CRITICISES,
  complain: StatementType.CRITICISES,
  warn: StatementType.WARNS,
  caution: StatementType.WARNS,
  threaten: StatementType.THREATENS,
  demand: StatementType.DEMANDS,
  urge: StatementType.APPEALS,
  question: StatementType.CRITICISES,
  appeal: StatementType.APPEALS,
  reject: StatementType.REJECTS,
  deny: StatementType.DENIES,
  welcome: StatementType.PRAISES,
  praise: StatementType.PRAISES,
  agree: StatementType.AGREES,
};

interface Rule {
  type: StatementType;
  pattern: RegExp;
}

/** Content cues, in precedence order: the first rule that matches decides. */
const CONTENT_RULES: Rule[] = [
  // An unspecified response ("will take all necessary / resolute measures") warns; a named one threatens.
  {
    type: StatementType.WARNS,
    pattern:
      /\b(?:will|would|shall) take (?:all )?(?:necessary|resolute|decisive|strong|firm|forceful)(?: and \w+)? (?:measures|steps|action)\b/i,
  },
  {
    type: StatementType.THREATENS,
    pattern:
      /\bthreat(?:en|ens|ened|ening) to\b|\bretaliat\w*|\bcountermeasures?\b|\bpay (?:a|the) (?:heavy |high )?price\b|\b(?:will|would|shall) (?:not sit idly|take (?:all )?countermeasures|respond (?:firmly|decisively|resolutely|strongly|with force)|strike back|face (?:severe |serious |grave )?consequences)\b|\bdecisive (?:response|action|measures)\b|\bobliterat\w*|\bresponse (?:will|would|shall) be (?:\w+ )?(?:swift|overwhelming|decisive|firm|forceful|resolute|merciless|devastating|strong)\b|\b(?:will|would|could)\b[^.;]{0,50}\b(?:sanctions|snapback)\b/i,
  },
  {
    type: StatementType.CONDEMNS,
    pattern: /\bcondemn\w*|\bdeplor\w*|\bdenounc\w*|\b(?:absolutely|totally|completely) unacceptable\b/i,
  },
  {
    type: StatementType.DEMANDS,
    pattern:
      /\bdemand\w*|\b(?<!world |we |community |everyone )must (?:now |immediately |also )?(?!be\b)\w+|\binsist\w* (?:that|on)\b|\b(?:immediately|unconditionally|without delay)\b/i,
  },
  // Lodging a (diplomatic) protest or complaint is CAMEO 11 disapproval, whatever else the sentence adds.
  {
    type: StatementType.CRITICISES,
    pattern: /\blodg\w* (?:a |an )?(?:\w+ )?(?:protest|complaint)s?\b|\babus(?:e|es|ed|ing)\b|\bmisus(?:e|es|ed|ing)\b/i,
  },
  {
    type: StatementType.WARNS,
    pattern:
      /\bwarn\w*|\bcaution\w*|\b(?:could|would|will|may) (?:lead to|trigger|provoke|spark|result in|escalate)\b|\bwould be a (?:grave |serious )?mistake\b|\bdanger of\b|\brisk of\b|\bnot (?:rule out|tolerate|hesitate)\b|\bevery opportunity\b|\blast chance\b|\bserious consequences\b/i,
  },
  {
    type: StatementType.EXPRESSES_CONCERN,
    pattern:
      /\bconcern\w*|\bworr(?:y|ied|ies|ying)\b|\balarm\w*|\btroubl(?:ed|ing)\b|\bregret\w*|\bdisturb\w*|\bdismay\w*|\bdeeply saddened\b|\b(?:more|increasingly|growing|especially|particularly) (?:dangerous|perilous|worrying|precarious)\b/i,
  },
  {
    type: StatementType.DENIES,
    pattern:
      /\bden(?:y|ied|ies|ying)\b|\bbaseless\b|\bgroundless\b|\bunfounded\b|\bfabricat\w*|\bno (?:evidence|basis|truth)\b|\b(?:had|has|have|posed?|poses|had posed) no (?:impact|effect|bearing|threat)\b|\bfalse (?:claims?|accusations?|allegations?)\b|\breject\w* (?:the |any )?(?:suggestions?|claims?|allegations?|accusations?|reports?) that\b/i,
  },
  {
    type: StatementType.REJECTS,
    pattern:
      /\breject\w*|\bdismiss\w*|\brefus(?:e|ed|es|ing)\b|\b(?:will|would|can) never accept\b|\bnot accept\b|\bnull and void\b|\bnot (?:consider (?:themselves|itself|ourselves) )?bound by\b/i,
  },
  {
    type: StatementType.CRITICISES,
    pattern:
      /\bcriticis\w*|\bcriticiz\w*|\baccus\w*|\bblam\w*|\birresponsible\b|\bviolat\w*|\billegal\w*|\bunlawful\b|\bprovocat\w*|\bunacceptable\b|\bregrettable\b|\bhypocri\w*|\breckless\b|\bdestabili[sz]\w*|\baggress\w*|\bcoerci\w*|\bbully\w*|\bsabotag\w*|\bbreach\w*|\bunjustified\b|\babsurd\b|\bprotest\w*|\bdisregard\b|\binstability\b|\bultimatum\b|\boppos(?:e|es|ed|ing)\b|\bquestion(?:ed|s)? why\b|\bcontainment\b|\bencirclement\b|\bhegemon\w*/i,
  },
  {
    type: StatementType.PRAISES,
    pattern:
      /\bwelcom\w*|\bprais\w*|\bhail\w*|\bcommend\w*|\bappreciat\w*|\bthank\w*|\bgrateful\b|\bgratitude\b|\bapplau\w*|\bimportant step\b|\bmilestone\b|\bturning point\b|\blandmark\b|\bhistoric\b|\bbreakthrough\b|\bgreat deal\b/i,
  },
  {
    type: StatementType.AGREES,
    pattern:
      /\bagree(?:d|s)?\b(?! (?:agreement|deal))|\bsign(?:ed|s|ing)? (?:an? |the )?(?:\w+ )?(?:agreement|deal|treaty|accord|memorandum|pact|declaration)\b|\breach(?:ed)? (?:an? |the )?(?:agreement|deal|consensus|understanding)\b|\bhonou?r (?:the|its|their|our) (?:ceasefire|agreement|deal|commitments?)\b/i,
  },
  {
    type: StatementType.APPEALS,
    pattern:
      /\burg(?:e|es|ed|ing)\b|\bcall(?:s|ed|ing)? (?:on|upon|for)\b|\bappeal\w*|\brequest\w*|\b(?:asked|asks) (?:for|the|that|\w+ to)\b|\bencourag\w*|\bshould (?:exercise|refrain|respect|return|resume|engage|stop|allow|ensure|work|help|take|avoid)\b|\b(?:world|community|everyone) must\b/i,
  },
  {
    type: StatementType.INTENDS_TO_COOPERATE,
    pattern:
      /\b(?:will|would|shall|intends? to|plans? to|ready to|willing to|prepared to|committed to|commitment to|pledg\w* to|vow\w* to|promis\w* to|determined to|aim to|seek to|hope to|continue to|going to|interested in)\s+(?!only\b)(?:\w+\s+){0,2}?(?:work\w*|cooperat\w*|strengthen\w*|deepen\w*|expand\w*|support\w*|provide\w*|help\w*|assist\w*|boost\w*|enhance\w*|develop\w*|build\w*|invest\w*|increase\w*|send\w*|deliver\w*|supply\w*|host\w*|resume\w*|hold\w*|join\w*|partner\w*|facilitate\w*|promote\w*|advance\w*|upgrade\w*|implement\w*|contribute\w*|continue\w*|step up|guarantee\w*|stand with|take back|explore\w*|link\w*|open\w*|turn\w*|create\w*|play)\b|\bno intention of (?:abandon\w*|stepping back|withdraw\w*|leaving|quitting)\b|\bcommitments?\b|\bcooperation\b|\bpartnership\b|\btogether\b/i,
  },
];

const SANCTION_WORDS = /\bsanction\w*|\bembargo\w*|\btariff\w*|\bpenalt\w*/i;
const MILITARY_WORDS =
  /\bmilitar\w*|\bdefen[cs]e\b|\btroops?\b|\barms\b|\bweapons?\b|\bnaval\b|\barmy\b|\bsecurity cooperation\b/i;

export interface ClassifiedType extends StatementTypeInfo {
  /** What decided the type: the cue verb or a phrase in the content. */
  evidence: string | null;
}

/** Decides the statement type: a typed cue verb ("condemned", "warned") wins; otherwise content phrases in precedence order. */
export function classifyStatement(cue: string | null, rawContent: string, lexicalSentiment = 0, cueText = ""): ClassifiedType {
  // Partial quotes do not interrupt a phrase: 'would take "resolute and forceful measures"'.
  const content = rawContent.replace(/["“”‘’]|(?<=\s)'|'(?=\s|$)/g, "");
  let type: StatementType = StatementType.COMMENTS;
  let evidence: string | null = null;
  let cueType = cue ? CUE_TYPES[cue] : undefined;
  // "called on/for" appeals; "called X a Y" describes.
  if (cue === "call" && /\bcall\w*\s+(?:on|upon|for)\b/i.test(cueText)) cueType = StatementType.APPEALS;
  if (cueType === StatementType.APPEALS && /\b(?:immediately|without delay|unconditionally)\b/i.test(content))
    cueType = StatementType.DEMANDS;
  if (cue === "express" && /^\W*(?:\w+\s+){0,2}(?:concern|alarm|worry)/i.test(content)) cueType = StatementType.EXPRESSES_CONCERN;
  // "rejected suggestions/claims that …" denies an allegation; look right after the cue verb (the content may start
  // with words before the attribution).
  const afterCue =
    /\breject\w*\s+((?:\w+\s+){0,2}(?:suggestions?|claims?|allegations?|accusations?|reports?) (?:that|of)\b)/i.exec(cueText);
  if (
    cue === "reject" &&
    ((afterCue !== null && /\bsuggestions? that|claims?|allegations?|accusations?/i.test(afterCue[1]!)) ||
      (/^\W*(?:\w+\s+){0,2}(?:suggestions?|claims?|allegations?|accusations?|reports?) (?:that|of)\b/i.test(content) &&
        /\bsuggestions? that|claims?|allegations?|accusations?/i.test(content)))
  )
    cueType = StatementType.DENIES;
  if (cueType) {
    type = cueType;
    evidence = cue;
    // "vowed/pledged to retaliate" and "warned of countermeasures" are threats.
    if (type === StatementType.WARNS && CONTENT_RULES[1]!.pattern.test(content)) type = StatementType.THREATENS;
  } else {
    for (const rule of CONTENT_RULES) {
      const m = rule.pattern.exec(content);
      if (m) {
        type = rule.type;
        evidence = m[0];
        break;
      }
    }
    if (cue === "vow" && type === StatementType.COMMENTS) type = StatementType.INTENDS_TO_COOPERATE;
    // Promising or vowing sanctions, tariffs or an embargo threatens (CAMEO 1312), it is no intent to cooperate.
    if (
      cue === "vow" &&
      (type === StatementType.INTENDS_TO_COOPERATE || type === StatementType.COMMENTS) &&
      SANCTION_WORDS.test(content)
    )
      type = StatementType.THREATENS;
    // Evaluative statements without a cue phrase: clearly negative ones criticise, clearly positive ones praise.
    if (type === StatementType.COMMENTS && (cue === "call" || cue === "describe" || cue === "say" || cue === null)) {
      if (lexicalSentiment <= -3) type = StatementType.CRITICISES;
      else if (lexicalSentiment >= 3) type = StatementType.PRAISES;
    }
    if (cue === "express" && type === StatementType.COMMENTS && /\bsupport\b/i.test(content)) type = StatementType.PRAISES;
  }
  const info = STATEMENT_TYPES[type];
  let goldstein = info.goldstein;
  if (type === StatementType.THREATENS && SANCTION_WORDS.test(content)) goldstein = GOLDSTEIN_THREATEN_SANCTIONS;
  if (type === StatementType.INTENDS_TO_COOPERATE && MILITARY_WORDS.test(content)) goldstein = GOLDSTEIN_COOPERATE_MILITARILY;
  return { ...info, goldstein, evidence };
}

/** How a statement type leans, on the AFINN scale: added to the lexical sentiment of the content. */
export const TYPE_POLARITY: Record<StatementType, number> = {
  COMMENTS: 0,
  EXPRESSES_CONCERN: -2.5,
  CRITICISES: -3,
  CONDEMNS: -3.5,
  WARNS: -3,
  THREATENS: -3.5,
  DEMANDS: -3,
  APPEALS: 0,
  REJECTS: -3,
  // A denial answers an accusation; on its own it is hardly negative (both gold sets label plain denials neutral).
  DENIES: -1,
  ACCUSES: -3,
  INTENDS_TO_COOPERATE: 2.5,
  AGREES: 2.5,
  PRAISES: 3,
};
