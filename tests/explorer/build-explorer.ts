// Builds explorer/dist when it is missing or older than its sources (about 5 s), for tests that need it.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/paths.js";

const explorerDir = path.join(projectRoot, "explorer");
const builtIndex = path.join(explorerDir, "dist", "index.html");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function ensureExplorerBuilt(): { built: boolean; ms: number } {
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestSource(explorerDir)) return { built: false, ms: 0 };
  const started = performance.now();
  const result = spawnSync(
    path.join(projectRoot, "node_modules", ".bin", "vite"),
    ["build", "--config", "explorer/vite.config.ts", "--logLevel", "warn"],
    {
      cwd: projectRoot,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(`vite build of the explorer failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
  }
  return { built: true, ms: Math.round(performance.now() - started) };
}
