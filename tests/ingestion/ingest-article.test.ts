import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { openSeededTestDatabase, testTargets } from "../helpers/test-database.js";
import { runQuery } from "../helpers/graphql-client.js";
import { ArticleIngester } from "../../src/ingestion/ingest-article.js";

const ARTICLE = {
  url: "https://tests.example/seoul-warns",
  title: "Seoul warns Moscow over satellite help to Pyongyang",
  source: "Test Wire",
  publishedAt: "2025-04-02T08:00:00Z",
  body:
    `South Korean Foreign Minister Cho Tae-yul said on Tuesday that Seoul was deeply concerned about Russia's transfer of satellite technology to North Korea. ` +
    `"Such cooperation violates Security Council resolutions and threatens the whole region," Cho told reporters.\n\n` +
    `Japan's chief cabinet secretary, Hayashi Yoshimasa, said Tokyo would deepen security cooperation with Seoul and Washington.`,
};

const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  status userErrors { field message code }
  article { id url statements { totalCount nodes { id text speaker { id name } speakerState { code } targets { code } sentiment { label } type topics { slug } } }
    states { state { code } count } people { person { name } } } } }`;

describe.each(testTargets)("ingestArticle on %s", (target) => {
  let db: Database;
  const key = { apiKeyLabel: "key-1" };
  beforeAll(async () => {
    db = await openSeededTestDatabase(target);
  });
  afterAll(() => db?.close());

  it("refuses writes without an API key", async () => {
    const result = await runQuery(db, INGEST, { input: ARTICLE });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await db.prisma.article.count()).toBe(0);
  });

  it("reports bad input as userErrors and writes nothing", async () => {
    const result = await runQuery(db, INGEST, { input: { ...ARTICLE, url: "ftp://nope", title: " " } }, key);
    const payload = result.data.ingestArticle;
    expect(payload.status).toBeNull();
    expect(payload.userErrors.map((e: any) => e.field).sort()).toEqual(["title", "url"]);
    expect(await db.prisma.article.count()).toBe(0);
  });

  it("stores the article with statements, speakers, targets and topics; the same content again changes nothing", async () => {
    const first = await runQuery(db, INGEST, { input: ARTICLE }, key);
    expect(first.errors).toBeUndefined();
    const payload = first.data.ingestArticle;
    expect(payload.status).toBe("CREATED");
    const statements = payload.article.statements.nodes;
    expect(statements.length).toBeGreaterThanOrEqual(2);
    const quote = statements.find((s: any) => s.text.includes("violates Security Council"));
    expect(quote.speaker?.name).toBe("Cho Tae-yul");
    expect(quote.speakerState?.code).toBe("KR");
    expect(quote.sentiment.label).toBe("NEGATIVE");
    expect(payload.article.states.map((m: any) => m.state.code)).toEqual(expect.arrayContaining(["KR", "RU", "KP", "JP"]));
    const counts = async () => [
      await db.prisma.article.count(),
      await db.prisma.statement.count(),
      await db.prisma.person.count(),
    ];
    const before = await counts();
    const again = await runQuery(db, INGEST, { input: ARTICLE }, key);
    expect(again.data.ingestArticle.status).toBe("UNCHANGED");
    expect(await counts()).toEqual(before);
    const copy = await runQuery(db, INGEST, { input: { ...ARTICLE, url: "https://mirror.example/copy" } }, key);
    expect(copy.data.ingestArticle.status).toBe("DUPLICATE");
    expect(copy.data.ingestArticle.article.url).toBe(ARTICLE.url);
    expect(await counts()).toEqual(before);
  });

  it("keeps reviewed corrections when new content replaces the extraction, and merges duplicate people", async () => {
    const article = (await runQuery(db, `{ article(url: "${ARTICLE.url}") { statements { nodes { id text } } } }`)).data.article;
    const quote = article.statements.nodes.find((s: any) => s.text.includes("violates Security Council"));
    const fix = await runQuery(
      db,
      `mutation($input: UpdateStatementInput!) { updateStatement(input: $input) {
      statement { reviewed type targets { code } topics { slug } sentiment { score label } goldstein } userErrors { field code } } }`,
      { input: { id: quote.id, targets: ["RU", "KP"], topics: ["space-and-satellites"], type: "CRITICISES", sentiment: -0.8 } },
      key,
    );
    expect(fix.data.updateStatement.userErrors).toEqual([]);
    expect(fix.data.updateStatement.statement).toMatchObject({
      reviewed: true,
      type: "CRITICISES",
      goldstein: -2,
      sentiment: { score: -0.8, label: "NEGATIVE" },
    });
    const bad = await runQuery(
      db,
      `mutation { updateStatement(input: { id: "${quote.id}", targets: ["ZZ"] }) { statement { id } userErrors { field code } } }`,
      undefined,
      key,
    );
    expect(bad.data.updateStatement.userErrors).toEqual([{ field: "targets", code: "BAD_USER_INPUT" }]);

    const updated = await runQuery(
      db,
      INGEST,
      { input: { ...ARTICLE, body: ARTICLE.body + `\n\nMoscow denied the accusations, the Russian foreign ministry said.` } },
      key,
    );
    expect(updated.data.ingestArticle.status).toBe("UPDATED");
    const kept = await db.prisma.statement.findMany({ where: { reviewed: true }, include: { targets: true } });
    expect(kept).toHaveLength(1);
    expect(kept[0]!.type).toBe("CRITICISES");
    expect(await db.prisma.statement.count({ where: { text: kept[0]!.text } })).toBe(1);

    const dup = await db.prisma.person.create({ data: { name: "Tae-yul Cho", normalizedName: "tae yul cho" } });
    const cho = await db.prisma.person.findUniqueOrThrow({ where: { normalizedName: "cho tae yul" } });
    await db.prisma.statement.updateMany({ where: { id: kept[0]!.id }, data: { speakerId: dup.id } });
    const { toGlobalId } = await import("../../src/graphql/relay/global-id.js");
    const merged = await runQuery(
      db,
      `mutation { mergePeople(input: { into: "${toGlobalId("Person", cho.id)}", duplicate: "${toGlobalId("Person", dup.id)}" }) {
      person { name aliases statements { totalCount } } userErrors { code } } }`,
      undefined,
      key,
    );
    expect(merged.data.mergePeople.person.aliases).toContain("Tae-yul Cho");
    expect(await db.prisma.person.findUnique({ where: { id: dup.id } })).toBeNull();
    expect(await db.prisma.statement.count({ where: { speakerId: cho.id } })).toBe(
      merged.data.mergePeople.person.statements.totalCount,
    );
  });

  it("never creates duplicates under concurrent ingests of the same article", async () => {
    const input = {
      ...ARTICLE,
      url: "https://tests.example/concurrent",
      body: ARTICLE.body.replace("Tuesday", "Wednesday"),
      publishedAt: new Date(ARTICLE.publishedAt),
    };
    const outcomes = await Promise.all([1, 2, 3].map(() => new ArticleIngester(db.prisma).ingest({ ...input, language: "en" })));
    expect(outcomes.filter((o) => o.status === "CREATED")).toHaveLength(1);
    expect(await db.prisma.article.count({ where: { url: input.url } })).toBe(1);
    const id = outcomes[0]!.articleId;
    const texts = (await db.prisma.statement.findMany({ where: { articleId: id }, select: { text: true } })).map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe("re-extraction", () => {
  it("brings outdated articles to the current extractor version and keeps reviewed statements", async () => {
    const { reextractArticles } = await import("../../src/ingestion/reextract.js");
    const { EXTRACTOR_VERSION } = await import("../../src/extraction/extract-article.js");
    const db = await openSeededTestDatabase("pglite");
    try {
      const ingester = new ArticleIngester(db.prisma);
      const { articleId } = await ingester.ingest({ ...ARTICLE, publishedAt: new Date(ARTICLE.publishedAt), language: "en" });
      const statements = await db.prisma.statement.findMany({ where: { articleId }, orderBy: { id: "asc" } });
      // Pretend an older extractor wrote this article, and an editor corrected its first statement.
      await db.prisma.article.update({ where: { id: articleId }, data: { extractorVersion: "2000.1.1" } });
      await db.prisma.statement.updateMany({ where: { articleId }, data: { extractorVersion: "2000.1.1" } });
      await db.prisma.statement.update({ where: { id: statements[0]!.id }, data: { reviewed: true, type: "PRAISES" } });

      const summary = await reextractArticles(db.prisma);
      expect(summary).toMatchObject({ articles: 1, failures: [] });
      const after = await db.prisma.statement.findMany({ where: { articleId }, orderBy: { id: "asc" } });
      expect(after.find((s) => s.id === statements[0]!.id)).toMatchObject({
        reviewed: true,
        type: "PRAISES",
        extractorVersion: "2000.1.1",
      });
      expect(after.filter((s) => !s.reviewed).every((s) => s.extractorVersion === EXTRACTOR_VERSION)).toBe(true);
      expect(after).toHaveLength(statements.length);
      expect((await db.prisma.article.findUniqueOrThrow({ where: { id: articleId } })).extractorVersion).toBe(EXTRACTOR_VERSION);
      expect((await reextractArticles(db.prisma)).articles).toBe(0); // nothing outdated any more
    } finally {
      await db.close();
    }
  });

  it("stores articles in languages the extractor does not read, without extracted data", async () => {
    const db = await openSeededTestDatabase("pglite");
    try {
      const outcome = await new ArticleIngester(db.prisma).ingest({
        ...ARTICLE,
        url: "https://tests.example/fr",
        language: "fr",
        body: "Séoul a exprimé sa profonde inquiétude face à la coopération militaire entre Moscou et Pyongyang.",
        publishedAt: new Date(ARTICLE.publishedAt),
      });
      expect(outcome).toMatchObject({ status: "CREATED", statements: 0 });
      expect(await db.prisma.article.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
});
