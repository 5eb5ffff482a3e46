// Keyset cursors: the sort value of an item plus its id as tie-breaker, never an offset,
// so pages stay stable while rows are added. Opaque to clients (base64url of versioned JSON).
import { InvalidQueryArgumentError } from "../query-errors.js";

export type SortValueKind = "number" | "date" | "string";
export type SortValue = number | string | Date;

export interface CursorPosition {
  value: SortValue;
  id: number;
}

const VERSION = 1;

export function encodeCursor(value: SortValue, id: number): string {
  const plain = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify([VERSION, plain, id])).toString("base64url");
}

export function decodeCursor(cursor: string, kind: SortValueKind, argumentName: string): CursorPosition {
  const invalid = () =>
    new InvalidQueryArgumentError(
      `Argument "${argumentName}" is not a cursor of this list (cursors are only valid for the same field and ordering).`,
      argumentName,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== VERSION || !Number.isSafeInteger(parsed[2])) throw invalid();
  const [, raw, id] = parsed as [number, unknown, number];
  if (kind === "number" && typeof raw === "number") return { value: raw, id };
  if (kind === "string" && typeof raw === "string") return { value: raw, id };
  if (kind === "date" && typeof raw === "string" && !Number.isNaN(Date.parse(raw))) return { value: new Date(raw), id };
  throw invalid();
}
