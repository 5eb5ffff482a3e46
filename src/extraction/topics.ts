// Stage 6b: topics from our taxonomy (prisma/seed-data/topics.json) via a keyword/phrase lexicon per slug.
import type { ExtractedTopic } from "./types.js";
import { requiredWordStarts, startsSomeWord, textWords } from "./topic-prefilter.js";

/** Parent of every slug in the taxonomy (kept in step with topics.json; a unit test checks it). */
export const TOPIC_PARENTS: Record<string, string | null> = {
  "security-and-defence": null,
  "military-cooperation": "security-and-defence",
  "joint-exercises": "military-cooperation",
  "arms-transfers": "security-and-defence",
  "defence-technology": "security-and-defence",
  "alliances-and-security-cooperation": "security-and-defence",
  "military-posture": "security-and-defence",
  "intelligence-and-cyber": "security-and-defence",
  "strategic-weapons": null,
  "nuclear-weapons": "strategic-weapons",
  "ballistic-missiles": "strategic-weapons",
  "space-and-satellites": "strategic-weapons",
  "arms-control": "strategic-weapons",
  "armed-conflict": null,
  "ceasefire-and-peace-talks": "armed-conflict",
  "territorial-disputes": "armed-conflict",
  "maritime-disputes": "territorial-disputes",
  terrorism: "armed-conflict",
  diplomacy: null,
  "summits-and-visits": "diplomacy",
  "diplomatic-relations": "diplomacy",
  sanctions: "diplomacy",
  "un-security-council": "sanctions",
  economy: null,
  trade: "economy",
  "trade-disputes": "trade",
  energy: "economy",
  "investment-and-infrastructure": "economy",
  "science-and-technology": null,
  "humanitarian-affairs": null,
  "humanitarian-aid": "humanitarian-affairs",
  "refugees-and-migration": "humanitarian-affairs",
  "human-rights": "humanitarian-affairs",
  "climate-and-environment": null,
};

interface TopicRule {
  slug: string;
  pattern: RegExp;
  confidence: number;
}

// Patterns are matched case-insensitively unless they start with (?-i) semantics via a capitalised literal;
// keep them as whole words. Strong phrases get 0.9, single generic words 0.6.
const R = (slug: string, confidence: number, source: string, flags = "i"): TopicRule => ({
  slug,
  confidence,
  pattern: new RegExp(source, flags),
});

