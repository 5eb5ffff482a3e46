// The built server (dist/main.js, compiled by tests/global-setup.ts) as a real child process: for tests of
// signals, restarts and anything that must see the process exit.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { SERVER_MALLOC_ENV, SERVER_NODE_FLAGS } from "../../src/server/memory-settings.js";

const root = path.resolve(import.meta.dirname, "..", "..");
const node = path.join(root, "node_modules", ".bin", "node");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every JSON log line the process has written so far. */
  logs: Record<string, unknown>[];
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node dist/main.js` with `env` on a free port and resolves once it logs that it is ready. */
export function startServerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const child = spawn(node, [...SERVER_NODE_FLAGS, path.join(root, "dist", "main.js")], {
    cwd: root,
    env: { ...process.env, ...SERVER_MALLOC_ENV, PORT: "0", HOST: "127.0.0.1", LOG_FORMAT: "json", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server not ready after ${timeoutMs} ms: ${stderr}`)), timeoutMs);
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (!line.trim()) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === "Entente is ready") {
          clearTimeout(timer);
          const url = String(entry.url).replace(/\/graphql$/, "");
          resolve({ child, url, logs, exited });
        }
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready: ${stderr}`));
    });
  });
}
