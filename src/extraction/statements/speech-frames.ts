// Reporting frames beyond the plain speech verbs of lexicon.ts: verbs that report a speech act only with their
// particle or complement ("hit out at", "refused to endorse", "defended the move as", "briefed reporters"), and verbs
// of thanks and rebuke. Each frame has an id (family "speech.frame"), the word forms that trigger it, the lemma of
// the speech verb whose act it reports (so the type stage reads "thanked" like "praised"), and, where the word alone
// is ambiguous, the words that must follow it.
import { registerRules, ruleEnabled } from "../rules/registry.js";

export interface SpeechFrame {
  id: string;
  forms: string[];
  /** The SPEECH_VERBS lemma whose act the frame reports. */
  lemma: string;
  /** Text that must follow the trigger word (tested on the `reach` characters after it). */
  follows?: RegExp;
  /** How many characters after the trigger `follows` is tested on (40 when absent). */
  reach?: number;
  /** How many tokens after the trigger belong to the frame (its particle: "hit out at" = 2). */
  particleTokens?: number;
}

export const SPEECH_FRAMES: SpeechFrame[] = [
  { id: "speech.frame.thank", forms: ["thanked", "thanks", "thanking"], lemma: "praise", follows: /^\s+(?!you\b)\S/ },
  { id: "speech.frame.congratulate", forms: ["congratulated", "congratulates", "congratulating"], lemma: "praise" },
  {
    id: "speech.frame.rebuke",
    forms: ["rebuked", "rebukes", "rebuking", "castigated", "castigates", "berated", "chided", "scolded", "assailed"],
    lemma: "criticise",
  },
  {
    id: "speech.frame.hit-out-at",
    forms: ["hit", "hits", "hitting"],
    lemma: "criticise",
    follows: /^\s+out\s+at\b/,
    particleTokens: 2,
  },
  {
    id: "speech.frame.lash-out",
    forms: ["lashed", "lashes", "lashing"],
    lemma: "criticise",
    follows: /^\s+out\b/,
    particleTokens: 1,
  },
  {
    id: "speech.frame.take-issue",
    forms: ["took", "takes", "taking"],
    lemma: "criticise",
    follows: /^\s+issue\s+with\b/,
    particleTokens: 2,
  },
  {
    id: "speech.frame.refuse-to-endorse",
    forms: ["refused", "refuses", "refusing", "declined", "declines"],
    lemma: "reject",
    follows: /^\s+to\s+(?:endorse|accept|recogni[sz]e|back|support|sign|rule\s+out|comment)\b/,
  },
  {
    id: "speech.frame.defend-as",
    forms: ["defended", "defends", "defending"],
    lemma: "insist",
    follows: /^\s+(?:[\w'’-]+\s+){1,4}?as\b/,
  },
  {
    id: "speech.frame.brief",
    forms: ["briefed", "briefs", "briefing"],
    lemma: "say",
    follows: /^\s+(?:reporters|journalists|the\s+media|the\s+press)\b/,
  },
  // "opposed any attempt to …", "opposes the deployment": a stance of rejection, reported like a criticism; not
  // "opposed to" (an adjective: "a plan opposed to …") nor a past participle after "by" ("opposed by Seoul").
  {
    id: "speech.frame.oppose",
    forms: ["opposed", "opposes"],
    lemma: "criticise",
    follows: /^\s+(?!to\b|by\b)(?:any|all|the|a|an|this|that|these|those|its|their|his|her|such|[\w.'’-]+['’]s\b|[A-Z])/,
  },
  { id: "speech.frame.echo", forms: ["echoed", "echoes", "echoing"], lemma: "reiterate" },
  { id: "speech.frame.reassure", forms: ["reassured", "reassures"], lemma: "say", follows: /^\s+(?:[\w'’-]+\s+){0,3}?that\b/ },
  { id: "speech.frame.inform", forms: ["informed", "informs"], lemma: "say", follows: /^\s+(?:[\w'’-]+\s+){0,3}?that\b/ },
  // "The note recalls that …" (only with its clause: "recalls its ambassador" is an act); "recalled" is a speech verb.
  { id: "speech.frame.recall-that", forms: ["recalls", "recalling"], lemma: "recall", follows: /^\s+that\b/ },
  { id: "speech.frame.hint", forms: ["hinted", "hints", "hinting"], lemma: "suggest", follows: /^\s+(?:at\b|that\b)/ },
  {
    // "…," X continued, adding that …; "He continued: “…”": going on speaking, only before a colon or a participle
    // of speech ("fighting continued, …" is no speech).
    id: "speech.frame.continue",
    forms: ["continued", "continues"],
    lemma: "add",
    follows: /^\s*(?::|,\s*(?:adding|saying|noting|stressing)\b)/,
  },
  // "lodged a strong protest with …", "registered a protest to …", "filed a complaint", "lodged representations".
  {
    id: "speech.frame.lodge-protest",
    forms: ["lodged", "lodges", "lodging", "registered", "registers", "filed", "files"],
    lemma: "complain",
    // The adjective may be quoted: 'lodged a "stern" protest with …'.
    follows:
      /^\s+(?:(?:a|an)\s+(?:["“']?\w+["”']?\s+)?(?:protest|complaint)\b|(?:["“']?\w+["”']?\s+)?(?:representations|protests)\b)/,
  },
  // "called in the envoy and handed him a letter of protest", "called in officials from the Japanese Embassy": a
  // summons by another verb (reported like "summoned": a protest).
  {
    id: "speech.frame.call-in-envoy",
    forms: ["called", "calls", "calling"],
    lemma: "summon",
    follows:
      /^\s+in\s+(?:(?:the|a|an|its|top|senior|[\p{Lu}][\w.’'-]*)\s+){0,3}(?:ambassador|envoy|charg[eé]|diplomats?|representatives?|consul|officials\s+(?:from|of)\s+the\s+(?:[\p{Lu}][\w.’'-]*\s+){1,2}(?:embassy|mission|consulate))/iu,
    particleTokens: 1,
  },
  // "summoned Hirohisa Soma, deputy chief of mission at the Japanese Embassy, … to protest", "summoned officials from
  // the Japanese Embassy to protest …", "summoned a senior official of the embassy to lodge a protest": a summons whose
  // envoy is named first or described at length, too far for the verb's own check (lexicon.ts VERB_PARTICLES.summon:
  // an envoy within three words). Not the passive ("was summoned by the ministry", "summoned for a dressing down").
  {
    id: "speech.frame.summon-described-envoy",
    forms: ["summoned", "summons"],
    lemma: "summon",
    follows:
      /^\s+(?!(?:by|for|to|over|in|on|at)\b)[^.;:!?"“”]{0,100}?\b(?:embassy|mission|consulate|ambassador|envoy|charg[eé]|diplomats?|attach[eé])\b/iu,
    reach: 110,
  },
  // "alleged that …", "alleged India's role in …": a charge (not the adjective: "the alleged attack", "alleged spying").
  {
    id: "speech.frame.allege",
    forms: ["alleged", "alleges", "alleging"],
    lemma: "accuse",
    follows: /^\s+(?:that\b|[\p{Lu}][\w.-]*['’]s\s)/u,
  },
  // "invited Abbott to visit Kiribati", "invited his counterpart to Pakistan": a request to the other side; not the
  // passive ("was invited by …").
  {
    id: "speech.frame.invite",
    forms: ["invited", "invites", "inviting"],
    lemma: "appeal",
    follows: /^\s+(?!by\b|to\b)(?:[\w.'’-]+\s+){1,5}?to\s+(?:visit|attend|join|take\s+part|participate|\p{Lu})/u,
  },
  // "encouraged businesses from both countries to …", "encourages Japan to …": a request to the other side.
  {
    id: "speech.frame.encourage",
    forms: ["encouraged", "encourages", "encouraging"],
    lemma: "appeal",
    follows: /^\s+(?!by\b)(?:[\w.'’-]+\s+){1,6}?to\b/,
  },
  // "issued a warning against …", "issued a strong protest", "issued an appeal", "issued a denial": the act named by
  // the noun the verb issues.
  {
    id: "speech.frame.issue-warning",
    forms: ["issued", "issues", "issuing"],
    lemma: "warn",
    follows: /^\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:warning|ultimatum)\b/,
  },
  {
    id: "speech.frame.issue-protest",
    forms: ["issued", "issues", "issuing"],
    lemma: "complain",
    follows: /^\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:protest|condemnation|rebuke)\b/,
  },
  {
    id: "speech.frame.issue-appeal",
    forms: ["issued", "issues", "issuing"],
    lemma: "appeal",
    follows: /^\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:appeal|call)\b/,
  },
  {
    id: "speech.frame.issue-denial",
    forms: ["issued", "issues", "issuing"],
    lemma: "deny",
    follows: /^\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:denial|rebuttal)\b/,
  },
  // "charged that Aliyev's comments …": a charge (not "charged with", "charged the battery").
  { id: "speech.frame.charge-that", forms: ["charged", "charges"], lemma: "accuse", follows: /^\s+that\b/ },
  // "spoke highly of the development of bilateral relations": praise.
  {
    id: "speech.frame.speak-highly",
    forms: ["spoke", "speaks", "speaking"],
    lemma: "praise",
    follows: /^\s+(?:very\s+)?highly\s+of\b/,
    particleTokens: 2,
  },
  // "sought Mongolia's support for …", "seeks Japan's help": a request.
  {
    id: "speech.frame.seek-support",
    forms: ["sought", "seeks", "seeking"],
    lemma: "appeal",
    follows: /^\s+(?:[\w.'’-]+\s+){0,3}?(?:support|help|assistance|cooperation|understanding)\b/,
  },
  // "India expects Sri Lanka to be mindful of …": a request to the other side (not "is expected to").
  {
    id: "speech.frame.expect-to",
    forms: ["expects", "expected"],
    lemma: "appeal",
    follows: /^\s+(?!to\b)(?:[\w.'’-]+\s+){1,5}?to\b/,
  },
  // "Fiji is confident that …", "the minister was optimistic about …": a stated confidence.
  {
    id: "speech.frame.be-confident",
    forms: ["is", "was", "are", "were", "remains", "remained"],
    lemma: "say",
    follows: /^\s+(?:(?:very|fully|quite)\s+)?(?:confident|optimistic|hopeful|convinced)\s+(?:that|of|about)\b/,
  },
  // "appreciated the bold decisions of …", "appreciates Japan's support": praise of the other side's act.
  {
    id: "speech.frame.appreciate",
    forms: ["appreciated", "appreciates", "appreciating"],
    lemma: "praise",
    follows: /^\s+(?:the|his|her|their|its|[\p{Lu}])/u,
  },
  // "extended his congratulations / greetings / gratitude to …".
  {
    id: "speech.frame.extend-congratulations",
    forms: ["extended", "extends", "extending"],
    lemma: "praise",
    follows: /^\s+(?:[\w'’-]+\s+){0,3}?(?:congratulations|greetings|gratitude|thanks|felicitations|best\s+wishes|appreciation)\b/,
  },
  // "extended condolences to Russia and its people", "extends its sincere sympathy to …": an attitude spoken to the
  // other side, whose act (sympathy, solidarity, a pledge) the words around it decide.
  {
    id: "speech.frame.extend-condolences",
    forms: ["extended", "extends", "extending"],
    lemma: "say",
    follows: /^\s+(?:[\w'’-]+\s+){0,3}?(?:condolences|sympathy|sympathies|solidarity)\b/,
  },
  // "wished Keita a successful second tenure", "wished Syria security and prosperity", "wished the new president good
  // luck", "wished for a successful event": a good wish to the other side, praise.
  {
    id: "speech.frame.wish",
    forms: ["wished", "wishes", "wishing"],
    lemma: "praise",
    follows:
      /^\s+(?:for\s+)?(?:[\w.'’-]+\s+){0,5}?(?:success|successful|speedy|security|stability|prosperity|peace|happiness|progress|well|best|luck|happy)\b/,
  },
  // "Kang briefed Kono on the probe": telling a counterpart, as "told"; not "was briefed on" (the one told).
  {
    id: "speech.frame.brief-on",
    forms: ["briefed", "briefs"],
    lemma: "say",
    follows: /^\s+(?!on\b|by\b)(?:[\w.'’-]+\s+){1,4}?on\b/,
  },
  // "raised deep concern over …", "raised other issues that …": putting a matter to the other side.
  {
    id: "speech.frame.raise",
    forms: ["raised", "raises", "raising"],
    lemma: "say",
    follows: /^\s+(?:[\w'’-]+\s+){0,3}?["“]?(?:[\w'’-]+\s+)?(?:concerns?|objections?|issues?|questions?)\b/,
  },
  // "Pakistan is deeply concerned at …", "the ministry was alarmed by …": a government's stated concern, the way
  // statements are paraphrased in leads. Its object must follow ("the issue the U.S. side is concerned about," is a
  // relative clause, not a statement).
  {
    id: "speech.frame.be-concerned",
    forms: ["is", "was", "are", "were", "remains", "remained"],
    lemma: "express",
    follows:
      /^\s+(?:(?:deeply|gravely|seriously|very|extremely|increasingly|particularly|greatly|highly)\s+)?(?:concerned|alarmed|worried|troubled)\s+(?:at|about|over|by|that|with)\s+["“‘]?\w/,
  },
];
registerRules(SPEECH_FRAMES.map((f) => f.id));

const BY_FORM = new Map<string, SpeechFrame[]>();
for (const frame of SPEECH_FRAMES) for (const form of frame.forms) BY_FORM.set(form, [...(BY_FORM.get(form) ?? []), frame]);

/** Whether a lower-cased word may start a frame (a cheap check before `frameAt`). */
export function mayStartFrame(lower: string): boolean {
  return BY_FORM.has(lower);
}

/** The frame the word ending at `end` in `text` starts, or null. */
export function frameAt(lower: string, text: string, end: number): SpeechFrame | null {
  for (const frame of BY_FORM.get(lower) ?? []) {
    if (!ruleEnabled(frame.id)) continue;
    if (frame.follows && !frame.follows.test(text.slice(end, end + (frame.reach ?? 40)))) continue;
    return frame;
  }
  return null;
}
