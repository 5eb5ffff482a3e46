// PostgreSQL's own CPU time for a benchmark's requests: user + system time of the backends that serve the servers
// under test, read from /proc. pg_stat_statements counts only planning and execution; this also counts parsing,
// the protocol, result encoding and everything between statements, which is what a short point lookup spends most
// on. The servers connect with an application name of the benchmark's own (withApplicationName), so other clients
// of the same database are not counted. Needs PostgreSQL on this machine (loopback) and a readable /proc: else null.
import { readFileSync } from "node:fs";
import pg from "pg";

export interface BackendCpu {
  /** CPU ms used so far by each backend of the benchmark's servers, by process id (null: cannot be read here). */
  sample(): Promise<Map<number, number> | null>;
  end(): Promise<void>;
}

/** `url` whose connections call themselves `name` (pg_stat_activity.application_name). */
export function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("application_name", name);
  return parsed.toString();
}

/** A name for this benchmark process's connections. */
export const benchApplicationName = (): string => `entente-bench-${process.pid}`;

/** The CPU ms of PostgreSQL backend `pid` on this machine, or null (no such process here, or not PostgreSQL's). */
export function backendProcessCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // PostgreSQL in a container or on another host: the same pid here is another process, or none.
    if (!stat.startsWith(`${pid} (postgres) `)) return null;
    const fields = stat.split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the whole line (12 and 13 after the command name), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** Reads the CPU of the backends named `applicationName` on the database at `url`. */
export async function openBackendCpu(url: string, applicationName: string): Promise<BackendCpu> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async sample() {
      const { rows } = await client.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
        [applicationName],
      );
      const cpu = new Map<number, number>();
      for (const { pid } of rows) {
        const ms = backendProcessCpuMs(pid);
        if (ms !== null) cpu.set(pid, ms); // else ended since (an idle connection closed), or not on this machine
      }
      return rows.length > 0 && cpu.size === 0 ? null : cpu;
    },
    end: () => client.end(),
  };
}

/** CPU ms the backends used between two samples (a backend that appeared in between counts whole). */
export function backendCpuBetween(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after || after.size === 0) return null;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
