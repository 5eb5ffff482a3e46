// The memory settings of the server process (src/server/memory-settings.ts) are the ones package.json starts it
// with, and a process started without them is recognised (main.ts logs a warning).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { missingMemorySettings, SERVER_MALLOC_ENV, SERVER_NODE_FLAGS } from "../../src/server/memory-settings.js";

const packageJson = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

describe("server memory settings", () => {
  it.each(["start", "start:prod"])("npm run %s starts node with every flag and malloc variable", (script) => {
    const command = packageJson.scripts[script]!;
    const [environment, nodeArguments] = command.split(/\bnode\b/, 2) as [string, string];
    for (const [name, value] of Object.entries(SERVER_MALLOC_ENV)) expect(environment).toContain(`${name}=${value}`);
    for (const flag of SERVER_NODE_FLAGS) expect(nodeArguments.split(" ")).toContain(flag);
  });

  it("reports what a process was started without", () => {
    const env = { ...SERVER_MALLOC_ENV };
    expect(missingMemorySettings(SERVER_NODE_FLAGS, env)).toEqual([]);
    expect(missingMemorySettings([], { NODE_OPTIONS: `--enable-source-maps ${SERVER_NODE_FLAGS.join(" ")}`, ...env })).toEqual(
      [],
    );
    expect(missingMemorySettings([], {})).toEqual([
      ...SERVER_NODE_FLAGS,
      ...Object.entries(SERVER_MALLOC_ENV).map(([name, value]) => `${name}=${value}`),
    ]);
    // Another value is a deliberate choice, not a missing setting.
    expect(missingMemorySettings(SERVER_NODE_FLAGS, { MALLOC_MMAP_THRESHOLD_: "262144", MALLOC_TRIM_THRESHOLD_: "1" })).toEqual(
      [],
    );
  });
});
