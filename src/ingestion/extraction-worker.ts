// A worker thread of the extraction pool (extraction-pool.ts): extracts the articles it is sent with the states
// gazetteer it was started with, and answers each message with the extraction or the error's message.
import { parentPort, workerData } from "node:worker_threads";
import type { ArticleInput, ExtractionContext, GazetteerState } from "../extraction/types.js";
import { extractForIngest } from "./article-extraction.js";

export interface ExtractionRequest {
  id: number;
  article: ArticleInput;
}

const context: ExtractionContext = { states: (workerData as { states: GazetteerState[] }).states, knownPeople: [] };

parentPort!.on("message", ({ id, article }: ExtractionRequest) => {
  try {
    parentPort!.postMessage({ id, extraction: extractForIngest(article, context) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
