// SIGTERM on a real server process: Entente (not Apollo) owns the signal, drains HTTP, closes the embedded
// database, logs "stopped cleanly" and exits 0; the data folder then reopens at once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServerProcess } from "../helpers/server-process.js";

const dataDir = mkdtempSync(path.join(tmpdir(), "entente-signals-"));

describe("stopping on SIGTERM", () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("exits 0 after closing the database, and the data folder restarts cleanly", async () => {
    const env = { DATA_DIR: dataDir, SEED_DEMO: "false" };
    const first = await startServerProcess(env);
    const answer = await fetch(`${first.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ state(code: "JP") { name } }' }),
    });
    expect(((await answer.json()) as any).data.state.name).toBe("Japan");

    first.child.kill("SIGTERM");
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.logs.map((line) => line.msg)).toContain("stopped cleanly");

    // A cleanly closed PGlite folder opens without recovery, with nothing left to migrate or seed.
    const second = await startServerProcess(env);
    expect(second.logs.find((line) => line.msg === "database schema up to date")).toBeDefined();
    expect(second.logs.find((line) => line.msg === "loaded reference data")).toBeUndefined();
    second.child.kill("SIGINT");
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 240_000);
});