export const TOPIC_RULES: TopicRule[] = [
  R(
    "security-and-defence",
    0.85,
    String.raw`\bcritical infrastructure\b|\bnational security\b|\bsecurity threats?\b|\bthreats? to (?:our|their|its|the country's|national) security\b`,
  ),
  R(
    "joint-exercises",
    0.9,
    String.raw`\b(?:joint|combined|trilateral|bilateral|naval|military|air|live-fire)\s+(?:military\s+)?(?:exercises?|drills?|manoeuvres|maneuvers|war games)\b|\bwar games\b|\b(?:exercises?|drills)\b(?! of\b| restraint\b)`,
  ),
  // Unambiguous two-word phrases: count whatever the article is mostly about.
  R(
    "military-cooperation",
    0.9,
    String.raw`\b(?:military|defen[cs]e)\s+(?:cooperation|co-operation|ties|partnership|collaboration)\b`,
  ),
  R(
    "military-cooperation",
    0.85,
    String.raw`\b(?:military|defen[cs]e)\s+(?:cooperation|co-operation|ties|pact|treaty|partnership|collaboration|agreement|links)\b|\bmilitary (?:assistance|aid|support)\b|\b(?:shar|transfer|provid|giv)\w* (?:\w+ )?(?:military|missile|nuclear|satellite|weapons?) (?:technology|know-how|expertise)\b|\b(?:troops?|soldiers|forces) (?:to|for) (?:fight|help)\b`,
  ),
  R(
    "arms-transfers",
    0.9,
    String.raw`\barms (?:deals?|sales?|transfers?|supplies|shipments|exports?|trade|deliveries)\b|\bweapons? (?:deliveries|supplies|transfers?|shipments|sales|exports?|supply)\b|\b(?:supply|supplying|supplied|provide|providing|provided|send|sending|sent|transfer|transferring|deliver|delivering|ship|shipping|shipped) (?:of )?(?:\w+ ){0,2}(?:weapons|arms|missiles|shells|munitions)\b|\b(?:weapons|arms|missiles|shells|munitions) (?:supplied|provided|delivered|sent|shipped) by\b|\bweapons to\b|\b(?:funnel|smuggl|channel)\w* (?:\w+ )?(?:weapons|arms)\b|\barm(?:s|ed|ing) the\b`,
  ),
  R("arms-transfers", 0.75, String.raw`\bartillery shells?\b|\bammunition\b|\bmunitions\b|\bmilitary equipment\b`),
  R(
    "defence-technology",
    0.9,
    String.raw`\b(?:military|defen[cs]e|missile|nuclear|satellite|sensitive|weapons?) technolog(?:y|ies)\b`,
  ),
  R(
    "defence-technology",
    0.8,
    String.raw`\bfighter jets?\b|\bsubmarines?\b|\bair defen[cs]e\b|\bdrones?\b|\btechnology transfers?\b`,
  ),
  R(
    "alliances-and-security-cooperation",
    0.9,
    String.raw`\btrilateral (?:security )?(?:cooperation|partnership|framework|coordination)\b|\bsecurity (?:cooperation|guarantees?|pact|alliance)\b|\bmutual defen[cs]e treat(?:y|ies)\b`,
  ),
  R(
    "alliances-and-security-cooperation",
    0.85,
    String.raw`\bmutual (?:defen[cs]e|assistance) (?:treat(?:y|ies)|pacts?|agreements?|obligations?|commitments?)\b|\bdefen[cs]e (?:treat(?:y|ies)|pacts?)\b|\bsecurity ties\b|\bstand (?:firmly |shoulder to shoulder )?with\b|\balliances?\b|\ballies\b|\bNATO\b|\bAUKUS\b|\btrilateral (?:security )?(?:cooperation|partnership|framework)\b|\bsecurity (?:cooperation|guarantees?|pact|framework|partnership|alliance|arrangements?|commitments?|treaty|agreement)\b|\bcollective defen[cs]e\b|\bdefen[cs]e commitments?\b`,
  ),
  R(
    "military-posture",
    0.75,
    String.raw`\btroops?\b|\bdeploy(?:ment|ments|ed|ing|s)?\b|\bmilitary (?:build-?up|presence|activities|activity|posture)\b|\bnaval patrols?\b|\bshow of force\b|\bbuild-?up\b|\bmassing\b|\bwarplanes?\b|\bbombers?\b|\bstationed\b|\bwarships?\b|\bfrigates?\b|\bdestroyers?\b|\baircraft carriers?\b|\bpatrol (?:aircraft|ships?|boats?)\b|\b(?:military|naval|troop) (?:positions?|bases?)\b`,
  ),
  // Generic: a presence somewhere is posture only in a security story (confidence below the profile gate).
  R("military-posture", 0.6, String.raw`\bpresence (?:on|in|near|along|at)\b`),
  R(
    "military-posture",
    0.75,
    String.raw`\b(?:withdraw\w*|pull\w* (?:back|out)|redeploy\w*|mass\w*)\s+(?:of\s+)?(?:all\s+|its\s+|their\s+|the\s+)?(?:\w+\s+)?(?:troops|forces|vessels|ships|soldiers|units)\b`,
  ),
  R(
    "intelligence-and-cyber",
    0.85,
    String.raw`\bcyber\w*|\bhack(?:ing|ers?|ed)?\b|\bespionage\b|\bspy(?:ing)?\b|\bspies\b|\bintelligence (?:sharing|services?|agencies|agency|officials?)\b|\bsabotage\w*|\bundersea cables?\b|\bsubsea cables?\b|\bcables?\b`,
  ),
  R(
    "nuclear-weapons",
    0.85,
    String.raw`\bnuclear (?:weapons?|programmes?|programs?|tests?|arsenal|deterrent|threats?|warheads?|activities|ambitions|bomb|material|facilities|sites?|capabilit\w+)\b|\benrich(?:ment|ed)\b|\buranium\b|\batomic\b|\bnuclear\b`,
  ),
  R("ballistic-missiles", 0.85, String.raw`\bmissiles?\b|\bballistic\b|\bICBMs?\b|\bIRBMs?\b|\bhypersonic\b|\brocket launch\w*`),
  R(
    "space-and-satellites",
    0.85,
    String.raw`\bsatellites?\b|\bspace (?:launch\w*|programmes?|programs?|cooperation|technolog\w+|vehicles?|rockets?|agency)\b|\breconnaissance satellites?\b|\borbit\w*`,
  ),
  R(
    "arms-control",
    0.85,
    String.raw`\barms control\b|\bnon-?proliferation\b|\bdenucleari[sz]\w*|\bNPT\b|\binspect(?:ions?|ors?)\b|\bIAEA\b|\bdisarmament\b|\bJCPOA\b|\bnuclear (?:deal|agreement|talks|accord)\b|\bsafeguards\b|\bproliferation\b`,
  ),
  R(
    "armed-conflict",
    0.7,
    String.raw`\bself-defen[cs]e\b|\bwars?\b|\battacks?\b|\battacked\b|\bshelling\b|\bair ?strikes?\b|\bdrone strikes?\b|\bfighting\b|\bkilled\b|\bcasualties\b|\binvasion\b|\boffensive\b|\bclashes\b|\bhostilities\b|\bbombing\w*|\barmed conflict\b|\bconflict\b|\bmilitary operations?\b|\bcombat\b|\bparamilitary\b|\bRSF\b|\bmilitias?\b`,
  ),
  R(
    "ceasefire-and-peace-talks",
    0.9,
    String.raw`\bcease-?fires?\b|\btruces?\b|\bpeace (?:talks|deal|agreement|process|plan|negotiations|accord|efforts?|treaty|framework|settlement|summit)\b|\barmistice\b|\bprisoners? (?:swaps?|exchanges?)\b|\bswap\b|\bhostilities\b|\bguns\b[^.]{0,20}\bsilent\b|\bexchange of prisoners\b|\b(?:end|ending|ended|halt|halting|halted|stop|stopping|stopped)\w* (?:the |this |all |border )?(?:war|fighting|conflict|hostilities|clashes)\b|\bde-?escalat\w+`,
  ),
  // Words that mean peace-making only in a conflict story (below the profile gate): "nuclear negotiations",
  // "trade negotiations", "peace and stability" are not peace talks.
  R(
    "ceasefire-and-peace-talks",
    0.7,
    String.raw`\bpeace\b(?! and (?:security|stability|safety))|\bnegotiat\w+|\bmediat(?:ion|ors?|ed|ing)\b`,
  ),
  R(
    "ceasefire-and-peace-talks",
    0.6,
    String.raw`\brestraint\b|\bhonou?r (?:the|a|its|their) (?:truce|deal|agreement|ceasefire)\b`,
  ),
  R(
    "territorial-disputes",
    0.85,
    String.raw`\bterritor(?:y|ial|ies)\b|\bborder disputes?\b|\bannex\w*|\bdisputed (?:region|area|territory|land|islands?|border)\b|\bclaims? (?:to|over)\b`,
  ),
  R("territorial-disputes", 0.7, String.raw`\bsovereignty\b|\boccupied\b|\bboundary\b|\bborder\b|\bincursions?\b`),
  R(
    "maritime-disputes",
    0.9,
    String.raw`\bshoals?\b|\bterritorial waters\b|\bcoast guard\b|\bwater cannons?\b|\bfreedom of navigation\b|\breefs?\b|\bnaval blockade\b|\bresupply missions?\b|\bmaritime (?:disputes?|claims?|boundar\w+|borders?|militia)\b`,
  ),
  // Generic sea vocabulary (missiles land in economic zones, patrol aircraft are "maritime"): only in a maritime story.
  R(
    "maritime-disputes",
    0.75,
    String.raw`\bpiracy\b|\btankers?\b|\bmaritime\b(?! patrol)|\bexclusive economic zones?\b|\bEEZ\b|\bvessels?\b|\bat sea\b|\bboarding\b|\bboarded\b`,
  ),
  R(
    "terrorism",
    0.9,
    String.raw`\bterror\w*|\bextremis\w*|\bjihadi\w*|\bIslamic State\b|\bal-Qaeda\b|\bsafe havens?\b|\b(?:militants?|armed groups?)\b[^.;]{0,40}\b(?:territory|soil)\b`,
  ),
  R("terrorism", 0.85, String.raw`\bmilitants?\b|\binsurgen\w*`),
  R("diplomacy", 0.5, String.raw`\bdiplomacy\b|\bdialogue\b`),
  R("summits-and-visits", 0.85, String.raw`\bsummits?\b|\b(?:state|official|working) visits?\b|\btalks with\b`),
  // Meetings and visits are mentioned in passing in most stories: only when the story is about one.
  R("summits-and-visits", 0.7, String.raw`\bvisit(?:s|ed|ing)?\b|\bmet (?:with )?\b|\bmeetings?\b|\bhosted\b|\btrip\b`),
  R(
    "diplomatic-relations",
    0.85,
    String.raw`\bdiplomatic (?:ties|relations)\b|\bambassadors?\b|\bembass(?:y|ies)\b|\bexpel\w*|\bexpulsions?\b|\bsummon\w*|\bsever\w* (?:diplomatic )?(?:ties|relations)\b|\bnormali[sz]\w*|\b(?:bilateral|diplomatic) relations\b|\brelations (?:between|with)\b|\bpersona non grata\b|\bchargé d'affaires\b|\bcharge d'affaires\b`,
  ),
  R(
    "sanctions",
    0.9,
    String.raw`\bsanction\w*|\bembargo\w*|\basset freezes?\b|\bexport bans?\b|\bblacklist\w*|\bsnapback\b|\bsnap-back\b|\bpunitive measures\b`,
  ),
  R(
    "un-security-council",
    0.9,
    String.raw`\bSecurity Council\b|\bUNSC\b|\bU\.?N\.? resolutions?\b|\bresolutions? \d{3,4}\b|\bpanel of experts\b|\bsanctions committee\b`,
  ),
  R("economy", 0.5, String.raw`\beconom(?:y|ic|ies)\b|\bGDP\b|\bbusiness(?:es)?\b`),
  R(
    "trade",
    0.9,
    String.raw`\btrade (?:agreements?|deals?|talks|pacts?|ties|relations|partners?|routes?|arter(?:y|ies)|flows?|volumes?|links?|surplus|deficit)\b|\b(?:free|preferential) trade\b|\bexporters?\b|\bimporters?\b|\bmarket access\b`,
  ),
  R("trade", 0.8, String.raw`\btrade\b|\bexports?\b|\bimports?\b|\bcommerce\b|\bmarket access\b|\bfree-trade\b|\bgoods\b`),
  R(
    "trade-disputes",
    0.9,
    String.raw`\btariffs?\b|\bexport controls?\b|\banti-dumping\b|\btrade wars?\b|\bduties\b|\btrade barriers?\b|\blevies\b|\bcustoms duties\b`,
  ),
  R(
    "energy",
    0.9,
    String.raw`\bshadow fleet\b|\boil price caps?\b|\bprice caps? on (?:\w+ )?oil\b|\boil and gas\b|\benergy (?:supplies|security|imports|exports|purchases|deals?)\b`,
  ),
  R(
    "energy",
    0.85,
    String.raw`\bprice caps?\b|\boil\b|\bgas\b|\bpipelines?\b|\benergy\b|\bLNG\b|\belectricity\b|\bnuclear power\b|\bpower plants?\b|\bcrude\b|(?<!-)\bfuel\b`,
  ),
  R(
    "investment-and-infrastructure",
    0.85,
    String.raw`\binvest\w*|(?<!critical )\binfrastructure\b|\bmines?\b(?! (?:blast|explosion))|\bmining\b|\brailways?\b|\brail\b|\bports?\b|\bcorridors?\b|\bloans?\b|\broads?\b|\btransit routes?\b|\btransport routes?\b|\bconnectivity\b|\bBelt and Road\b|\bhighways?\b|\bbridges?\b|\bconstruction\b|\bfinancing\b`,
  ),
  R(
    "science-and-technology",
    0.85,
    String.raw`\bsemiconductors?\b|\bchips?\b|\bartificial intelligence\b|\bAI\b|\btechnology cooperation\b|\bresearch (?:and development|cooperation|institutes?|centres?|centers?|labs?)\b|\bquantum\b|\bcritical minerals\b|\bscientific\b`,
  ),
  R("humanitarian-affairs", 0.6, String.raw`\bhumanitarian\b`),
  // Prisoners of war and the wounded are humanitarian questions (Geneva conventions), whatever the talks.
  R(
    "humanitarian-affairs",
    0.75,
    String.raw`\bprisoners of war\b|\bPOWs\b|\bwounded prisoners\b|\bprisoners? (?:swaps?|exchanges?)\b|\bexchange of prisoners\b|\bbodies of (?:fallen|dead|killed) soldiers\b`,
  ),
  R(
    "humanitarian-aid",
    0.9,
    String.raw`\bhumanitarian (?:aid|assistance|relief|access|supplies|convoys?|corridors?)\b|\baid (?:convoys?|deliveries|trucks|workers|agencies|groups|shipments?|drops?)\b|\bfood aid\b|\bfamine\b|\bstarvation\b|\bmedical supplies\b|\bair-?drops?\b|\bfood parcels\b|\bhunger\b|\bmalnutrition\b|\bmalnourished\b`,
  ),
  // Generic help vocabulary ("tariff relief", "budget assistance", "funding"): only in an aid story.
  R("humanitarian-aid", 0.75, String.raw`\baid\b|\brelief\b|\bdonors?\b|\bfunding\b|\bassistance\b|\bfood\b|\bconvoys?\b`),
  // Generic words that mean aid only in an aid story (below the profile gate).
  R(
    "humanitarian-aid",
    0.6,
    String.raw`\btrucks?\b|\bcrossings?\b|\bsupplies\b|\bopen (?:the |all )?(?:roads|routes|borders?)\b`,
  ),
  R(
    "refugees-and-migration",
    0.9,
    String.raw`\brefugees?\b|\bdisplaced\b|\bdisplacement\b|\bmigra\w+|\basylum\b|\brepatriat\w+|\breturnees?\b|\breturns? home\b|\breturn of (?:the )?(?:\w+ )?(?:refugees|displaced|people|civilians|migrants)\b|\b(?:voluntary|safe|dignified) returns?\b|\bgo home\b|\bcamps?\b|\bpeople out of\b|\bborder crossings?\b|\bfled\b`,
  ),
  R(
    "human-rights",
    0.85,
    String.raw`\bhuman rights\b|\babuses\b|\brepression\b|\bpolitical prisoners?\b|\babduct\w*|\bgenocide\b|\bethnic cleansing\b|\bpersecut\w*|\btorture\b|\bcitizenship\b|\batrocities\b|\bwar crimes?\b|\brights\b|\bdeport\w*|\bpersecution\b`,
  ),
  R("human-rights", 0.9, String.raw`\bforced (?:displacement|transfers?|expulsions?|deportations?|labou?r)\b`),
  R(
    "climate-and-environment",
    0.85,
    String.raw`\bclimate\b|\bemissions\b|\benvironment\w*|\bpollution\b|\bwater sharing\b|\bcarbon\b|\boil spills?\b`,
  ),
];

