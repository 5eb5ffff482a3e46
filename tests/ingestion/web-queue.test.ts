// The ingestion job queue. On the embedded PGlite database a worker in the same process ingests queued articles
// and keeps a failing job with its error. On PostgreSQL (TEST_DATABASE_URL) two real worker processes
// (dist/cli/worker.js) share one queue; the one that takes a page whose server holds its answer is killed with
// SIGKILL mid-job: its job goes to the other worker, every article is stored exactly once, and a job that keeps
// failing is retried with backoff and kept, failed, with its error.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer } from "node:net";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/database.js";
import { seedReferenceData } from "../../src/db/seed/seed-reference-data.js";
import { articleJobs, enqueueJobs, type IngestJob } from "../../src/ingestion/queue/ingest-jobs.js";
import { INGEST_QUEUE, openJobQueue } from "../../src/ingestion/queue/job-queue.js";
import { runWorker } from "../../src/ingestion/queue/run-worker.js";
import { createPostgresDatabase, openSeededTestDatabase } from "../helpers/test-database.js";
import { articlePage, startWebTestServer, type WebTestServer } from "../helpers/web-test-server.js";

const root = path.resolve(import.meta.dirname, "..", "..");
const ARTICLES = 16;
const speakers = [
  ["Philippine Foreign Secretary Enrique Manalo", "Manila", "China", "the Chinese coast guard's use of water cannon"],
  ["Japanese Foreign Minister Yoko Kamikawa", "Tokyo", "North Korea", "the latest ballistic missile launch"],
  ["German Foreign Minister Annalena Baerbock", "Berlin", "Russia", "the strikes on Ukrainian power plants"],
  ["Turkish Foreign Minister Hakan Fidan", "Ankara", "Israel", "the bombardment of Gaza"],
];

function article(n: number) {
  const [speaker, capital, target, event] = speakers[n % speakers.length]!;
  return {
    url: `https://queue.example/story-${n}`,
    title: `${capital} condemns ${target} (${n})`,
    source: "Queue Wire",
    publishedAt: `2025-06-${String((n % 28) + 1).padStart(2, "0")}T10:00:00Z`,
    body:
      `${speaker} on Monday condemned ${event}, saying ${capital} would raise the matter with ${target} (report ${n}). ` +
      `"This is unacceptable and must stop," the minister told reporters in ${capital}.`,
  };
}

interface WorkerProcess {
  child: ChildProcess;
  lines: string[];
  exited: Promise<unknown>;
  waitFor(pattern: RegExp, count?: number): Promise<string>;
}

