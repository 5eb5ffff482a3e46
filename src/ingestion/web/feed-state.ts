// What Entente remembers about each feed between runs, in a small JSON file: the validators for a conditional
// GET (so an unchanged feed costs a 304) and the entry links already handled (so a poll ingests only what is new).
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Validators } from "./fetcher.js";

export interface FeedMemory {
  validators: Validators;
  /** Entry links handled, newest last; capped so the file stays small. */
  seen: string[];
}

const MAX_SEEN_PER_FEED = 5_000;

export class FeedStateFile {
  private feeds: Record<string, FeedMemory> = {};

  private constructor(readonly file: string) {}

  static async open(file: string): Promise<FeedStateFile> {
    const state = new FeedStateFile(file);
    const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (text) state.feeds = (JSON.parse(text) as { feeds: Record<string, FeedMemory> }).feeds ?? {};
    return state;
  }

  get(feedUrl: string): FeedMemory {
    return (this.feeds[feedUrl] ??= { validators: {}, seen: [] });
  }

  remember(feedUrl: string, update: { validators?: Validators; seen?: string[] }): void {
    const memory = this.get(feedUrl);
    if (update.validators) memory.validators = update.validators;
    if (update.seen?.length) {
      const known = new Set(memory.seen);
      memory.seen.push(...update.seen.filter((link) => !known.has(link)));
      memory.seen.splice(0, Math.max(0, memory.seen.length - MAX_SEEN_PER_FEED));
    }
  }

  /** Writes the file atomically (a crash mid-write leaves the previous state). */
  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ feeds: this.feeds }, null, 2));
    await rename(temporary, this.file);
  }
}
