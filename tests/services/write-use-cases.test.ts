// The write use cases answer a rejected input with domain errors (InputProblems naming the field), not GraphQL
// errors, and write nothing then; accepted inputs change the rows and keep the rollups in step.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { mergePeople } from "../../src/services/people/merge-people.js";
import { updateStatement } from "../../src/services/statements/update-statement.js";
import { insertFixtures } from "../helpers/fixtures.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";

describe.each(testTargets)("write use cases on %s", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await insertFixtures(db.prisma);
  }, 120_000);
  afterAll(() => db?.close());

  const firstStatement = () => db.prisma.statement.findFirstOrThrow({ orderBy: { id: "asc" } });
  const person = (name: string) => db.prisma.person.findFirstOrThrow({ where: { name } });

  it("reports every problem of a statement correction by field, and writes nothing", async () => {
    const before = await firstStatement();
    const outcome = await updateStatement(db.prisma, {
      statement: { id: before.id, given: "S1" },
      speaker: { id: null, given: "not-a-person" },
      targets: ["ZZ"],
      topics: ["no-such-topic"],
      sentiment: 3,
    });
    expect(outcome).toEqual({
      ok: false,
      problems: [
        { field: "speaker", message: 'No person has the ID "not-a-person".', code: "NOT_FOUND" },
        { field: "targets", message: 'No state has the code "ZZ".', code: "BAD_USER_INPUT" },
        { field: "topics", message: 'No topic has the slug "no-such-topic".', code: "BAD_USER_INPUT" },
        { field: "sentiment", message: "sentiment must be between -1 and 1.", code: "BAD_USER_INPUT" },
      ],
    });
    expect(await firstStatement()).toEqual(before);
    const missing = await updateStatement(db.prisma, { statement: { id: null, given: "x" } });
    expect(missing).toEqual({
      ok: false,
      problems: [{ field: "id", message: 'No statement has the ID "x".', code: "NOT_FOUND" }],
    });
  });

  it("applies a correction: targets replaced, sentiment label and type figures derived, marked reviewed", async () => {
    const statement = await firstStatement();
    const outcome = await updateStatement(db.prisma, {
      statement: { id: statement.id, given: "S1" },
      targets: ["cn", "CHN"],
      sentiment: 0.4,
      type: "CONDEMNS",
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value).toMatchObject({ sentimentScore: 0.4, sentimentLabel: "POSITIVE", type: "CONDEMNS", reviewed: true });
    const targets = await db.prisma.statementTarget.findMany({ where: { statementId: statement.id }, include: { state: true } });
    expect(targets.map((row) => row.state.code)).toEqual(["CN"]);
  });

  it("refuses to merge a person into itself or an unknown one, then merges a duplicate", async () => {
    const cho = await person("Cho Tae-yul");
    const self = await mergePeople(db.prisma, { id: cho.id, given: "A" }, { id: cho.id, given: "A" });
    expect(self).toEqual({
      ok: false,
      problems: [{ field: "duplicate", message: "A person cannot be merged into itself.", code: "BAD_USER_INPUT" }],
    });
    const unknown = await mergePeople(db.prisma, { id: cho.id, given: "A" }, { id: null, given: "B" });
    expect(unknown).toEqual({
      ok: false,
      problems: [{ field: "duplicate", message: 'No person has the ID "B".', code: "NOT_FOUND" }],
    });

    const duplicate = await db.prisma.person.create({
      data: { name: "Tae-yul Cho", normalizedName: "tae yul cho", aliases: [], sanctioned: false },
    });
    const statementCount = await db.prisma.statement.count({ where: { speakerId: cho.id } });
    await db.prisma.statement.updateMany({
      where: { id: (await db.prisma.statement.findFirstOrThrow({ where: { speakerId: cho.id } })).id },
      data: { speakerId: duplicate.id },
    });
    const merged = await mergePeople(db.prisma, { id: cho.id, given: "A" }, { id: duplicate.id, given: "B" });
    expect(merged.ok && merged.value.aliases).toContain("Tae-yul Cho");
    expect(await db.prisma.statement.count({ where: { speakerId: cho.id } })).toBe(statementCount);
    expect(await db.prisma.person.findUnique({ where: { id: duplicate.id } })).toBeNull();
  });
});