function startWorker(databaseUrl: string): WorkerProcess {
  const child = spawn(path.join(root, "node_modules", ".bin", "node"), [path.join(root, "dist", "cli", "worker.js")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiters: (() => void)[] = [];
  let buffered = "";
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const complete = buffered.split("\n");
    buffered = complete.pop() ?? "";
    lines.push(...complete.filter(Boolean));
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    child,
    lines,
    exited,
    async waitFor(pattern, count = 1) {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const matches = lines.filter((line) => pattern.test(line));
        if (matches.length >= count) return matches[count - 1]!;
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(`worker never printed ${pattern}: ${lines.join("\n")}\n${stderr}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 500);
        });
      }
    },
  };
}

/** A loopback port with nothing listening: fetching from it always fails. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

type JobCounts = Partial<Record<"created" | "retry" | "active" | "completed" | "failed", number>>;

async function jobCounts(database: Database): Promise<JobCounts> {
  const rows = await database.prisma.$queryRawUnsafe<{ state: string; count: bigint }[]>(
    `SELECT state::text, count(*) FROM pgboss.job WHERE name = $1 GROUP BY state`,
    INGEST_QUEUE,
  );
  return Object.fromEntries(rows.map((row) => [row.state, Number(row.count)]));
}

async function waitForJobs(database: Database, done: (counts: JobCounts) => boolean, context: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  for (;;) {
    const counts = await jobCounts(database);
    if (done(counts)) return;
    if (Date.now() > deadline) throw new Error(`jobs not done: ${JSON.stringify(counts)}\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe("job queue on the embedded database", () => {
  it("ingests queued articles in the process that holds the database and keeps a failing job with its error", async () => {
    const database = await openSeededTestDatabase("pglite");
    const boss = await openJobQueue(database, { superviseSeconds: 1, retryLimit: 1, retryDelaySeconds: 1 });
    try {
      const jobs: IngestJob[] = [0, 1, 2].map((n) => {
        const { publishedAt, ...rest } = article(n);
        return { kind: "article", origin: `article ${n}`, article: { ...rest, language: "en", publishedAt } };
      });
      jobs.push({ kind: "page", url: `http://127.0.0.1:${await closedPort()}/gone`, defaults: {} });
      expect(await enqueueJobs(boss, jobs)).toEqual({ queued: 4, alreadyQueued: 0 });
      const controller = new AbortController();
      const lines: string[] = [];
      const worker = runWorker(boss, database.prisma, {
        concurrency: 2,
        signal: controller.signal,
        onDone: (id, output) => lines.push(`done ${id} ${JSON.stringify(output)}`),
        onError: (id, error) => lines.push(`error ${id} ${error.message}`),
      });
      await waitForJobs(
        database,
        (counts) => counts.completed === 3 && counts.failed === 1,
        () => lines.join("\n"),
      );
      controller.abort();
      await worker;
      expect(await database.prisma.article.count()).toBe(3);
      expect(lines.filter((line) => line.startsWith("error "))).toHaveLength(2); // first try and one retry
    } finally {
      await boss.stop({ graceful: false });
      await database.close();
    }
  }, 300_000);
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("two workers on one PostgreSQL database", () => {
  let database: Database;
  let drop: () => Promise<void>;
  let url: string;
  let boss: PgBoss;
  const workers: WorkerProcess[] = [];
  let server: WebTestServer | undefined;
  const dir = mkdtempSync(path.join(tmpdir(), "entente-queue-"));

  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabase(process.env.TEST_DATABASE_URL!));
    database = await openDatabase({ kind: "postgres", url });
    await database.migrate();
    await seedReferenceData(database.prisma);
    // This process supervises too: every second it hands back jobs whose worker stopped sending heartbeats.
    boss = await openJobQueue(database, {
      heartbeatSeconds: 10,
      superviseSeconds: 1,
      retryLimit: 2,
      retryDelaySeconds: 1,
    });
  }, 120_000);
  afterAll(async () => {
    for (const worker of workers) worker.child.kill("SIGKILL");
    await server?.close();
    await boss?.stop({ graceful: false });
    await database?.close();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it("loses no article and stores none twice when a worker is killed mid-job; failing jobs are kept with their error", async () => {
    // A page whose server holds the answer until the worker fetching it has been killed: that worker is mid-job.
    let hold = true;
    server = await startWebTestServer();
    server.route("/robots.txt", (_request, response) => response.writeHead(200).end("User-agent: *\nAllow: /\n"));
    server.route("/held-story", (_request, response) => {
      if (hold) return; // no answer: the request stays open
      const { title, body, publishedAt } = article(ARTICLES);
      response.writeHead(200, { "content-type": "text/html" }).end(articlePage({ title, paragraphs: [body], publishedAt }));
    });
    const heldUrl = `${server.origin}/held-story`;

    workers.push(startWorker(url), startWorker(url));
    await Promise.all(workers.map((worker) => worker.waitFor(/^worker \d+ ready/)));

    const file = path.join(dir, "articles.ndjson");
    writeFileSync(
      file,
      [...Array.from({ length: ARTICLES }, (_, n) => JSON.stringify(article(n))), '{"url": "not a url"}'].join("\n"),
    );
    const { jobs, invalid } = await articleJobs([file]);
    expect(invalid).toEqual([expect.stringMatching(/articles\.ndjson:17: url must be an http\(s\) URL/)]);
    const port = await closedPort();
    jobs.push({ kind: "page", url: `http://127.0.0.1:${port}/gone`, defaults: {} });
    const heldJob: IngestJob = { kind: "page", url: heldUrl, defaults: { source: "Held Wire" } };
    expect(await enqueueJobs(boss, [heldJob])).toEqual({ queued: 1, alreadyQueued: 0 }); // first in line
    expect(await enqueueJobs(boss, jobs)).toEqual({ queued: ARTICLES + 1, alreadyQueued: 0 });
    expect(await enqueueJobs(boss, jobs.slice(0, 3))).toEqual({ queued: 0, alreadyQueued: 3 }); // same ids: nothing added

    // Kill the worker that took the held page, while it waits for the answer; then let the page be served.
    const started = await Promise.any(
      workers.map((worker) => worker.waitFor(new RegExp(`^started \\S+ ${heldUrl} attempt 1$`)).then(() => worker)),
    );
    const [killed, survivor] = started === workers[0] ? [workers[0]!, workers[1]!] : [workers[1]!, workers[0]!];
    killed.child.kill("SIGKILL");
    await killed.exited;
    hold = false;
    const killedJob = killed.lines.find((entry) => entry.includes(heldUrl))!.split(" ")[1]!;

    await waitForJobs(
      database,
      (counts) => counts.completed === ARTICLES + 1 && counts.failed === 1,
      () => survivor.lines.join("\n"),
    );

    // The killed worker's job went back to the queue (its heartbeats stopped) and the other worker did it.
    expect(survivor.lines).toContain(`started ${killedJob} ${heldUrl} attempt 2`);
    expect(survivor.lines).toContain(`done ${killedJob} CREATED`);
    // Every article stored once, with the statements its one successful job reported.
    const rows = await database.prisma.$queryRawUnsafe<{ id: string; output: { status: string; statements: number } }[]>(
      `SELECT id::text, output FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
      INGEST_QUEUE,
    );
    expect(rows.map((row) => row.output.status)).toEqual(Array(ARTICLES + 1).fill("CREATED"));
    expect(await database.prisma.article.count()).toBe(ARTICLES + 1);
    const reported = rows.reduce((sum, row) => sum + row.output.statements, 0);
    expect(await database.prisma.statement.count()).toBe(reported);
    expect(reported).toBeGreaterThanOrEqual(ARTICLES);
    // No job finished twice: each "done" line names a different job.
    const done = workers.flatMap((worker) =>
      worker.lines.filter((entry) => entry.startsWith("done ")).map((entry) => entry.split(" ")[1]),
    );
    expect(new Set(done).size).toBe(done.length);

    // The page that cannot be fetched: tried 1 + retryLimit times, then kept as failed with its error.
    const [failed] = await database.prisma.$queryRawUnsafe<{ retry_count: number; output: { message?: string } }[]>(
      `SELECT retry_count, output FROM pgboss.job WHERE name = $1 AND state = 'failed'`,
      INGEST_QUEUE,
    );
    expect(failed!.retry_count).toBe(2);
    expect(failed!.output.message).toMatch(/robots\.txt of http:\/\/127\.0\.0\.1:\d+ could not be read/);

    survivor.child.kill("SIGTERM");
    await survivor.exited;
    expect(survivor.lines.at(-1)).toMatch(/^worker \d+ stopped$/);
  }, 300_000);
});
