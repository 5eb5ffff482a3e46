// Runs once before every test file: compiles the server into dist/ so that tests of real child processes
// (signals, fuzzing, interrupted ingestion) run the production build, built once rather than by each file.
import { execFileSync } from "node:child_process";
import path from "node:path";

export default function buildServer(): void {
  const root = path.resolve(import.meta.dirname, "..");
  execFileSync(path.join(root, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
}
