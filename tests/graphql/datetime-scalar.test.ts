// The DateTime scalar answers ISO strings; valid Dates take a cached short way, everything else keeps
// graphql-scalars' validation.
import { describe, expect, it } from "vitest";
import { DateTimeScalar } from "../../src/graphql/common/scalars.js";

describe("DateTime scalar serialize", () => {
  it("answers a valid Date as its ISO string, the same string each time", () => {
    const date = new Date(Date.UTC(2013, 8, 7, 12, 30, 15, 250));
    expect(DateTimeScalar.serialize(date)).toBe("2013-09-07T12:30:15.250Z");
    expect(DateTimeScalar.serialize(new Date(date.getTime()))).toBe("2013-09-07T12:30:15.250Z");
  });

  it("refuses an invalid Date", () => {
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(/invalid Date/);
  });

  it("validates strings and answers them in UTC", () => {
    expect(DateTimeScalar.serialize("2020-02-29T23:00:00+02:00")).toBe("2020-02-29T21:00:00.000Z");
    expect(() => DateTimeScalar.serialize("2020-02-30T00:00:00Z")).toThrow(/invalid date-time-string/);
    expect(() => DateTimeScalar.serialize("yesterday")).toThrow(/invalid date-time-string/);
  });

  it("answers Unix milliseconds and refuses other types", () => {
    expect(DateTimeScalar.serialize(0)).toBe("1970-01-01T00:00:00.000Z");
    expect(() => DateTimeScalar.serialize({ at: 1 })).toThrow(/non string/);
  });

  it("stays correct after its cache has been cleared for being full", () => {
    const start = Date.UTC(1990, 0, 1);
    for (let day = 0; day < 25_000; day++) DateTimeScalar.serialize(new Date(start + day * 86_400_000));
    expect(DateTimeScalar.serialize(new Date(start))).toBe("1990-01-01T00:00:00.000Z");
    expect(DateTimeScalar.serialize(new Date(start + 24_999 * 86_400_000))).toBe(
      new Date(start + 24_999 * 86_400_000).toISOString(),
    );
  });
});
