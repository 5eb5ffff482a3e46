// Starts the production build of the API (dist/main.js), or another GraphQL server for comparison, as a child
// process on a loopback port, for benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SERVER_MALLOC_ENV, SERVER_NODE_FLAGS } from "../server/memory-settings.js";

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../main.js");

export interface RunningApi {
  url: string;
  pid: number;
  /** CPU time (user + system) the process has used so far, in milliseconds (Linux /proc; null elsewhere). */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function cpuMsOf(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the whole line (12 and 13 after the command name), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Whether the server at `url` answers; Entente's readiness endpoint by default. */
export type ReadinessProbe = (url: string) => Promise<boolean>;

const ententeReady: ReadinessProbe = async (url) => (await fetch(`${url}/readyz`)).ok;

async function waitUntilReady(url: string, child: ChildProcess, probe: ReadinessProbe, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${output()}`);
    try {
      if (await probe(url)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become ready within 60 s:\n${output()}`);
}

/** Starts the API on `databaseUrl` with the given extra environment (e.g. GRAPHQL_SQL_TRACE). */
export function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningApi> {
  return startServer(
    MAIN,
    {
      ...SERVER_MALLOC_ENV,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      MIGRATE_ON_START: "false",
      SEED_ON_START: "false",
      SEED_DEMO: "false",
      // The benchmark measures the API, not the per-client rate limit it would otherwise hit.
      RATE_LIMIT: "false",
      LOG_LEVEL: "warn",
      LOG_FORMAT: "json",
      ...env,
    },
    ententeReady,
    SERVER_NODE_FLAGS,
  );
}

/** Runs the Node script `script` with HOST/PORT set to a free loopback port; resolves once `probe` succeeds. */
export async function startServer(
  script: string,
  env: Record<string, string>,
  probe: ReadinessProbe = ententeReady,
  nodeFlags: readonly string[] = [],
): Promise<RunningApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, script], {
    env: {
      ...process.env,
      ...env,
      HOST: "127.0.0.1",
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr!.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, probe, () => output);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url,
    pid: child.pid!,
    cpuMs: () => cpuMsOf(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
