// Typed conversions between JavaScript values and what a driver adapter sends and returns, the same ones Prisma's
// `$queryRaw` applies (Prisma 7: its raw-result serializer followed by its client-side deserializer), so rows read
// straight from the adapter (raw-rows.ts) look exactly as they did through Prisma: timestamps as Date, bigint
// columns as BigInt, numeric as Decimal, json parsed. Each column's converter is chosen once per result set from
// the type the driver reports, not once per value.
import { ColumnTypeEnum, type ArgType, type ColumnType, type SqlResultSet } from "@prisma/driver-adapter-utils";
import { Prisma } from "../generated/prisma/client.js";

type Convert = (value: unknown) => unknown;

const int32: Convert = (value) => Math.trunc(Number(value));
const int64: Convert = (value) => BigInt(typeof value === "number" ? Math.trunc(value) : (value as string));
const decimal: Convert = (value) => new Prisma.Decimal(value as string);
/** The number written in `text` from `start` to `end` (digits only, checked by the caller). */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

const isDigit = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};

// Where `YYYY-MM-DDTHH:MM:SS` has its separators; every other position up to 19 is a digit.
const SEPARATORS: Record<number, string> = { 4: "-", 7: "-", 10: "T", 13: ":", 16: ":" };

/**
 * The instant of a timestamp as the PostgreSQL adapter writes it (`2025-02-03T22:05:25.04+00:00`), read by hand:
 * `new Date(string)` parses each of the thousands of timestamps a nested page holds twice as slowly. Anything
 * else (other offsets, BC dates, infinity, years before 1000) goes to `new Date` unchanged.
 */
function utcTimestamp(text: string): Date {
  const end = text.length - 6;
  if (end < 19 || !text.endsWith("+00:00") || text.charCodeAt(0) === 48) return new Date(text);
  for (let index = 0; index < 19; index++) {
    const separator = SEPARATORS[index];
    if (separator ? text[index] !== separator : !isDigit(text, index)) return new Date(text);
  }
  let milliseconds = 0;
  if (end > 19) {
    if (text[19] !== "." || end === 20) return new Date(text);
    let scale = 100;
    for (let index = 20; index < end; index++, scale /= 10) {
      if (!isDigit(text, index)) return new Date(text);
      milliseconds += (text.charCodeAt(index) - 48) * scale;
    }
    milliseconds = Math.trunc(milliseconds);
  }
  return new Date(
    Date.UTC(
      digitsAt(text, 0, 4),
      digitsAt(text, 5, 7) - 1,
      digitsAt(text, 8, 10),
      digitsAt(text, 11, 13),
      digitsAt(text, 14, 16),
      digitsAt(text, 17, 19),
      milliseconds,
    ),
  );
}

const dateTime: Convert = (value) => (typeof value === "string" ? utcTimestamp(value) : new Date(value as string));
const time: Convert = (value) => new Date(`1970-01-01T${value as string}Z`);
const json: Convert = (value) => (typeof value === "string" ? (JSON.parse(value) as unknown) : value);
const bytes: Convert = (value) => new Uint8Array(value as Uint8Array);
const boolean: Convert = (value) =>
  typeof value === "string" ? value === "true" || value === "1" : value === true || value === 1;

const SCALAR: Partial<Record<ColumnType, Convert>> = {
  [ColumnTypeEnum.Int32]: int32,
  [ColumnTypeEnum.Int64]: int64,
  [ColumnTypeEnum.Numeric]: decimal,
  [ColumnTypeEnum.Boolean]: boolean,
  [ColumnTypeEnum.Date]: dateTime,
  [ColumnTypeEnum.DateTime]: dateTime,
  [ColumnTypeEnum.Time]: time,
  [ColumnTypeEnum.Json]: json,
  [ColumnTypeEnum.Bytes]: bytes,
};

const ARRAY_ELEMENT: Partial<Record<ColumnType, Convert>> = {
  [ColumnTypeEnum.Int32Array]: int32,
  [ColumnTypeEnum.Int64Array]: int64,
  [ColumnTypeEnum.NumericArray]: decimal,
  [ColumnTypeEnum.BooleanArray]: boolean,
  [ColumnTypeEnum.DateArray]: dateTime,
  [ColumnTypeEnum.DateTimeArray]: dateTime,
  [ColumnTypeEnum.TimeArray]: time,
  [ColumnTypeEnum.JsonArray]: json,
  [ColumnTypeEnum.BytesArray]: bytes,
};

function converter(type: ColumnType): Convert | null {
  const scalar = SCALAR[type];
  if (scalar) return scalar;
  const element = ARRAY_ELEMENT[type];
  if (element) return (value) => (value as unknown[]).map((item) => (item === null ? null : element(item)));
  return null; // text, floats, enums, uuids: as the driver returns them
}

/** The result set as objects keyed by column name (a repeated name keeps its last value, as with Prisma). */
export function rowsOf<Row>(result: SqlResultSet): Row[] {
  const { columnNames, rows } = result;
  const converters = result.columnTypes.map(converter);
  const width = columnNames.length;
  const objects: Row[] = new Array<Row>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const values = rows[r]!;
    const object: Record<string, unknown> = {};
    for (let c = 0; c < width; c++) {
      const value = values[c];
      const convert = converters[c];
      object[columnNames[c]!] = value === null || value === undefined ? null : convert ? convert(value) : value;
    }
    objects[r] = object as Row;
  }
  return objects;
}

// Parameters go to the adapter as Prisma sends them: typed values (dates, bigints, decimals, bytes) as strings
// tagged with their type, numbers tagged "decimal" (the adapter lets PostgreSQL infer the parameter's type).
function argument(value: unknown): { arg: unknown; type: ArgType["scalarType"] } {
  if (typeof value === "bigint") return { arg: value.toString(), type: "bigint" };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new Prisma.PrismaClientValidationError("Provided Date object is invalid", {
        clientVersion: Prisma.prismaVersion.client,
      });
    return { arg: value.toJSON(), type: "datetime" };
  }
  if (Prisma.Decimal.isDecimal(value)) return { arg: (value as Prisma.Decimal).toJSON(), type: "decimal" };
  if (ArrayBuffer.isView(value)) {
    return { arg: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64"), type: "bytes" };
  }
  if (typeof value === "number") return { arg: value, type: "decimal" };
  if (typeof value === "string") return { arg: value, type: "string" };
  if (typeof value === "object" && value !== null) return { arg: JSON.stringify(value), type: "unknown" };
  return { arg: value ?? null, type: "unknown" };
}

/** The adapter's arguments and argument types for a statement's parameters. */
export function argumentsOf(values: readonly unknown[]): { args: unknown[]; argTypes: ArgType[] } {
  const args: unknown[] = [];
  const argTypes: ArgType[] = [];
  for (const value of values) {
    if (Array.isArray(value)) {
      const items = value.map(argument);
      args.push(items.map((item) => item.arg));
      argTypes.push({ scalarType: items[0]?.type ?? "unknown", arity: "list" });
    } else {
      const { arg, type } = argument(value);
      args.push(arg);
      argTypes.push({ scalarType: type, arity: "scalar" });
    }
  }
  return { args, argTypes };
}
