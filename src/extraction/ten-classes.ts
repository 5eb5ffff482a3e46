// The labelling guide's ten statement classes as a spelling of any type name, gold or predicted (unknown names pass
// through), for the evaluation and the classifier's training labels.
import { STATEMENT_TYPES, TEN_CLASSES, tenClass } from "./statement-types.js";
import type { StatementType } from "./types.js";

export type TenClass = (typeof TEN_CLASSES)[number];

/** The ten-class spelling of a statement type (gold or predicted): CONDEMNS → CRITICISES, THREATENS → WARNS,
 * REJECTS → DENIES, AGREES → INTENDS_TO_COOPERATE. Unknown values are returned unchanged. */
export function toTenClass(type: string): string {
  return type in STATEMENT_TYPES ? tenClass(type as StatementType) : type;
}
