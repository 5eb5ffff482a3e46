// Rule people.counterpart-role: "his Angolan counterpart Joao Lourenco" holds the office of the person whose counterpart
// he is ("Brazilian President Lula … met his Angolan counterpart"): "counterpart" in a role is replaced by the role of
// the nearest person named before him who has an office, so that later descriptions ("the Angolan president said")
// find him, and his stored role says what he is.
import type { PeopleResult, PersonEntity } from "../people.js";
import { noteFired, registerRules, ruleEnabled } from "../rules/registry.js";

const COUNTERPART_ROLE_RULE = "people.counterpart-role";
registerRules([COUNTERPART_ROLE_RULE]);

const COUNTERPART = /\bcounterpart\b/i;
/** How far back (characters) the person whose counterpart he is may be named. */
const REACH = 600;

export function counterpartRoles(result: PeopleResult): void {
  if (!ruleEnabled(COUNTERPART_ROLE_RULE)) return;
  const byKey = new Map(result.people.map((p) => [p.key, p]));
  for (const p of result.people) {
    // Only a role that is the word itself, with at most a title beside it ("counterpart", "counterpart Prince"): a
    // longer one is a phrase the role walk swept up, not an office.
    if (!p.role || !COUNTERPART.test(p.role) || p.role.split(/\s+/).length > 2) continue;
    const office = officeBefore(result, byKey, p);
    if (!office) continue;
    p.role = p.role.replace(COUNTERPART, office).trim();
    noteFired(COUNTERPART_ROLE_RULE);
  }
}

/** The role of the nearest person named before `p`'s first mention (within REACH) whose role is an office of his own. */
function officeBefore(result: PeopleResult, byKey: Map<string, PersonEntity>, p: PersonEntity): string | null {
  for (let i = result.mentions.length - 1; i >= 0; i--) {
    const m = result.mentions[i]!;
    if (m.start >= p.firstOffset) continue;
    if (p.firstOffset - m.start > REACH) return null;
    const other = byKey.get(m.key);
    if (other && other !== p && other.role && !COUNTERPART.test(other.role)) return other.role;
  }
  return null;
}
