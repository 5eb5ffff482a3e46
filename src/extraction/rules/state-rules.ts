// State-mention rules as data: names that mean another state than their own ISO entry, and words after a state's name
// that make it part of a longer name. Each id's family is "states.<name>", so each can be switched off for ablation.
import { registerRules } from "./registry.js";

/**
 * Rule states.territory-sovereign: a dependent territory without a foreign policy of its own (ISO 3166-1 lists it
 * beside the states) names the state that governs it: "the sovereignty of the Falkland Islands", "a missile aimed at
 * Guam" are about the United Kingdom and the United States. Territories whose own governments speak in the news
 * (Greenland, the Faroes, Hong Kong, Macau, the Cook Islands, Niue) keep their own code.
 */
export const TERRITORY_SOVEREIGN_RULE = "states.territory-sovereign";
export const TERRITORY_SOVEREIGN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    GB: ["FK", "GI", "GS", "IO", "SH", "PN", "TC", "VG", "AI", "MS", "KY", "BM", "JE", "GG", "IM"],
    US: ["GU", "PR", "VI", "MP", "AS", "UM"],
    FR: ["NC", "PF", "GP", "MQ", "RE", "YT", "GF", "PM", "WF", "BL", "MF", "TF"],
    NL: ["AW", "CW", "SX", "BQ"],
    AU: ["CX", "CC", "NF", "HM"],
    NO: ["SJ", "BV"],
    FI: ["AX"],
    NZ: ["TK"],
  }).flatMap(([sovereign, territories]) => territories.map((t): [string, string] => [t, sovereign])),
);

/**
 * Rule states.name-inside-name: a state's name, demonym or capital followed by a capitalised word for an agreement,
 * a war or a forum is part of that thing's name ("the Barbados Agreement", "the Falklands War", "the Minsk Group",
 * "the Paris Agreement"), and so is one after "Gulf of", "Sea of", "Bay of", "Strait of" ("the Gulf of Finland"): the
 * labelling guide counts no state inside another name.
 */
export const NAME_INSIDE_NAME_RULE = "states.name-inside-name";
export const NAME_INSIDE_NAME =
  /^[ \t]+(?:Agreements?|Accords?|Protocols?|Declaration|Conventions?|Treaty|Pact|War|Format|Process|Group|Forum|Initiative|Doctrine|Summit)\b/;
/** The words before a state's name that make it part of a sea's or a gulf's name ("the Gulf of Finland"). */
export const NAME_INSIDE_NAME_BEFORE = /\b(?:Gulf|Sea|Bay|Straits?)\s+of\s+(?:the\s+)?$/;

/**
 * Rule states.combining-form: the Latin combining forms that news puts before a second state's name or demonym
 * ("Sino-U.S. relations", "the Sino-Japanese dispute", "Anglo-Irish talks", "the Franco-German engine",
 * "Indo-Bangladesh border") name a state of their own. Only before a hyphen and a state mention: "Sino-Pacific",
 * "Anglo-Saxon", "Indo-Pacific" and "Franco-Prussian" name no state of today.
 */
export const COMBINING_FORM_RULE = "states.combining-form";
export const COMBINING_FORMS: ReadonlyMap<string, string> = new Map([
  ["Sino", "CN"],
  ["Anglo", "GB"],
  ["Franco", "FR"],
  ["Russo", "RU"],
  ["Indo", "IN"],
]);

registerRules([TERRITORY_SOVEREIGN_RULE, NAME_INSIDE_NAME_RULE, COMBINING_FORM_RULE]);
