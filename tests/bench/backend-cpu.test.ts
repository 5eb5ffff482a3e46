// The benchmarks' PostgreSQL CPU per request: the backends of the servers under test, found by application name,
// and the CPU they used between two samples.
import { describe, expect, it } from "vitest";
import pg from "pg";
import { backendCpuBetween, backendProcessCpuMs, openBackendCpu, withApplicationName } from "../../src/bench/backend-cpu.js";

describe("backend CPU", () => {
  it("names the connections of a database URL, keeping its other parameters", () => {
    const url = new URL(withApplicationName("postgres://u@db:5432/bench?options=-c%20jit%3Doff", "entente-bench-7"));
    expect(url.searchParams.get("application_name")).toBe("entente-bench-7");
    expect(url.searchParams.get("options")).toBe("-c jit=off");
    expect(url.pathname).toBe("/bench");
  });

  it("adds the CPU each backend used between two samples; a new backend counts whole", () => {
    const before = new Map([
      [10, 100],
      [11, 50],
    ]);
    const after = new Map([
      [10, 130],
      [11, 50],
      [12, 20],
    ]);
    expect(backendCpuBetween(before, after)).toBe(50);
    expect(backendCpuBetween(null, after)).toBeNull();
    expect(backendCpuBetween(before, new Map())).toBeNull();
  });

  it.runIf(process.env.TEST_DATABASE_URL)("finds the named backends on PostgreSQL and reads their CPU", async () => {
    const name = `backend-cpu-test-${process.pid}`;
    const url = process.env.TEST_DATABASE_URL!;
    const named = new pg.Client({ connectionString: withApplicationName(url, name) });
    const other = new pg.Client({ connectionString: url });
    await Promise.all([named.connect(), other.connect()]);
    const cpu = await openBackendCpu(url, name);
    try {
      const { rows } = await named.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      // Some CPU to see: a few hundred ms of arithmetic in the named backend only.
      await named.query("SELECT count(*) FROM generate_series(1, 3000000) g WHERE g % 7 = 0");
      const pid = rows[0]!.pid;
      const sample = await cpu.sample();
      // PostgreSQL in a container or on another machine: its processes cannot be read here, and none is misread.
      if (backendProcessCpuMs(pid) === null) expect(sample).toBeNull();
      else {
        expect([...sample!.keys()]).toEqual([pid]);
        expect(sample!.get(pid)).toBeGreaterThan(0);
      }
    } finally {
      await Promise.all([cpu.end(), named.end(), other.end()]);
    }
  });
});
