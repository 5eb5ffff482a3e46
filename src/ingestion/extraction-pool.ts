// Extraction in worker threads for bulk loads: extraction is pure CPU work, so N threads extract N articles at once
// while the main thread writes. Each thread gets the states gazetteer once; an article goes to the least busy thread.
import { Worker, type ResourceLimits } from "node:worker_threads";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleInput, ExtractionResult, GazetteerState } from "../extraction/types.js";
import { projectRoot } from "../paths.js";
import type { ExtractionRequest } from "./extraction-worker.js";

type ExtractionAnswer = { id: number; extraction: ExtractionResult } | { id: number; error: string };

interface Pending {
  resolve: (extraction: ExtractionResult) => void;
  reject: (error: Error) => void;
}

/** The compiled worker script; from the TypeScript sources (tests) the build's copy, as threads run plain JavaScript. */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts")
    ? path.join(projectRoot, "dist", "ingestion", "extraction-worker.js")
    : path.join(path.dirname(here), "extraction-worker.js");
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** False once the thread has exited or failed: it takes no more articles. */
  alive: boolean;
}

export class ExtractionPool {
  private readonly threads: Thread[] = [];
  private nextId = 0;

  /** `resourceLimits`: each thread's heap limits (default: V8's); a thread over them exits and fails its articles. */
  constructor(size: number, states: GazetteerState[], resourceLimits?: ResourceLimits) {
    for (let index = 0; index < size; index++) {
      const worker = new Worker(workerScript(), { workerData: { states }, ...(resourceLimits ? { resourceLimits } : {}) });
      const thread: Thread = { worker, pending: new Map<number, Pending>(), alive: true };
      // The answer is handed on from a later turn of the event loop. Node delivers a port's messages in one loop
      // that also takes those arriving meanwhile, running each one's promise callbacks before the next: an API
      // process writing each article as its extraction arrived (PGlite writes on this thread) took the next one
      // from the same loop, and read no socket for 36 s while ten long articles were ingested (issue 10).
      worker.on("message", (answer: ExtractionAnswer) => {
        const waiting = thread.pending.get(answer.id);
        thread.pending.delete(answer.id);
        setImmediate(() => {
          if ("error" in answer) waiting?.reject(new Error(answer.error));
          else waiting?.resolve(answer.extraction);
        });
      });
      // A thread that dies fails the articles it held, and later ones go to the others; the others go on.
      const fail = (error: Error) => {
        thread.alive = false;
        for (const waiting of thread.pending.values()) waiting.reject(error);
        thread.pending.clear();
      };
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`extraction thread exited with code ${code}`)));
      this.threads.push(thread);
    }
  }

  get size(): number {
    return this.threads.length;
  }

  /** Whether every thread is still running (a dead one fails the articles sent to it). */
  get healthy(): boolean {
    return this.threads.every((thread) => thread.alive);
  }

  extract(article: ArticleInput): Promise<ExtractionResult> {
    const alive = this.threads.filter((thread) => thread.alive);
    if (!alive.length) return Promise.reject(new Error("every extraction thread has exited"));
    const thread = alive.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    const id = this.nextId++;
    const { title, body, publishedAt, language } = article;
    return new Promise((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, article: { title, body, publishedAt, language } } satisfies ExtractionRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }
}
