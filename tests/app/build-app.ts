// Builds app/dist (codegen from the SDL, then Vite) when it is missing or older than its sources, for tests.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/paths.js";

const appDir = path.join(projectRoot, "app");
const builtIndex = path.join(appDir, "dist", "index.html");
const schemaFile = path.join(projectRoot, "schema", "schema.graphql");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "gql" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(path.join(projectRoot, "node_modules", ".bin", command), args, {
    cwd: projectRoot,
    encoding: "utf8",
    timeout: 240_000,
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
}

export function ensureAppBuilt(): { built: boolean; ms: number } {
  const newest = Math.max(newestSource(appDir), statSync(schemaFile).mtimeMs);
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newest) return { built: false, ms: 0 };
  const started = performance.now();
  run("graphql-codegen", ["--config", "app/codegen.ts", "--silent"]);
  run("vite", ["build", "--config", "app/vite.config.ts", "--logLevel", "warn"]);
  return { built: true, ms: Math.round(performance.now() - started) };
}
