import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { openTestDatabase, testTargets } from "../helpers/test-database.js";
import { seedReferenceData } from "../../src/db/seed/seed-reference-data.js";

describe.each(testTargets)("migrations on %s", (target) => {
  it("apply once, and a second apply is a no-op; readiness reflects it", async () => {
    const db = await openTestDatabase(target); // applies every migration
    try {
      expect(await db.readiness()).toEqual({ ready: true });
      expect(await db.migrate()).toEqual([]);
      const tables = await db.prisma.$queryRaw<{ name: string }[]>`
        SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`;
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(["Article", "Person", "State", "Statement", "Topic", "_prisma_migrations"]),
      );
    } finally {
      await db.close();
    }
  });

  it("seeding reference data twice changes nothing", async () => {
    const db = await openTestDatabase(target);
    try {
      const first = await seedReferenceData(db.prisma);
      const counts = async () => [
        await db.prisma.state.count(),
        await db.prisma.stateAlias.count(),
        await db.prisma.topic.count(),
      ];
      const before = await counts();
      await seedReferenceData(db.prisma);
      expect(await counts()).toEqual(before);
      expect(first.states).toBeGreaterThanOrEqual(249);
      const korea = await db.prisma.state.findUnique({ where: { code: "KP" }, include: { aliases: true } });
      expect(korea?.aliases.map((a) => a.value)).toEqual(expect.arrayContaining(["DPRK", "Pyongyang", "North Korean"]));
    } finally {
      await db.close();
    }
  });
});

describe("embedded database on disk", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "entente-pglite-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps data written before a restart", async () => {
    const first = await openDatabase({ kind: "pglite", dataDir: dir });
    expect(await first.migrate()).not.toEqual([]);
    await first.prisma.topic.create({
      data: { slug: "restart-check", name: "Restart check", description: "Written before the restart." },
    });
    await first.close();

    const second = await openDatabase({ kind: "pglite", dataDir: dir });
    try {
      expect(await second.migrate()).toEqual([]);
      expect(await second.prisma.topic.findUnique({ where: { slug: "restart-check" } })).toMatchObject({ name: "Restart check" });
    } finally {
      await second.close();
    }
  });
});
