// Word lists shared by the people and statement stages (all lower-case unless noted).

/** Verbs (inflected forms) that introduce speech or a stance; the value is the lemma. */
export const SPEECH_VERBS: Record<string, string> = {};
const VERB_FORMS: Record<string, string[]> = {
  say: ["said", "says", "say", "saying"],
  tell: ["told", "tells", "telling"],
  add: ["added", "adds", "adding"],
  warn: ["warned", "warns", "warning"],
  state: ["stated", "states"],
  note: ["noted", "notes", "noting"],
  stress: ["stressed", "stresses", "stressing"],
  emphasise: ["emphasised", "emphasized", "emphasises", "emphasizes", "emphasising", "emphasizing"],
  underline: ["underlined", "underlines", "underscored", "underscores"],
  urge: ["urged", "urges", "urging"],
  call: ["called", "calls", "calling"],
  demand: ["demanded", "demands", "demanding"],
  condemn: ["condemned", "condemns", "condemning"],
  criticise: ["criticised", "criticized", "criticises", "criticizes", "criticising", "criticizing"],
  denounce: ["denounced", "denounces", "denouncing"],
  slam: ["slammed", "slams", "blasted", "blasts", "lambasted", "lambasts", "decried", "decries"],
  accuse: ["accused", "accuses", "accusing", "blamed", "blames"],
  express: ["expressed", "expresses", "expressing", "voiced", "voices"],
  point: ["pointed"],
  insist: ["insisted", "insists", "insisting"],
  argue: ["argued", "argues", "arguing"],
  claim: ["claimed", "claims"],
  deny: ["denied", "denies", "denying"],
  reject: ["rejected", "rejects", "rejecting", "dismissed", "dismisses", "refuted", "refutes"],
  vow: ["vowed", "vows", "vowing", "pledged", "pledges", "pledging", "promised", "promises", "promising"],
  threaten: ["threatened", "threatens", "threatening"],
  welcome: ["welcomed", "welcomes", "welcoming"],
  praise: ["praised", "praises", "praising", "hailed", "hails", "commended", "commends", "applauded", "lauded"],
  agree: ["agreed", "agrees"],
  announce: ["announced", "announces"],
  declare: ["declared", "declares"],
  reiterate: ["reiterated", "reiterates", "reiterating", "reaffirmed", "reaffirms", "affirmed", "affirms"],
  describe: ["described", "describes", "branded", "brands", "labelled", "labeled"],
  assert: ["asserted", "asserts", "maintained", "maintains", "contended", "contends"],
  acknowledge: ["acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes", "confirmed", "confirms"],
  suggest: ["suggested", "suggests", "proposed", "proposes"],
  appeal: ["appealed", "appeals", "asked", "asks", "requested", "requests"],
  respond: ["responded", "responds", "replied", "replies", "countered", "counters", "retorted"],
  write: ["wrote", "writes", "posted", "tweeted"],
  complain: ["complained", "complains", "protested", "protests", "deplored", "deplores", "lamented", "laments", "regretted", "regrets"],
  caution: ["cautioned", "cautions"],
  explain: ["explained", "explains"],
  predict: ["predicted", "predicts", "forecast"],
  question: ["questioned", "questions"],
  signal: ["signalled", "signaled", "signals"],
  commit: ["committed", "commits"],
  offer: ["offered", "offers"],
  quote: ["quoted"],
  repeat: ["repeated"],
  remark: ["remarked", "remarks", "commented", "comments"],
  announce_plan: ["unveiled"],
  object: ["objected", "objects"],
  hope: ["hoped", "hopes"],
  believe: ["believed", "believes"],
  recall: ["recalled"],
  stated: ["reported"],
};
for (const [lemma, forms] of Object.entries(VERB_FORMS)) for (const form of forms) SPEECH_VERBS[form] = lemma;

/** Verbs that need a particle or object to be speech: "pointed out", "called on/for", "expressed concern". */
export const VERB_PARTICLES: Record<string, RegExp> = {
  point: /^\s+(?:out|to)\b/,
  call: /^\s+(?:on|for|upon|it|the|a|an|this|that|them|him|her)\b/,
  commit: /^\s+to\b/,
  offer: /^\s+(?:to|support|help|assistance)\b/,
  believe: /^\s+(?:that|the|it|[A-Z])/,
  hope: /^\s+(?:that|to|the|for)\b/,
  quote: /^\s+as\b/,
  stated: /^\s+(?:that)\b/,
};

/** Speech verbs that describe an action of the subject more often than words (need a that-clause or quote). */
export const WEAK_SPEECH = new Set(["agree", "announce", "offer", "commit", "express", "hope", "believe", "stated", "question", "signal", "predict", "recall"]);