const ANAPHOR =
  /\b(?:the|this|that|today's) (?:agreement|deal|accord|treaty|pact|talks|launch|test|plan|proposal|project|incident|decision|move|ruling|order)\b/i;

function ancestors(slug: string): string[] {
  const out: string[] = [];
  let p = TOPIC_PARENTS[slug] ?? null;
  while (p) {
    out.push(p);
    p = TOPIC_PARENTS[p] ?? null;
  }
  return out;
}

/**
 * Topics of a statement: every slug whose lexicon matches the text, keeping only the most specific ones
 * (an ancestor is dropped when a descendant matched). Each carries the matched phrase as evidence.
 */
export function assignTopics(text: string, minConfidence = 0.5, profile?: TopicProfile): ExtractedTopic[] {
  const found = matchTopics(text, minConfidence, profile);
  // Statements in an article are mostly about the article's main subject, even when they only allude to it
  // ("the launch", "the deal"): a statement naming no topic of its own inherits it. (Adding it next to the
  // statement's own topics, or taking topics from the surrounding sentence or paragraph instead, adds more noise.)
  if (profile?.main && found.size === 0)
    found.set(profile.main, { slug: profile.main, evidence: profile.mainEvidence, confidence: 0.5 });
  // A definite reference to the story's event ("the agreement", "the launch", "this deal") points at the article's
  // main subject even when the statement also names other topics.
  else if (profile?.main && !found.has(profile.main)) {
    const anaphor = ANAPHOR.exec(text);
    if (anaphor) found.set(profile.main, { slug: profile.main, evidence: anaphor[0], confidence: 0.45 });
  }
  const drop = new Set<string>();
  for (const slug of found.keys()) for (const a of ancestors(slug)) drop.add(a);
  return [...found.values()].filter((t) => !drop.has(t.slug));
}

/**
 * The first match of a rule that is not part of a proper name: a capitalised single word inside a sentence next to
 * another capitalised word ("Port Vila", "Commerce Department") names a place or body, not the topic.
 */
function firstCommonMatch(rule: TopicRule, text: string): RegExpExecArray | null {
  const m = rule.pattern.exec(text);
  if (!m || !isInProperName(text, m.index, m[0])) return m;
  for (const g of text.matchAll(globalPattern(rule))) {
    if (!isInProperName(text, g.index!, g[0])) return g as RegExpExecArray;
  }
  return null;
}

function isInProperName(text: string, at: number, word: string): boolean {
  // Upper-case runs (datelines: "PORT VILA/THE HAGUE").
  if (/^\p{Lu}{2,}$/u.test(word)) return /^\s+\p{Lu}{2,}\b/u.test(text.slice(at + word.length, at + word.length + 20));
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const before = text.slice(Math.max(0, at - 30), at);
  if (/(?:^|[.!?…"“]\s*)$/.test(before)) return false;
  const after = text.slice(at + word.length, at + word.length + 30);
  return /^\s+\p{Lu}\p{Ll}/u.test(after) || /\p{Lu}\p{Ll}*\s+$/u.test(before);
}

/** Lexicon matches in `text`; with a profile, generic (low-confidence) matches only count when the article is about them. */
function matchTopics(text: string, minConfidence: number, profile?: TopicProfile): Map<string, ExtractedTopic> {
  const found = new Map<string, ExtractedTopic>();
  for (const rule of TOPIC_RULES) {
    if (rule.confidence < minConfidence) continue;
    // A generic match the profile gate below would drop can neither survive nor lift a kept match: skip the regex.
    if (profile && rule.confidence < 0.9 && (profile.weights.get(rule.slug) ?? 0) < profileGate(rule.confidence)) continue;
    const m = firstCommonMatch(rule, text);
    if (!m) continue;
    const existing = found.get(rule.slug);
    if (!existing || existing.confidence < rule.confidence)
      found.set(rule.slug, { slug: rule.slug, evidence: m[0], confidence: rule.confidence });
  }
  if (profile) {
    for (const [slug, t] of found) {
      const weight = profile.weights.get(slug) ?? 0;
      if (t.confidence < 0.9 && weight < profileGate(t.confidence)) found.delete(slug);
    }
  }
  return found;
}

/** The weight a slug needs in the article's profile for a generic match (confidence under 0.9) to count. */
function profileGate(confidence: number): number {
  return confidence >= 0.85 ? 0.15 : 0.25;
}

export interface TopicProfile {
  /** Relative weight (0..1, 1 = the article's main topic) of each slug in the article. */
  weights: Map<string, number>;
  main: string | null;
  mainEvidence: string;
}

const GLOBAL_PATTERNS = new Map<TopicRule, RegExp>();
function globalPattern(rule: TopicRule): RegExp {
  let re = GLOBAL_PATTERNS.get(rule);
  if (!re) {
    re = new RegExp(rule.pattern.source, "gi");
    GLOBAL_PATTERNS.set(rule, re);
  }
  re.lastIndex = 0;
  return re;
}

/** For each rule, the words one of which must start a word of a text for it to match (null: always scan). */
const WORD_STARTS = new Map<TopicRule, string[] | null>(TOPIC_RULES.map((r) => [r, requiredWordStarts(r.pattern)]));

/** What the article as a whole is about: topic matches in the title (counted three times) and the body. */
export function articleTopicProfile(title: string, body: string): TopicProfile {
  const counts = new Map<string, number>();
  const evidence = new Map<string, string>();
  const words = textWords(`${title}\n${body}`);
  for (const rule of TOPIC_RULES) {
    if (rule.confidence < 0.6) continue;
    const starts = WORD_STARTS.get(rule);
    if (starts && !startsSomeWord(words, starts)) continue; // cannot match: no scan
    const global = globalPattern(rule);
    let n = 0;
    let first = "";
    for (const [text, weight] of [
      [title, 3],
      [body, 1],
    ] as const) {
      // exec on the shared global pattern (matchAll would clone the regex on every call).
      global.lastIndex = 0;
      for (let m = global.exec(text); m; m = global.exec(text)) {
        if (m[0] === "") global.lastIndex++;
        n += weight;
        first ||= m[0];
      }
    }
    if (n > 0) {
      // Generic vocabularies (low confidence) say less about what the article is about than specific phrases.
      counts.set(rule.slug, (counts.get(rule.slug) ?? 0) + n * rule.confidence);
      if (!evidence.has(rule.slug)) evidence.set(rule.slug, first);
    }
  }
  const max = Math.max(0, ...counts.values());
  const weights = new Map<string, number>();
  let main: string | null = null;
  for (const [slug, n] of counts) {
    weights.set(slug, max > 0 ? n / max : 0);
    if (n === max && !main) main = slug;
  }
  return { weights, main, mainEvidence: main ? (evidence.get(main) ?? "") : "" };
}
