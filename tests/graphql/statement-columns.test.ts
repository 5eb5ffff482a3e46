// Statement lists read only the columns their query shows (src/graphql/statements/statement-columns.ts): each field
// of Statement, asked for alone, answers as it does from whole rows, at the root and nested, and a list showing
// only the text does not read the other columns.
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

  it.each(STATEMENT_LISTS)(
    "answers each field alone as the point lookup's whole rows do ($name list)",
    async ({ wrap, nodes }) => {
      const fields = await fieldSelections("Statement");
      const ids: string[] = nodes(await querySuccess(db, wrap("id"))).map((n: any) => n.id);
      expect(ids.length).toBeGreaterThan(3);
      // `statement(id:)` reads every column of its rows (and its relations through the same joined statement).
      const lookups = ids.map((id, n) => `s${n}: statement(id: "${id}") { ${fields.map((f) => f.selection).join(" ")} }`);
      const whole = await querySuccess(db, `{ ${lookups.join("\n")} }`);
      for (const field of fields) {
        const alone = nodes(await querySuccess(db, wrap(field.selection)));
        expect(
          alone.map((n: any) => n[field.name]),
          field.name,
        ).toEqual(ids.map((_, n) => whole[`s${n}`][field.name]));
      }
    },
  );

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
