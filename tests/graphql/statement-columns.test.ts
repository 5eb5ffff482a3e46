// Statement lists and the point lookup `statement(id:)` read only the columns their query shows
// (src/graphql/statements/statement-columns.ts, shown-parts.ts): each field of Statement, asked for alone, answers as
// it does from whole rows (`node(id:)` reads those), at the root, nested and by id, and a query showing only the
// text does not read the other columns.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { LISTED_STATEMENT_FIELDS } from "../../src/graphql/statements/statement-columns.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { insertFixtures } from "../helpers/fixtures.js";
import { querySuccess, runQuery } from "../helpers/graphql-client.js";
import { fieldSelections, STATEMENT_LISTS } from "../helpers/listed-fields.js";

describe.each(testTargets)("statement columns on %s", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await insertFixtures(db.prisma);
  });
  afterAll(() => db?.close());

  it("lists every field of Statement with the columns it reads", async () => {
    expect([...LISTED_STATEMENT_FIELDS].sort()).toEqual(
      ["__typename", ...(await fieldSelections("Statement")).map((f) => f.name)].sort(),
    );
  });

  it.each(STATEMENT_LISTS)("answers each field alone as whole rows do ($name list)", async ({ wrap, nodes }) => {
    const fields = await fieldSelections("Statement");
    const ids: string[] = nodes(await querySuccess(db, wrap("id"))).map((n: any) => n.id);
    expect(ids.length).toBeGreaterThan(3);
    // `node(id:)` reads every column of its rows (and its relations through the same joined statement).
    const lookups = ids.map(
      (id, n) => `s${n}: node(id: "${id}") { ... on Statement { ${fields.map((f) => f.selection).join(" ")} } }`,
    );
    const whole = await querySuccess(db, `{ ${lookups.join("\n")} }`);
    for (const field of fields) {
      const alone = nodes(await querySuccess(db, wrap(field.selection)));
      expect(
        alone.map((n: any) => n[field.name]),
        field.name,
      ).toEqual(ids.map((_, n) => whole[`s${n}`][field.name]));
    }
  });

  it("answers each field alone by id as whole rows do", async () => {
    const fields = await fieldSelections("Statement");
    const ids: string[] = (await querySuccess(db, `{ statements(first: 6) { nodes { id } } }`)).statements.nodes.map(
      (n: any) => n.id,
    );
    const all = fields.map((f) => f.selection).join(" ");
    const whole = await querySuccess(
      db,
      `{ ${ids.map((id, n) => `s${n}: node(id: "${id}") { ... on Statement { ${all} } }`).join("\n")} }`,
    );
    for (const field of fields) {
      const alone = await querySuccess(
        db,
        `{ ${ids.map((id, n) => `s${n}: statement(id: "${id}") { ${field.selection} }`).join("\n")} }`,
      );
      expect(
        ids.map((_, n) => alone[`s${n}`][field.name]),
        field.name,
      ).toEqual(ids.map((_, n) => whole[`s${n}`][field.name]));
    }
  });

  it("reads by id only the shown columns, and of the speaker and article only the shown ones, in one statement", async () => {
    const { statements } = await querySuccess(db, `{ statements(first: 1) { nodes { id } } }`);
    const result = await runQuery(
      db,
      `{ statement(id: "${statements.nodes[0].id}") { text speaker { name } article { title } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.sql.statements).toHaveLength(1);
    const [lookup] = result.sql.statements!;
    expect(lookup).toContain(`s."text"`);
    expect(lookup).toContain(`rp."name"`);
    expect(lookup).toContain(`ra."title"`);
    expect(lookup).not.toContain("json_build_object");
    for (const column of ["kind", "sentimentScore", "extractorVersion"]) expect(lookup).not.toContain(`s."${column}"`);
  });

  it("reads only the id and the shown columns for a list that shows the text", async () => {
    const result = await runQuery(db, `{ statements(first: 5) { nodes { text } } }`);
    expect(result.errors).toBeUndefined();
    const [page] = result.sql.statements!;
    expect(page).toContain(`s."text"`);
    for (const column of ["kind", "sentimentScore", "extractorVersion", "articleId", "speakerId"]) {
      expect(page).not.toContain(`s."${column}"`);
    }
  });
});
