// Extraction in worker threads for bulk loads: extraction is pure CPU work, so N threads extract N articles at once
// while the main thread writes. Each thread gets the states gazetteer once; an article goes to the least busy thread.
import { Worker } from "node:worker_threads";
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

export class ExtractionPool {
  private readonly threads: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private nextId = 0;

  constructor(size: number, states: GazetteerState[]) {
    for (let index = 0; index < size; index++) {
      const worker = new Worker(workerScript(), { workerData: { states } });
      const pending = new Map<number, Pending>();
      worker.on("message", (answer: ExtractionAnswer) => {
        const waiting = pending.get(answer.id);
        pending.delete(answer.id);
        if ("error" in answer) waiting?.reject(new Error(answer.error));
        else waiting?.resolve(answer.extraction);
      });
      // A thread that dies fails the articles it held; the others go on.
      const fail = (error: Error) => {
        for (const waiting of pending.values()) waiting.reject(error);
        pending.clear();
      };
      worker.on("error", fail);
      worker.on("exit", (code) => fail(new Error(`extraction thread exited with code ${code}`)));
      this.threads.push({ worker, pending });
    }
  }

  get size(): number {
    return this.threads.length;
  }

  extract(article: ArticleInput): Promise<ExtractionResult> {
    const thread = this.threads.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
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
