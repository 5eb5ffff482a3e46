import { execFile } from "node:child_process";
import path from "node:path";
import { PassThrough } from "node:stream";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { integerArg, parseCliArgs, positiveNumberArg, UsageError } from "../../src/cli/cli-args.js";
import { progressBar } from "../../src/cli/progress-bar.js";

const root = path.resolve(import.meta.dirname, "../..");
const run = (script: string, args: string[]) =>
  promisify(execFile)(process.execPath, [path.join(root, "dist", "cli", script), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: "memory://", DATABASE_URL: "" },
  }).then(
    (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );

describe("command-line arguments", () => {
  const spec = { usage: "Usage: x", options: { only: { type: "string" }, all: { type: "boolean" } } } as const;

  it("reads flags with a space or an equals sign and plain arguments when allowed", () => {
    expect(parseCliArgs({ ...spec, args: ["--only", "eval-05"] }).values.only).toBe("eval-05");
    expect(parseCliArgs({ ...spec, args: ["--only=eval-05", "--all"] }).values).toMatchObject({ only: "eval-05", all: true });
    expect(parseCliArgs({ ...spec, positionals: true, args: ["a.json", "b"] }).positionals).toEqual(["a.json", "b"]);
  });

  it("refuses unknown flags, missing values and stray arguments with a one-line usage error", () => {
    const fails = (args: string[]) => () => parseCliArgs({ ...spec, args });
    expect(fails(["--bogus"])).toThrow(new UsageError("Unknown option '--bogus' (see --help)"));
    expect(fails(["--only"])).toThrow(/^Option '--only <value>' argument missing \(see --help\)$/);
    expect(fails(["stray"])).toThrow(/Unexpected argument 'stray'/);
    expect(fails(["--all=yes"])).toThrow(/does not take an argument/);
  });

  it("checks numeric values and names the flag", () => {
    expect(integerArg("12", "--rounds")).toBe(12);
    expect(integerArg(undefined, "--rounds")).toBeUndefined();
    expect(() => integerArg("1.5", "--rounds")).toThrow('--rounds takes a whole number ≥ 1, not "1.5"');
    expect(() => integerArg("0", "--rounds")).toThrow(UsageError);
    expect(positiveNumberArg("0.5", "--seconds")).toBe(0.5);
    expect(() => positiveNumberArg("soon", "--seconds")).toThrow('--seconds takes a number > 0, not "soon"');
  });

  it("built commands exit 2 with one line for a wrong flag or value and print usage for --help", async () => {
    // Each command loads its whole module graph: run them side by side.
    const [wrong, badValue, noFiles, help] = await Promise.all([
      run("db-migrate.js", ["--force"]),
      run("bench-extraction.js", ["--seconds", "soon"]),
      run("ingest.js", []),
      run("ingest.js", ["--help"]),
    ]);
    expect(wrong).toMatchObject({ code: 2, stdout: "", stderr: "entente: Unknown option '--force' (see --help)\n" });
    expect(badValue).toMatchObject({ code: 2, stderr: 'entente: --seconds takes a number > 0, not "soon"\n' });
    expect(noFiles).toMatchObject({ code: 2, stderr: "entente: give the files or folders to ingest (see --help)\n" });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run ingest -- <files or folders…> \[options\]\n[\s\S]*--published-at DATE/);
  });
});

describe("progress bar of the ingestion commands", () => {
  it("draws the progress reports of a task on the stream it is given", () => {
    const stream = new PassThrough();
    let shown = "";
    stream.on("data", (chunk) => (shown += String(chunk)));
    const bar = progressBar("ingesting", "articles", stream);
    bar.onProgress({ done: 0, total: 4, failed: 0, seconds: 0 });
    bar.onProgress({ done: 4, total: 4, failed: 1, seconds: 2 });
    bar.stop();
    bar.stop();
    expect(shown).toMatch(/ingesting .* 4\/4 \| 2\.0 articles\/s \| ETA .* \| failed 1/);
  });
});
