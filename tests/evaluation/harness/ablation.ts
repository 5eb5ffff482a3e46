// Ablation: each rule family switched off in turn, with the figures it changes on every set (totals only).
import { listRuleFamilies, setDisabledFamilies } from "../../../src/extraction/rules/registry.js";
import type { ExtractionContext } from "../../../src/extraction/types.js";
import { figure, measureSet, type LoadedSet } from "./runner.js";

/** The figures a rule family can move. */
const ABLATION_KINDS = ["type", "sentiment", "targets", "statements"] as const;

function cell(value: number, base: number): string {
  const d = value - base;
  const delta = Math.abs(d) < 0.0005 ? "" : `${d > 0 ? "+" : ""}${d.toFixed(3)}`;
  return `${value.toFixed(3)}${delta ? ` ${delta}` : ""}`.padEnd(14);
}

/** A table: one row per family (plus the baseline), per set the figures of ABLATION_KINDS with their change. */
export function ablationTable(sets: LoadedSet[], context: ExtractionContext): string {
  setDisabledFamilies([]);
  const baseline = sets.map((s) => measureSet(s, context));
  const families = listRuleFamilies();
  const width = Math.max(24, ...families.map((f) => f.length));
  const header = [
    `${"family switched off".padEnd(width)}  ${sets.map((s) => s.name.padEnd(14 * ABLATION_KINDS.length)).join("  ")}`,
    `${"".padEnd(width)}  ${sets.map(() => ABLATION_KINDS.map((k) => k.padEnd(14)).join("")).join("  ")}`,
  ];
  const row = (label: string, metrics: ReturnType<typeof measureSet>[]) =>
    `${label.padEnd(width)}  ${metrics
      .map((m, i) => ABLATION_KINDS.map((k) => cell(figure(m, k), figure(baseline[i]!, k))).join(""))
      .join("  ")}`;
  const lines = [...header, row("(none: baseline)", baseline)];
  try {
    for (const family of families) {
      setDisabledFamilies([family]);
      lines.push(
        row(
          family,
          sets.map((s) => measureSet(s, context)),
        ),
      );
    }
  } finally {
    setDisabledFamilies([]);
  }
  return lines.join("\n");
}
