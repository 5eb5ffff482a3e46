// Which officials a person's state may be guessed for: national officeholders, not officials of international
// organisations nor people serving abroad (whose state is never the one around them).
import type { PersonEntity } from "../people.js";
import { PERSON_TITLES } from "../lexicon.js";

/** Roles of international organisations' officials and of people serving abroad: no own-state inference for them. */
// "U.N." and "E.U." end in a dot, after which `\b` never holds before a space: they sit outside the `\b…\b` group.
const INTERNATIONAL_ROLE =
  /(?:\b(?:U\.N\.|E\.U\.)(?!\w)|\b(?:UN|United Nations|EU|European|NATO|IAEA|ASEAN|ICJ|ICC|AU|African Union|WHO|WTO|IMF|World Bank|OPEC|OSCE|Red Cross|(?<!National )Security Council|Atomic Energy|Secretary-General|Commission|Commissioner|Forum|International|Alliance|High Representative|foreign policy chief)\b)/i;
const SERVING_ABROAD = /\b(?:ambassador|envoy|consul|attach[eé]|delegate|representative|negotiator|mediator)\b/i;

/** Whether a person's role is a national office that location and reported-subject cues may resolve. */
export function isNationalOffice(p: PersonEntity, text?: string): boolean {
  const role = p.role;
  if (!role) return false;
  if (text !== undefined) {
    // The words of the same clause before the name ("UN relief chief X").
    const before = text.slice(Math.max(0, p.firstOffset - 50), p.firstOffset);
    // Dots inside abbreviations ("U.N. chief X") do not end the clause.
    const unabbreviated = before.replace(/\b([A-Z])\./g, "$1_");
    const clause = before.slice(
      Math.max(0, ...[".", ",", ";", ":", "\n", '"', "“", "”"].map((ch) => unabbreviated.lastIndexOf(ch) + 1)),
    );
    if (INTERNATIONAL_ROLE.test(clause)) return false;
  }
  if (INTERNATIONAL_ROLE.test(role) || (p.organisation !== null && INTERNATIONAL_ROLE.test(p.organisation))) return false;
  if (SERVING_ABROAD.test(role)) return false;
  return /\bMinistry\b/.test(role) || role.split(/\s+/).some((w) => PERSON_TITLES.has(w.toLowerCase().replace(/[,.]$/, "")));
}
