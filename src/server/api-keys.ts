// API keys for writes (ENTENTE_API_KEYS, comma-separated). Keys are compared as SHA-256 digests
// with a constant-time comparison, so neither timing nor the kept digests reveal a key.
import { createHash, timingSafeEqual } from "node:crypto";

export interface ApiKeyRing {
  /** Returns a non-secret label of the matching key ("key-1", …), or null. */
  verify(presented: string | null | undefined): string | null;
  readonly size: number;
}

function digest(key: string): Buffer {
  return createHash("sha256").update(key, "utf8").digest();
}

export function createApiKeyRing(keys: string[]): ApiKeyRing {
  const digests = keys.map((key) => digest(key));
  return {
    size: digests.length,
    verify(presented) {
      if (!presented) return null;
      const candidate = digest(presented);
      let match: number | null = null;
      // Compare against every key (no early exit) so timing does not depend on which key matched.
      digests.forEach((known, index) => {
        if (timingSafeEqual(known, candidate)) match = index;
      });
      return match === null ? null : `key-${match + 1}`;
    },
  };
}

/** Extracts the token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}
