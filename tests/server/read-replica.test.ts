// With DATABASE_READ_URL, GraphQL queries read from the replica and mutations (and what they return)
// use the primary. Two separate PostgreSQL databases stand in for primary and replica, so routing is visible.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { openDatabase } from "../../src/db/database.js";
import { seedReferenceData } from "../../src/db/seed/seed-reference-data.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import { createPostgresDatabase } from "../helpers/test-database.js";

const serverUrl = process.env.TEST_DATABASE_URL;
const KEY = "replica-test-key-0123456789";

describe.skipIf(!serverUrl)("read replica routing on PostgreSQL", () => {
  let primary: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let replica: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let server: RunningServer;

  beforeAll(async () => {
    [primary, replica] = await Promise.all([createPostgresDatabase(serverUrl!), createPostgresDatabase(serverUrl!)]);
    for (const url of [primary.url, replica.url]) {
      const db = await openDatabase({ kind: "postgres", url });
      await db.migrate();
      await seedReferenceData(db.prisma);
      if (url === replica.url)
        await db.prisma.state.update({ where: { code: "KR" }, data: { name: "South Korea (as seen on the replica)" } });
      await db.close();
    }
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: primary.url,
      DATABASE_READ_URL: replica.url,
      ENTENTE_API_KEYS: KEY,
    });
    server = await startServer(config, createLogger({ level: "silent", format: "json" }));
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await Promise.all([primary?.drop(), replica?.drop()]);
  });

  const post = async (query: string, headers: Record<string, string> = {}) =>
    (await (
      await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query }),
      })
    ).json()) as any;

  it("reads queries from the replica and writes mutations to the primary, reading the payload there too", async () => {
    expect((await post(`{ state(code: "KR") { name } }`)).data.state.name).toBe("South Korea (as seen on the replica)");
    const written = await post(
      `mutation { ingestArticle(input: { url: "https://replica.example/a", title: "Seoul speaks", source: "Replica Wire", publishedAt: "2025-08-01T00:00:00Z",
        body: "South Korea warned North Korea on Friday against further missile launches, the foreign ministry in Seoul said." }) {
        status article { url states { state { name } } } } }`,
      { authorization: `Bearer ${KEY}` },
    );
    expect(written.data.ingestArticle.status).toBe("CREATED");
    // The payload was read from the primary (where the state has its real name), right after the write.
    expect(written.data.ingestArticle.article.states.map((m: any) => m.state.name)).toContain("South Korea");
    // The replica (a separate database here) has not received it: queries do not see it.
    expect((await post(`{ article(url: "https://replica.example/a") { title } }`)).data.article).toBeNull();
  });

  it("refuses DATABASE_READ_URL without DATABASE_URL", () => {
    expect(() => loadConfig({ DATABASE_READ_URL: "postgres://x@127.0.0.1/y" })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
  });
});
