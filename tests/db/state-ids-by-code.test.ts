// Filter state codes become ids through a process-wide map: after the first lookup known codes cost no SQL
// statement, a code the map does not know reloads it (a state added later is found), unknown codes stay unknown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { withSqlTrace } from "../../src/db/sql-trace.js";
import { stateIdsByCode } from "../../src/db/queries/states/state-ids-by-code.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";

describe.each(testTargets)("stateIdsByCode on %s", (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it("gives the id of alpha-2 and alpha-3 codes, and undefined for a code no state has", async () => {
    const us = await db.prisma.state.findUniqueOrThrow({ where: { code: "US" } });
    const cn = await db.prisma.state.findUniqueOrThrow({ where: { code: "CN" } });
    expect(await stateIdsByCode(db.prisma, ["US", "CHN", "QQ", "USA"])).toEqual([us.id, cn.id, undefined, us.id]);
  });

  it("answers known codes without SQL, and looks again for a code it does not know", async () => {
    await stateIdsByCode(db.prisma, ["FR"]);
    const known = await withSqlTrace(() => stateIdsByCode(db.prisma, ["FR", "DEU"]));
    expect(known.trace.queries).toBe(0);
    const unknown = await withSqlTrace(() => stateIdsByCode(db.prisma, ["FR", "XQ"]));
    expect(unknown.trace.queries).toBe(1);
    expect(unknown.result).toEqual([expect.any(Number), undefined]);
  });

  it("finds a state added after the codes were first read", async () => {
    expect(await stateIdsByCode(db.prisma, ["XY"])).toEqual([undefined]);
    const added = await db.prisma.state.create({
      data: { code: "XY", alpha3: "XYZ", name: "Testland", officialName: "Republic of Testland", region: "Europe" },
    });
    expect(await stateIdsByCode(db.prisma, ["XYZ", "XY"])).toEqual([added.id, added.id]);
  });
});
