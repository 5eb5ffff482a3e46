// How the API server's process is started so that its memory stays bounded: V8 and glibc size themselves from
// the machine, not from what this server needs. `npm start` / `npm run start:prod` (package.json) and every tool
// that starts dist/main.js (the fuzzer, the API benchmark, the process tests) use these; a test checks that
// package.json agrees. Measured with npm run fuzz (10,000 requests): see README, "Memory".

/**
 * Node 24's V8 sizes the young generation from the heap limit (4 GB here): two 64 MB semi-spaces, 128 MB of RSS
 * that a busy server keeps full. 16 MB each is what Node 20 used; the scavenges it adds cost little.
 * The old generation: with a heap limit of 2 GB or more V8 lets it grow up to four times its live size before a
 * full collection (under the fuzz: about 100 MB live, 165–186 MB held); under a 512 MB limit it grows by about 1.4 times.
 * About 100 MB are live under load, so 512 MB leaves five times that for a burst.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=16", "--max-old-space-size=512"];

/**
 * glibc malloc: once a large block (an ArrayBuffer, a WebAssembly compile) is freed, malloc raises its mmap and trim
 * thresholds up to 32 / 64 MB, and from then on keeps up to that much freed memory in each of its arenas. Fixed 1 MB
 * thresholds give freed memory back to the system; startup (PGlite, migrations, demo corpus) otherwise leaves about
 * 100 MB behind. Read by glibc when the process starts, so they must be in the environment before Node runs;
 * ignored by other C libraries.
 */
export const SERVER_MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: "1048576",
  MALLOC_TRIM_THRESHOLD_: "1048576",
};

/** The settings above that this process was started without (empty when all are in place). */
export function missingMemorySettings(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const nodeOptions = (env.NODE_OPTIONS ?? "").split(/\s+/);
  const flags = SERVER_NODE_FLAGS.filter((flag) => !execArgv.includes(flag) && !nodeOptions.includes(flag));
  // A different value is someone's deliberate choice; only an absent one is reported.
  const variables = Object.entries(SERVER_MALLOC_ENV)
    .filter(([name]) => env[name] === undefined)
    .map(([name, value]) => `${name}=${value}`);
  return [...flags, ...variables];
}
