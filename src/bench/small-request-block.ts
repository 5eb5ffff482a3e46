// How long each crafted 2 KB request (small-hostile-documents.ts) holds the server: the time from sending it to
// its answer, one request at a time, and the server process's CPU time per request (from /proc, averaged over the
// repeats): on a loaded machine the wall time mostly measures the other processes, the CPU time does not, and the
// event loop cannot be held longer than the work done on it. Every send carries a fresh comment, so Apollo's
// parsed-document cache never answers.
import { readFileSync } from "node:fs";
import type { SmallHostileRequest } from "./small-hostile-documents.js";

export interface SmallRequestTiming {
  name: string;
  bytes: number;
  status: number;
  /** The first error's code, or "data" for an answer without errors. */
  outcome: string;
  medianMs: number;
  maxMs: number;
  /** The server's CPU time (user + system, all threads) per timed send; null when /proc cannot be read. */
  cpuMs: number | null;
}

/** CPU time the process `pid` has used so far, in ms (Linux /proc; null elsewhere). */
export function processCpuMs(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in ticks of 10 ms.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Bytes the fresh comment may add to a request (kept out of the 2 KB budget by the caller). */
export const NONCE_BYTES = 16;

async function send(url: string, request: SmallHostileRequest, nonce: number) {
  const body = JSON.stringify({
    query: `${request.query}\n#${nonce}`,
    ...(request.variables ? { variables: request.variables } : {}),
    ...(request.operationName ? { operationName: request.operationName } : {}),
  });
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const ms = performance.now() - started;
  return { ms, bytes: Buffer.byteLength(body), status: response.status, outcome: answer.errors?.[0]?.extensions?.code ?? "data" };
}

/** Sends each request `repeats` times, one at a time, after one warm-up send of it. */
export async function timeSmallRequests(
  url: string,
  pid: number,
  requests: SmallHostileRequest[],
  repeats: number,
): Promise<SmallRequestTiming[]> {
  const timings: SmallRequestTiming[] = [];
  let nonce = 0;
  for (const request of requests) {
    const first = await send(url, request, nonce++);
    const times: number[] = [];
    const cpuBefore = processCpuMs(pid);
    for (let n = 0; n < repeats; n++) times.push((await send(url, request, nonce++)).ms);
    const cpuAfter = processCpuMs(pid);
    times.sort((a, b) => a - b);
    timings.push({
      name: request.name,
      bytes: first.bytes,
      status: first.status,
      outcome: first.outcome,
      medianMs: times[Math.floor(times.length / 2)]!,
      maxMs: Math.max(first.ms, times[times.length - 1]!),
      cpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / repeats,
    });
  }
  return timings;
}

export function formatSmallRequestTimings(timings: SmallRequestTiming[], limitMs: number): string {
  const lines = [
    "| request (at most 2 KB) | bytes | status | outcome | median ms | max ms | server CPU ms |",
    "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
  ];
  for (const t of timings) {
    lines.push(
      `| ${t.name} | ${t.bytes} | ${t.status} | ${t.outcome} | ${t.medianMs.toFixed(1)} | ${t.maxMs.toFixed(1)} | ${t.cpuMs?.toFixed(1) ?? "?"} |`,
    );
  }
  const worst = timings.reduce((a, b) => ((b.cpuMs ?? b.medianMs) > (a.cpuMs ?? a.medianMs) ? b : a));
  const worstMs = worst.cpuMs ?? worst.medianMs;
  lines.push(
    "",
    `most server work: ${worst.name}, ${worstMs.toFixed(1)} ms (target, issue 10: under ${limitMs} ms): ${worstMs < limitMs ? "met" : "NOT met"}`,
  );
  return lines.join("\n");
}
