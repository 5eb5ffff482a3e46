// Statement lists read only the columns of the speaker and article that their query shows
// (src/graphql/people/person-columns.ts, src/graphql/articles/article-columns.ts, statement-relations.ts): each
// field of Person and Article, asked for alone under `speaker` / `article`, answers as it does from whole rows, at
// the root and nested; the bench's nested shape reads the speaker's name and the article's title and nothing else;
// and such partial rows are never handed to the request's loaders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "graphql";
import type { Database } from "../../src/db/database.js";
import { buildGraphQLSchema } from "../../src/graphql/schema.js";
import { createContext } from "../../src/graphql/context.js";
import { loaders } from "../../src/graphql/common/entity-loaders.js";
import { fromGlobalId } from "../../src/graphql/relay/global-id.js";
import { peopleById } from "../../src/db/queries/people/person-rows.js";
import { articleSummaries } from "../../src/db/queries/articles/article-rows.js";
import { LISTED_PERSON_FIELDS } from "../../src/graphql/people/person-columns.js";
import { LISTED_ARTICLE_FIELDS } from "../../src/graphql/articles/article-columns.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { insertFixtures } from "../helpers/fixtures.js";
import { querySuccess, runQuery } from "../helpers/graphql-client.js";
import { fieldSelections, STATEMENT_LISTS } from "../helpers/listed-fields.js";

const RELATIONS = [
  { relation: "speaker", type: "Person", listed: LISTED_PERSON_FIELDS },
  { relation: "article", type: "Article", listed: LISTED_ARTICLE_FIELDS },
];

describe.each(testTargets)("speaker and article columns on %s", (target) => {
  let db: Database;
  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
    await insertFixtures(db.prisma);
  });
  afterAll(() => db?.close());

  it.each(RELATIONS)("lists every field of $type with the columns it reads", async ({ type, listed }) => {
    expect([...listed].sort()).toEqual(["__typename", ...(await fieldSelections(type, true)).map((f) => f.name)].sort());
  });

  describe.each(RELATIONS)("$relation", ({ relation, type }) => {
    it.each(STATEMENT_LISTS)(
      "answers each field alone as the point lookup's whole rows do ($name list)",
      async ({ wrap, nodes }) => {
        const fields = await fieldSelections(type, true);
        const ids: string[] = nodes(await querySuccess(db, wrap("id"))).map((n: any) => n.id);
        expect(ids.length).toBeGreaterThan(3);
        // `statement(id:)` reads its speaker and article whole, in the same SQL statement.
        const all = fields.map((f) => f.selection).join(" ");
        const lookups = ids.map((id, n) => `s${n}: statement(id: "${id}") { ${relation} { ${all} } }`);
        const whole = await querySuccess(db, `{ ${lookups.join("\n")} }`);
        for (const field of fields) {
          const alone = nodes(await querySuccess(db, wrap(`${relation} { ${field.selection} }`)));
          expect(
            alone.map((n: any) => n[relation]?.[field.name] ?? null),
            `${relation}.${field.name}`,
          ).toEqual(ids.map((_, n) => whole[`s${n}`][relation]?.[field.name] ?? null));
        }
      },
    );
  });

  it("reads only the speaker's name and the article's title for the bench's nested shape", async () => {
    const result = await runQuery(
      db,
      `{ states(first: 10, filter: { hasStatements: true }) { nodes { code
        statements(first: 20) { nodes { text speaker { name } article { title } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.sql.queries).toBe(2);
    const page = result.sql.statements![1]!;
    expect(page).toContain(`rp."name"`);
    expect(page).toContain(`ra."title"`);
    expect(page).not.toContain("json_build_object");
    for (const column of ["aliases", "role", "sanctionNote", "url", "source", "extractorVersion"]) {
      expect(page).not.toContain(`."${column}"`);
    }
  });

  it("reads an aliased field's column under its alias's answer", async () => {
    const result = await runQuery(
      db,
      `{ statements(first: 5) { nodes { speaker { shown: name } article { headline: title } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.sql.statements![0]).not.toContain("json_build_object");
    const plain = await querySuccess(db, `{ statements(first: 5) { nodes { speaker { name role } article { title url } } } }`);
    expect(result.data.statements.nodes).toEqual(
      plain.statements.nodes.map((n: any) => ({
        speaker: n.speaker && { shown: n.speaker.name },
        article: { headline: n.article.title },
      })),
    );
  });

  it("does not hand partial speakers or articles to the request's loaders", async () => {
    const context = createContext(db.prisma, null);
    const result = await graphql({
      schema: await buildGraphQLSchema(),
      source: `{ statements(first: 30) { nodes { speaker { id name } article { id title } } } }`,
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as any).statements.nodes;
    const speakerId = fromGlobalId(nodes.find((n: any) => n.speaker).speaker.id)!.id;
    const articleId = fromGlobalId(nodes[0].article.id)!.id;
    // Later paths of the same request load them whole (a primed partial row would lack these columns).
    const [person] = await peopleById(db.prisma, [speakerId]);
    const [article] = await articleSummaries(db.prisma, [articleId]);
    expect(await loaders.person(context).load(speakerId)).toEqual(person);
    expect(await loaders.article(context).load(articleId)).toEqual(article);
  });
});
