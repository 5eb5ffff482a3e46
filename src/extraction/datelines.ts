// Datelines: where a story was filed, written before its first sentence ("SEOUL, June 3 (Reuters) -"). The place is
// not a speaker, a target or the subject of the sentence (labelling guide). One recogniser serves the statement
// finder (the sentence's content starts after it), the targets (states named in it are none) and the article's
// state (person-states.ts). Outlets write it in several ways, all recognised here:
//   SEOUL, June 3 (Reuters) -            BRUSSELS, Belgium —              GYEONGJU, South Korea, Oct. 30 -
//   WASHINGTON, January 15. /TASS/.      DUSHANBE, January 13, 2014, Asia-Plus –      Baku, Azerbaijan, Aug. 17 Trend:
//   ALGIERS-                             NAIROBI (Reuters) -              ISLAMABAD, Apr 19 (APP):
import { noteFired, registerRules, ruleEnabled } from "./rules/registry.js";

/**
 * Rule sentences.dateline-forms: the dateline forms beyond "CITY[, Mon. D] [(Agency)] -": a country after the city,
 * a year after the date, the agency between slashes or before a colon, a title-case city (only with a country or a
 * date after it, so that a sentence opening "China, Russia …" is not taken for one).
 */
const FORMS_RULE = "sentences.dateline-forms";
registerRules([FORMS_RULE]);

const CITY = String.raw`(?<upper>[A-Z][A-Z .'’-]*[A-Z])|(?<title>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})`;
const COUNTRY = String.raw`,\s*(?<country>[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3})(?=\s*[,(/—–-])`;
const DATE = String.raw`,\s*(?<date>[A-Z][a-z]+\.?\s*\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,\s*\d{4})?\.?`;
const AGENCY = String.raw`\s*(?:\([^)]{1,40}\)|/[^/\n]{1,30}/|,?\s*(?<named>[A-Z][\w.-]{1,20}(?:-[A-Z][\w.]+)?)(?=\s*[:–—-]))`;
// A dash or a full stop before a space; a colon also straight before the first word ("ISLAMABAD, Apr 19 (APP):Indian").
const END = String.raw`\s*(?:(?:[-—–]+|[.:])(?=\s)|:(?=[A-Z]))\s*`;

const FULL = new RegExp(`^\\s*(?:${CITY})(?:${COUNTRY})?(?:${DATE})?(?:${AGENCY})?${END}`);
/** The form recognised before the rule (upper-case city, optional date and agency in brackets, a dash). */
const BASIC = /^\s*[A-Z][A-Z .'’-]*[A-Z](?:,\s*[A-Za-z]+\.?\s*\d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s*/;

export interface Dateline {
  /** Characters from the start of `head` to the first word of the sentence after the dateline. */
  length: number;
  /** The place as written: the country when given ("South Korea"), else the city ("SEOUL"). */
  place: string;
}

/** The dateline at the start of `head` (the first ~160 characters of a paragraph), or null. */
export function datelineAt(head: string): Dateline | null {
  const basic = BASIC.exec(head);
  const full = ruleEnabled(FORMS_RULE) ? FULL.exec(head) : null;
  const groups = full?.groups ?? {};
  // A title-case place is a dateline only with a country or a date after it.
  const valid = full && (groups.upper || groups.country || groups.date) && !(groups.named && !groups.date && !groups.country);
  if (valid && full[0].length > (basic?.[0].length ?? 0)) {
    noteFired(FORMS_RULE);
    return { length: full[0].length, place: groups.country ?? groups.upper ?? groups.title! };
  }
  if (!basic) return null;
  const city = /^\s*([A-Z][A-Z .'’-]*[A-Z])/.exec(basic[0])![1]!;
  return { length: basic[0].length, place: city };
}
