// The embedded default end to end: start on a data folder, write through the API, stop, start again.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/env.js";
import { createLogger } from "../../src/server/logger.js";
import { startServer } from "../../src/server/start-server.js";

const KEY = "test-key-with-enough-characters";
const dir = mkdtempSync(path.join(tmpdir(), "entente-server-"));
const config = () =>
  loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    SEED_DEMO: "false",
    ENTENTE_API_KEYS: KEY,
    CORS_ORIGINS: "https://app.example.org",
  });
const logger = createLogger({ level: "silent", format: "json" });

async function graphql(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as any };
}

describe("embedded server lifecycle", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps data across a stop and a restart, and answers CORS for configured origins only", async () => {
    const mutation = `mutation { ingestArticle(input: { url: "https://restart.example/a", title: "Seoul and Tokyo agree",
      source: "Restart Wire", publishedAt: "2025-07-01T00:00:00Z",
      body: "South Korea and Japan agreed on Tuesday to deepen security cooperation, the South Korean foreign ministry said." }) { status } }`;
    const first = await startServer(config(), logger);
    try {
      expect((await graphql(first.url, mutation)).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect((await graphql(first.url, mutation, { authorization: `Bearer ${KEY}` })).body.data.ingestArticle.status).toBe(
        "CREATED",
      );
      const preflight = await fetch(`${first.url}/graphql`, {
        method: "OPTIONS",
        headers: {
          origin: "https://app.example.org",
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type,authorization",
        },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
      const other = await graphql(
        first.url,
        `
          {
            states(first: 1) {
              totalCount
            }
          }
        `,
        { origin: "https://evil.example" },
      );
      expect(other.response.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await first.stop();
    }

    const second = await startServer(config(), logger);
    try {
      const { body } = await graphql(
        second.url,
        `
          {
            article(url: "https://restart.example/a") {
              title
              statements {
                totalCount
              }
            }
            states {
              totalCount
            }
          }
        `,
      );
      expect(body.data.article.title).toBe("Seoul and Tokyo agree");
      expect(body.data.states.totalCount).toBeGreaterThanOrEqual(249);
    } finally {
      await second.stop();
    }
  });

  it("refuses to start on an unreachable PostgreSQL with one clear message", async () => {
    const unreachable = loadConfig({ PORT: "0", DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    await expect(startServer(unreachable, logger)).rejects.toThrow(
      /^Cannot reach the database PostgreSQL \(127\.0\.0\.1:1\/none\).*Check DATABASE_URL/,
    );
  });
});