/** Role words that make a capitalised name a person ("Foreign Minister X", "spokesperson Y"). */
export const ROLE_WORDS = new Set([
  "president", "vice", "prime", "minister", "ministers", "foreign", "defence", "defense", "deputy", "first", "secretary",
  "secretary-general", "general", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "special",
  "representative", "chancellor", "king", "queen", "prince", "crown", "emir", "sheikh", "sultan", "leader", "supreme",
  "chairman", "chairwoman", "chair", "lieutenant", "major", "admiral", "marshal", "colonel", "senator", "sen.", "rep.",
  "congressman", "congresswoman", "lawmaker", "governor", "mayor", "director", "director-general", "commissioner",
  "high", "premier", "state", "councillor", "councilor", "chief", "adviser", "advisor", "national", "security",
  "cabinet", "home", "trade", "finance", "economy", "unification", "interior", "senior", "top", "diplomat", "official",
  "commander", "head", "negotiator", "sister", "gen.", "adm.", "lt.", "col.", "mr.", "ms.", "mrs.", "dr.", "pope",
  "ayatollah", "president-elect", "spokesperson's", "vice-minister", "vice-chairman", "ministry", "department",
  "office", "affairs", "presidential", "press", "military", "army", "navy", "air", "force", "staff", "joint", "of",
  "the", "general's", "party", "central", "committee", "workers", "communist", "politburo", "member", "officer",
  "agency", "team", "delegation", "delegate", "mission", "permanent", "un", "u.n.", "nato", "eu", "defence-minister",
  "industry", "energy", "science", "technology", "justice", "health", "culture", "education", "agriculture",
  "environment", "transport", "economic", "development", "policy", "planning", "strategic", "information",
  "communications", "spokesperson", "chief", "executive", "officer", "attorney", "ministerial", "counsellor",
  "counselor", "consul", "consul-general", "attaché", "legislator", "lawmaker", "mp", "speaker", "assembly",
  "parliamentary", "parliament", "opposition", "ruling", "princess", "monarch", "his", "her", "majesty", "excellency",
]);

/** Nouns naming a minister's portfolio ("Minister for Climate Change", "Minister of Fisheries and Oceans"). */
export const PORTFOLIO_WORDS = new Set([
  "climate", "change", "ocean", "maritime", "foreign", "affairs", "trade", "finance", "defence", "defense", "home", "interior", "justice",
  "health", "education", "energy", "environment", "agriculture", "fisheries", "oceans", "marine", "resources",
  "natural", "mineral", "minerals", "mines", "mining", "labour", "labor", "employment", "tourism", "culture", "sport",
  "sports", "youth", "women", "gender", "equality", "transport", "infrastructure", "housing", "planning", "industry",
  "commerce", "economy", "economic", "development", "international", "cooperation", "co-operation", "security",
  "immigration", "migration", "refugees", "veterans", "digital", "science", "technology", "innovation", "water",
  "land", "lands", "forestry", "forests", "public", "works", "communications", "information", "and", "&", "national",
  "internal", "external", "relations", "disaster", "management", "emergency", "social", "welfare", "affairs",
]);

/** Titles that on their own make the following capitalised words a person's name (lower-case). */
export const PERSON_TITLES = new Set([
  "president", "minister", "secretary", "secretary-general", "spokesperson", "spokesman", "spokeswoman", "ambassador",
  "envoy", "chancellor", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "leader", "chairman",
  "chairwoman", "chair", "general", "admiral", "marshal", "colonel", "senator", "sen.", "rep.", "congressman",
  "congresswoman", "lawmaker", "governor", "mayor", "director", "director-general", "commissioner", "premier",
  "councillor", "councilor", "adviser", "advisor", "diplomat", "official", "commander", "negotiator", "sister",
  "gen.", "adm.", "lt.", "col.", "mr.", "ms.", "mrs.", "dr.", "pope", "ayatollah", "president-elect", "representative",
  "chief", "officer", "member", "delegate", "consul", "legislator", "speaker", "mp", "vice-minister", "monarch",
  "brother", "wife", "daughter", "son", "husband", "aide", "head", "counterpart", "foreign-minister",
]);

