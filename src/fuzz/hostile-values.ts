// Values a careless or hostile client puts where the API expects a code, an id, a cursor, a number or a phrase.
// Each is a GraphQL literal (to write into a document) and, where it has one, a JSON value (to send as a variable).
import type { Random } from "./random.js";

/** Strings: empty, NUL bytes, control and astral characters, injection attempts, over-long text. */
export function hostileString(random: Random): string {
  return random.pick<() => string>([
    () => "",
    () => " ",
    () => `a\u0000b`,
    () => "\u0000",
    () => `JP\u0000`,
    () => '\'; DROP TABLE "Statement"; --',
    () => "%_%\\",
    () => "\u202e\u200b\ufeff",
    () => "🇯🇵".repeat(random.int(1, 50)),
    () => "\ud800",
    () => "a".repeat(random.int(201, 5_000)),
    () => "peace ".repeat(random.int(25, 3_000)),
    () => "x".repeat(random.int(1_000_001, 1_100_000)),
    () => random.string(random.int(1, 40), "ABCDEFGHIJKLMNOPQRSTUVWXYZ:=+/!-_ \t\n"),
    () => "__proto__",
    () => "constructor",
    () => "1e309",
    () => "../../etc/passwd",
  ])();
}

/** Numbers around the edges of Int and of the 1–100 page size. */
export function hostileInt(random: Random): number {
  return random.pick([-2_147_483_649, -2_147_483_648, -1, 0, 1, 99, 100, 101, 1_000, 2_147_483_647, 2_147_483_648, 2 ** 53]);
}

/** Opaque ids and cursors that are not what the server handed out. */
export function hostileOpaque(random: Random): string {
  const base64 = (text: string) => Buffer.from(text).toString("base64");
  const base64url = (text: string) => Buffer.from(text).toString("base64url");
  return random.pick<() => string>([
    () => random.string(random.int(0, 64), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
    () => base64(`State:${random.int(-5, 10_000_000)}`),
    () => base64url(`Statement:${random.pick(["-1", "0", "1.5", "abc", "99999999999999999999", "1e3"])}`),
    () => base64url(`Person:${random.int(1, 5)}:extra`),
    () => base64url(`Nope:${random.int(1, 5)}`),
    () => base64url(JSON.stringify({ id: random.int(-5, 1e9), key: random.pick([null, "x", 1e308, [], {}]) })),
    () => base64url(JSON.stringify([random.pick(["2025-01-01", "not a date", null]), random.int(0, 1e9)])),
    () => base64url("\u0000".repeat(random.int(1, 8))),
    () => "!!!",
    () => "",
    () => "=".repeat(random.int(1, 10)),
    () => hostileString(random),
  ])();
}

/** A GraphQL literal of a random kind: the wrong type for most arguments. */
export function randomLiteral(random: Random): string {
  return random.pick<() => string>([
    () => String(hostileInt(random)),
    () => JSON.stringify(hostileString(random).slice(0, 300)),
    () => JSON.stringify(hostileOpaque(random)),
    () => random.pick(["true", "false", "null"]),
    () => random.pick(["ASC", "DESC", "DAY", "CENTURY", "NEGATIVE", "MEH", "RELEVANCE", "__typename"]),
    () => String(random.next() * 1e6 - 5e5),
    () =>
      `[${Array.from({ length: random.int(0, 5) }, () => JSON.stringify(random.string(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))).join(", ")}]`,
    () => `{ ${random.pick(["first", "search", "from", "code", "field"])}: ${JSON.stringify(random.string(3))} }`,
    () => "$undefinedVariable",
  ])();
}
