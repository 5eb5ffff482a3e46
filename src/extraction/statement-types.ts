// Stage 6a: statement type from the speech act (reporting predicate, then the reported content's predicate; rules in
// rules/type-rules.ts), mapped to CAMEO root codes and a Goldstein-style score.
import { StatementType } from "./types.js";
import {
  APPEAL_TO_DEMAND,
  CONTENT_TYPE_RULES,
  CUE_TYPE_RULES,
  FRAME_RULES,
  MEDIATION_APPEAL,
  type TypeRule,
} from "./rules/type-rules.js";
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";
import { EVALUATIVE_THRESHOLD } from "./stance.js";

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

const SANCTION_WORDS = /\bsanction\w*|\bembargo\w*|\btariff\w*|\bpenalt\w*/i;
const MILITARY_WORDS =
  /\bmilitar\w*|\bdefen[cs]e\b|\btroops?\b|\barms\b|\bweapons?\b|\bnaval\b|\barmy\b|\bsecurity cooperation\b/i;
/** A negated reporting predicate ("did not condemn", "refused to endorse"): its act does not hold. */
const NEGATED_PREDICATE =
  /\b(?:did|does|do|would|will|could)\s*(?:not|n['’]t)\s+(\w+)|\b(?:never|refus\w* to|declin\w* to)\s+(\w+)/i;
const NEGATION_RULE = "act.negation.reporting-verb";
const VOW_RULE = "act.vow.cooperate";
const LEXICAL_RULE = "act.lexical.fallback";
registerRules([NEGATION_RULE, VOW_RULE, LEXICAL_RULE]);

export interface ClassifiedType extends StatementTypeInfo {
  /** What decided the type: the id of the rule that fired (null: nothing did, a plain comment). */
  evidence: string | null;
}

function fire(id: string): string {
  noteFired(id);
  return id;
}

/** The act of the reporting predicate: a typed cue verb, or a frame around it; null when it is neutral or negated. */
function reportingAct(cue: string | null, content: string, cueText: string): TypeRule | null {
  if (!cue) return null;
  const negated = NEGATED_PREDICATE.exec(cueText);
  if (negated && ruleEnabled(NEGATION_RULE) && (negated[1] ?? negated[2] ?? "").toLowerCase().startsWith(cue.slice(0, 4))) {
    fire(NEGATION_RULE);
    return null;
  }
  for (const frame of FRAME_RULES) {
    if (!ruleEnabled(frame.id) || !frameApplies(frame.id, cue)) continue;
    if (frame.pattern.test(cueText) || (frame.id !== "frame.appeal.called-on" && frame.pattern.test(`${cueText} ${content}`)))
      return frame;
  }
  const rule = CUE_TYPE_RULES.find((r) => r.lemma === cue && ruleEnabled(r.id));
  return rule ? { id: rule.id, type: rule.type, pattern: /$^/ } : null;
}

/** Frames tied to a reporting verb only apply to it. */
function frameApplies(id: string, cue: string): boolean {
  if (id === "frame.appeal.called-on") return cue === "call";
  if (id === "frame.deny.reject-claims") return cue === "reject" || cue === "deny";
  if (id === "frame.concern.expressed" || id === "frame.praise.expressed" || id === "frame.criticise.expressed-doubt")
    return cue === "express";
  if (id === "frame.cooperate.reaffirm-support") return cue === "reiterate";
  return true;
}

function contentAct(content: string): TypeRule | null {
  for (const rule of CONTENT_TYPE_RULES) if (ruleEnabled(rule.id) && rule.pattern.test(content)) return rule;
  return null;
}

/**
 * Decides the statement type, speech act first: the reporting predicate (typed cue verb or frame, unless negated)
 * wins; a neutral one ("said") leaves it to the reported content's predicate (content rules in precedence order).
 * Appeals to stop or undo something are demands; warnings that name a retaliation are threats. `lexicalSentiment`
 * (AFINN scale) only decides between comment, criticism and praise when nothing else did.
 */
export function classifyStatement(cue: string | null, rawContent: string, lexicalSentiment = 0, cueText = ""): ClassifiedType {
  // Partial quotes do not interrupt a phrase: 'would take "resolute and forceful measures"'. The acute accent some
  // outlets type for an apostrophe ("China´s navy") goes with the other apostrophes.
  const content = rawContent.replace(/["“”‘’´]|(?<=\s)'|'(?=\s|$)/g, "");
  const act = reportingAct(cue, content, cueText);
  let type: StatementType = StatementType.COMMENTS;
  let evidence: string | null = null;
  if (act) {
    type = act.type;
    evidence = fire(act.id);
    const threat = CONTENT_TYPE_RULES.find((r) => r.type === "THREATENS" && ruleEnabled(r.id) && r.pattern.test(content));
    // "vowed/pledged to retaliate" and "warned of countermeasures" are threats.
    if (type === StatementType.WARNS && threat) evidence = fire(threat.id);
    if (type === StatementType.WARNS && threat) type = StatementType.THREATENS;
  } else {
    const rule = contentAct(content);
    if (rule) {
      type = rule.type;
      evidence = fire(rule.id);
    }
    // A vow without a typed content is a commitment: to cooperate, or, when it promises sanctions, tariffs or an
    // embargo, a threat (CAMEO 1312).
    if (
      cue === "vow" &&
      (type === StatementType.COMMENTS || type === StatementType.INTENDS_TO_COOPERATE) &&
      ruleEnabled(VOW_RULE)
    ) {
      type = SANCTION_WORDS.test(content) ? StatementType.THREATENS : StatementType.INTENDS_TO_COOPERATE;
      evidence = fire(VOW_RULE);
    }
    // Evaluative statements without a cue phrase: clearly negative ones criticise, clearly positive ones praise. "Clearly"
    // is the bar a comment's words must pass to take a sign (stance.ts): a word or two of goodwill ("confidence",
    // "help", "friendly") in a plan or a self-description is not praise of the target.
    const { negative, positive } = EVALUATIVE_THRESHOLD;
    if (
      type === StatementType.COMMENTS &&
      ruleEnabled(LEXICAL_RULE) &&
      (lexicalSentiment <= negative || lexicalSentiment >= positive)
    ) {
      type = lexicalSentiment < 0 ? StatementType.CRITICISES : StatementType.PRAISES;
      evidence = fire(LEXICAL_RULE);
    }
  }
  if (
    type === StatementType.APPEALS &&
    ruleEnabled(MEDIATION_APPEAL.id) &&
    MEDIATION_APPEAL.pattern.test(`${cueText} ${content}`)
  )
    evidence = fire(MEDIATION_APPEAL.id);
  else if (type === StatementType.APPEALS && ruleEnabled(APPEAL_TO_DEMAND.id) && APPEAL_TO_DEMAND.pattern.test(content)) {
    type = StatementType.DEMANDS;
    evidence = fire(APPEAL_TO_DEMAND.id);
  }
  return { ...withGoldstein(STATEMENT_TYPES[type], content), evidence };
}

/** The labelling guide's ten statement classes, in the guide's order (training labels and scoring use them). */
export const TEN_CLASSES = [
  StatementType.CRITICISES,
  StatementType.EXPRESSES_CONCERN,
  StatementType.WARNS,
  StatementType.DEMANDS,
  StatementType.DENIES,
  StatementType.ACCUSES,
  StatementType.PRAISES,
  StatementType.INTENDS_TO_COOPERATE,
  StatementType.APPEALS,
  StatementType.COMMENTS,
] as const;

/** Finer CAMEO-level types folded into the labelling guide's ten classes. */
const FOLDED: Partial<Record<StatementType, StatementType>> = {
  CONDEMNS: StatementType.CRITICISES,
  THREATENS: StatementType.WARNS,
  REJECTS: StatementType.DENIES,
  AGREES: StatementType.INTENDS_TO_COOPERATE,
};

/** The ten-class spelling of a statement type (CONDEMNS → CRITICISES, THREATENS → WARNS, ...). */
export function tenClass(type: StatementType): StatementType {
  return FOLDED[type] ?? type;
}

/** The type's Goldstein anchor, refined by the content: threats with sanctions, military cooperation. */
export function withGoldstein(info: StatementTypeInfo, content: string): StatementTypeInfo {
  if (info.type === StatementType.THREATENS && SANCTION_WORDS.test(content))
    return { ...info, goldstein: GOLDSTEIN_THREATEN_SANCTIONS };
  if (info.type === StatementType.INTENDS_TO_COOPERATE && MILITARY_WORDS.test(content))
    return { ...info, goldstein: GOLDSTEIN_COOPERATE_MILITARILY };
  return info;
}
