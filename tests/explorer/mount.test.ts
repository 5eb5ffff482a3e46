// mountExplorer on a bare Express app: static files, page fallback, / redirect, 503 without a build.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mountExplorer } from "../../src/server/explorer.js";

async function listen(app: express.Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("mountExplorer", () => {
  const dist = mkdtempSync(path.join(tmpdir(), "entente-explorer-"));
  let built: { url: string; close: () => Promise<void> };
  let missing: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>Entente GraphiQL</title>");
    writeFileSync(path.join(dist, "assets", "index-abc123.js"), "console.log('hi')");
    const app = express();
    mountExplorer(app, { distDir: dist });
    built = await listen(app);
    const bare = express();
    mountExplorer(bare, { distDir: path.join(dist, "does-not-exist") });
    missing = await listen(bare);
  });
  afterAll(async () => {
    await built?.close();
    await missing?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("redirects / to /graphiql/", async () => {
    const response = await fetch(`${built.url}/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/graphiql/");
  });

  it("serves the page at /graphiql, /graphiql/ and any page path below, never cached stale", async () => {
    for (const page of ["/graphiql", "/graphiql/", "/graphiql/some/tab"]) {
      const response = await fetch(`${built.url}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-security-policy")).toContain("connect-src 'self'");
      expect(await response.text()).toContain("Entente GraphiQL");
    }
  });

  it("serves hashed assets as immutable and 404s missing files", async () => {
    const asset = await fetch(`${built.url}/graphiql/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    await asset.body?.cancel();
    const absent = await fetch(`${built.url}/graphiql/assets/nope.js`);
    expect(absent.status).toBe(404);
    await absent.body?.cancel();
  });

  it("answers 503 with the build command while the explorer is not built", async () => {
    const response = await fetch(`${missing.url}/graphiql/`);
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/text\/plain/);
    expect(await response.text()).toContain("run `npm run build:explorer`".replace("run", "Run"));
  });
});
