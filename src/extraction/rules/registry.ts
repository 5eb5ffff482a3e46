// Every type, stance and lexicon rule has an id ("type.warn.will-respond", "lexicon.diplomatic.concern"); its family
// is the id's first two segments ("type.warn"). Rule tables register their ids here so that the evaluation can list
// the families and switch one off at a time (`eval:extraction -- --ablate`). With nothing switched off (always, in
// production) the check costs one empty-set test.

const known = new Set<string>();
const disabled = new Set<string>();

/** Records the ids of a rule table; throws on a duplicate id, so that ids stay unique across tables. */
export function registerRules(ids: Iterable<string>): void {
  for (const id of ids) {
    if (known.has(id)) throw new Error(`duplicate rule id ${id}`);
    known.add(id);
  }
}

/** The family of a rule id: its first two dot-separated segments. */
export function ruleFamily(id: string): string {
  return id.split(".").slice(0, 2).join(".");
}

/** Every registered family, sorted. */
export function listRuleFamilies(): string[] {
  return [...new Set([...known].map(ruleFamily))].sort();
}

/** Switches the given families off (an empty list switches everything back on). For evaluation only. */
export function setDisabledFamilies(families: Iterable<string>): void {
  disabled.clear();
  for (const f of families) disabled.add(f);
}

export function ruleEnabled(id: string): boolean {
  return disabled.size === 0 || !disabled.has(ruleFamily(id));
}

let firing: Set<string> | null = null;

/** Starts (a fresh set) or stops recording which rules fire; for the rule coverage report. */
export function recordFirings(on: boolean): void {
  firing = on ? new Set() : null;
}

/** The rules that fired since recording started, and a fresh set. */
export function takeFirings(): Set<string> {
  const fired = firing ?? new Set<string>();
  if (firing) firing = new Set();
  return fired;
}

/** Called by rule tables when a rule decides something (a no-op unless recording). */
export function noteFired(id: string): void {
  firing?.add(id);
}
