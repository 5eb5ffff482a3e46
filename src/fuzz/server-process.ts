// The production build (dist/main.js) started as a child process on a free loopback port, with an in-memory
// embedded database and the demo corpus; its memory is sampled while it runs and every line it prints is checked
// to be a structured (JSON) log line.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { projectRoot } from "../paths.js";
import { SERVER_MALLOC_ENV, SERVER_NODE_FLAGS } from "../server/memory-settings.js";

export interface ServerProcess {
  url: string;
  pid: number;
  /** Resident set size when the server became ready, in bytes. */
  readyRss: number;
  /** Highest resident set size seen since the server became ready, in bytes (sampled every 100 ms). */
  peakRss(): number;
  /** Printed lines that are not JSON log lines (stack traces, plain text). */
  unstructuredOutput(): string[];
  /** Log lines at level error or fatal. */
  errorLogs(): string[];
  /** SIGTERM, then waits for the exit; returns the exit code. */
  stop(): Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // not Linux, or the process is gone
  }
}

function watchOutput(child: ChildProcess, unstructured: string[], errors: string[]): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = "";
    stream?.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines.filter((text) => text.trim())) {
        try {
          const entry = JSON.parse(line) as { level?: number };
          if ((entry.level ?? 0) >= 50) errors.push(line.slice(0, 2_000));
        } catch {
          unstructured.push(line.slice(0, 500));
        }
      }
    });
  }
}

/** Starts `node dist/main.js` with `env` on top of a loopback, in-memory, demo-corpus configuration. */
export async function startServerProcess(env: Record<string, string> = {}, readyTimeoutMs = 600_000): Promise<ServerProcess> {
  const port = await freePort();
  // Started as npm run start:prod starts it, memory settings included: its RSS is what this run bounds.
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(projectRoot, "dist", "main.js")], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH,
      ...SERVER_MALLOC_ENV,
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: "memory://",
      SEED_DEMO: "true",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      NODE_ENV: "production",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const unstructured: string[] = [];
  const errors: string[] = [];
  watchOutput(child, unstructured, errors);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(child.pid!))), 100);
  sampler.unref();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // The fuzzer never leaves a server behind, even when it dies itself.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  void exited.then(() => process.off("exit", killOnExit));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}: ${unstructured.join("\n")}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not become ready within ${readyTimeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Startup (migrations in the WebAssembly schema engine, the demo corpus) has its own peak: measure from here.
  const readyRss = residentBytes(child.pid!);
  peak = readyRss;
  return {
    url,
    pid: child.pid!,
    readyRss,
    peakRss: () => Math.max(peak, residentBytes(child.pid!)),
    unstructuredOutput: () => [...unstructured],
    errorLogs: () => [...errors],
    async stop() {
      clearInterval(sampler);
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
