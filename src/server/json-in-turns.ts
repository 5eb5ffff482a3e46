// A large GraphQL answer turned into JSON over several turns of the event loop. Apollo stringifies a result in one
// JSON.stringify call: a 50,000-bucket answer (4 MB) held the process for one uninterrupted block of tens of ms
// under load, during which no other request was read. Here every subtree under SLICE_NODES values is still written
// by the native JSON.stringify, only the large arrays and objects above them are walked here, and the walk yields
// (setImmediate, so sockets are polled first) whenever about SLICE_NODES values have been written since the last
// turn. Streaming JSON libraries (json-stream-stringify, yieldable-json) write every value in JavaScript, several
// times slower than the native call on the small subtrees that make up almost all of an answer.
import { setImmediate as nextLoopTurn } from "node:timers/promises";

/** Values (objects, arrays, leaves) written between two turns of the event loop, about. */
export const SLICE_NODES = 4_000;

/**
 * Values in `value`, about, counted up to `limit` (returns `limit` once reached, without walking further). Leaves
 * count one, objects and arrays one plus their contents. An estimate of the work of writing it, so inherited
 * enumerable properties (which JSON leaves out; graphql-js results have no prototype) are counted too.
 */
export function weighJson(value: unknown, limit: number): number {
  if (typeof value !== "object" || value === null) return 1;
  let weight = 1;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length && weight < limit; index++) {
      const item: unknown = value[index];
      weight += typeof item === "object" && item !== null ? weighJson(item, limit - weight) : 1;
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (weight >= limit) break;
      const child = record[key];
      weight += typeof child === "object" && child !== null ? weighJson(child, limit - weight) : 1;
    }
  }
  return Math.min(weight, limit);
}

/** Whether JSON.stringify leaves this object property out (and writes null for it in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

class SlicedWriter {
  readonly parts: string[] = [];
  private sinceTurn = 0;

  constructor(private readonly sliceNodes: number) {}

  /** Writes one piece of JSON that holds `weight` values, then yields when a slice's worth has been written. */
  async write(json: string, weight: number): Promise<void> {
    this.parts.push(json);
    this.sinceTurn += weight;
    if (this.sinceTurn >= this.sliceNodes) {
      this.sinceTurn = 0;
      await nextLoopTurn();
    }
  }

  async value(value: unknown): Promise<void> {
    const weight = weighJson(value, this.sliceNodes);
    // Small subtrees, leaves, and anything with its own toJSON (Dates) are the native call's.
    const toJSON = (value as { toJSON?: unknown } | null)?.toJSON;
    if (weight < this.sliceNodes || typeof toJSON === "function") return this.write(JSON.stringify(value) ?? "null", weight);
    if (Array.isArray(value)) return this.array(value);
    return this.object(value as Record<string, unknown>);
  }

  /** Consecutive small items go to the native call together, as one slice of the array. */
  private async array(items: unknown[]): Promise<void> {
    await this.write("[", 1);
    let start = 0;
    let weight = 0;
    const flush = async (end: number) => {
      if (end > start) {
        const slice = JSON.stringify(items.slice(start, end));
        await this.write((start > 0 ? "," : "") + slice.slice(1, -1), weight);
      }
      start = end;
      weight = 0;
    };
    for (let index = 0; index < items.length; index++) {
      const itemWeight = weighJson(items[index], this.sliceNodes);
      if (itemWeight < this.sliceNodes && weight + itemWeight < this.sliceNodes) {
        weight += itemWeight;
        continue;
      }
      await flush(index);
      if (itemWeight < this.sliceNodes) {
        weight = itemWeight;
        continue;
      }
      if (index > 0) await this.write(",", 0);
      await this.value(items[index]);
      start = index + 1;
    }
    await flush(items.length);
    await this.write("]", 0);
  }

  private async object(record: Record<string, unknown>): Promise<void> {
    let separator = "{";
    for (const key in record) {
      if (!Object.hasOwn(record, key) || omitted(record[key])) continue;
      await this.write(`${separator}${JSON.stringify(key)}:`, 0);
      await this.value(record[key]);
      separator = ",";
    }
    await this.write(separator === "{" ? "{}" : "}", 0);
  }
}

/**
 * The JSON text of `value`, as JSON.stringify writes it, followed by a newline (as Apollo's own stringifier ends
 * its answers). Small values are written at once; larger ones over turns of the event loop.
 */
export function stringifyInTurns(value: unknown, sliceNodes = SLICE_NODES): string | Promise<string> {
  if (weighJson(value, sliceNodes) < sliceNodes) return JSON.stringify(value) + "\n";
  const writer = new SlicedWriter(sliceNodes);
  return writer.value(value).then(() => writer.parts.join("") + "\n");
}
