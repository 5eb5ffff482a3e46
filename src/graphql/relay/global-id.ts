// Opaque, versioned global IDs (Relay "Node" identity).
// Format before encoding: "v1:<Type>:<key>". Clients must not parse them; the version lets us change it.
import { GraphQLError } from "graphql";

const VERSION = "v1";

export type NodeTypeName = "State" | "Person" | "Article" | "Statement" | "Topic";
export const NODE_TYPES: readonly NodeTypeName[] = ["State", "Person", "Article", "Statement", "Topic"];

/**
 * Per type, the base64url of the prefix's whole 3-byte groups and the prefix bytes left over. Why: lists encode an
 * ID per row; encoding only the short tail (leftover + digits) in a reused buffer halves the cost of each.
 */
const PREFIXES = new Map(
  NODE_TYPES.map((type) => {
    const prefix = `${VERSION}:${type}:`;
    const whole = prefix.length - (prefix.length % 3);
    return [type, { head: Buffer.from(prefix.slice(0, whole)).toString("base64url"), tail: prefix.slice(whole) }];
  }),
);
/** Scratch bytes for the tail: written and read synchronously, so one buffer serves every call. */
const TAIL = Buffer.alloc(32);

export function toGlobalId(type: NodeTypeName, id: number): string {
  const prefix = PREFIXES.get(type)!;
  const length = TAIL.write(`${prefix.tail}${id}`, 0, "latin1");
  return prefix.head + TAIL.toString("base64url", 0, length);
}

export function fromGlobalId(globalId: string): { type: NodeTypeName; id: number } | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const [version, type, key] = decoded.split(":");
  const id = Number(key);
  if (version !== VERSION || !NODE_TYPES.includes(type as NodeTypeName) || !Number.isSafeInteger(id) || id <= 0) {
    return null;
  }
  return { type: type as NodeTypeName, id };
}

/** Decodes an ID that must be of `type`, or throws BAD_USER_INPUT naming the argument. */
export function expectGlobalId(globalId: string, type: NodeTypeName, argument: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) {
    throw new GraphQLError(`Argument "${argument}" is not a valid ${type} ID: "${globalId}".`, {
      extensions: { code: "BAD_USER_INPUT", argumentName: argument },
    });
  }
  return parsed.id;
}