/** Words that mark a capitalised sequence as an organisation, place or thing, never a person. */
export const ORG_WORDS = new Set([
  "ministry", "department", "council", "agency", "news", "union", "nations", "office", "committee", "party", "army",
  "navy", "force", "forces", "command", "institute", "university", "times", "post", "reuters", "xinhua", "kcna",
  "yonhap", "association", "bank", "group", "corporation", "company", "inc", "fund", "house", "kremlin", "pentagon",
  "assembly", "parliament", "congress", "senate", "organization", "organisation", "treaty", "peninsula", "sea",
  "strait", "ocean", "island", "islands", "river", "agreement", "summit", "forum", "center", "centre", "service",
  "guard", "court", "commission", "administration", "government", "cabinet", "embassy", "mission", "daily",
  "herald", "journal", "press", "tv", "radio", "broadcasting", "network", "program", "programme", "initiative",
  "alliance", "pact", "accord", "conference", "dialogue", "talks", "declaration", "resolution", "act", "law", "bill",
  "war", "zone", "line", "border", "province", "region", "city", "street", "square", "hall", "palace", "airport",
  "port", "base", "station", "system", "project", "plan", "strategy", "policy", "doctrine", "media", "foundation",
  "secretariat", "bureau", "authority", "authorities", "federation", "republic", "kingdom", "state", "states",
  "u.n.", "g7", "g20",
  "security", "affairs", "relations", "cooperation", "partnership", "day", "week", "year", "games", "olympics",
  "cup", "channel", "tower", "building", "gulf", "bay", "canal", "mountains", "desert", "valley", "lake",
  "directorate", "staff", "chiefs", "corps", "brigade", "division", "fleet", "regime", "coalition", "front",
  "movement", "council's", "ministry's", "korea", "korean", "peninsula's", "hospital", "school", "college",
  "academy", "museum", "club", "church", "mosque", "temple", "market", "exchange", "index", "industries",
  "electronics", "motors", "airlines", "energy", "oil", "gas", "steel", "chemical", "technologies", "systems",
]);

export const MONTHS_DAYS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday",
  "thursday", "friday", "saturday", "sunday",
]);

/** Capitalised words that start sentences or headlines but never start a person's name. */
export const NON_NAME_CAPS = new Set([
  "the", "a", "an", "in", "on", "at", "for", "from", "to", "with", "and", "but", "or", "as", "by", "of", "if", "it",
  "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "this", "that", "these", "those",
  "there", "here", "when", "while", "after", "before", "since", "meanwhile", "however", "also", "yet", "under",
  "both", "some", "many", "most", "all", "no", "not", "one", "two", "three", "last", "next", "earlier", "later",
  "today", "tomorrow", "yesterday", "what", "who", "why", "how", "where", "which", "such", "other", "such", "so",
  "then", "now", "still", "instead", "only", "even", "because", "although", "though", "despite", "amid", "during",
  "following", "according", "asked", "speaking", "separately", "analysts", "officials", "experts", "critics",
  "observers", "diplomats", "western", "eastern", "northern", "southern", "asian", "european", "african", "arab",
  "democratic", "republican", "communist", "socialist", "conservative", "liberal", "labour", "labor", "green",
  "first", "second", "third", "new", "old", "great", "greater", "united", "islamic", "catholic", "christian",
  "muslim", "jewish", "buddhist", "nuclear", "military", "foreign", "defence", "defense", "security", "sanctions",
  "our", "my", "we", "us", "let", "do", "does", "did", "is", "are", "was", "were", "will", "would", "can", "could",
  "should", "must", "may", "might", "every", "each", "any", "no", "none", "neither", "nor", "either", "whether",
  "than", "very", "more", "less", "much", "thus", "therefore", "indeed", "still", "again", "already", "further",
  "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise", "besides", "like", "unlike", "per", "via",
  "regarding", "concerning", "toward", "towards", "through", "against", "between", "among", "within", "without",
  "across", "over", "above", "below", "into", "onto", "upon", "about", "around", "north", "south", "east", "west",
  "ceasefire", "war", "peace", "talks", "china's", "beijing's", "spokesperson", "spokesman", "spokeswoman",
]);

export const PRONOUNS_PERSON = new Set(["he", "she"]);
export const PRONOUNS_POSSESSIVE = new Set(["his", "her"]);

/** Organisation acronyms, matched on exact (upper-case) text so that "Un" in "Kim Jong Un" is not "UN". */
export const ORG_ACRONYMS = new Set([
  "UN", "EU", "NATO", "DPRK", "ASEAN", "IMF", "WHO", "IAEA", "OPEC", "BRICS", "AUKUS", "ICJ", "ICC", "UNHCR", "WFP",
  "RSF", "M23", "KCNA", "AU", "OSCE", "UNSC", "ECOWAS", "SCO", "WTO", "OCHA", "UNICEF", "IDF", "PLA", "CIA", "FBI",
]);
