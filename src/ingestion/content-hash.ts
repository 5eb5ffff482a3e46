import { createHash } from "node:crypto";

/** SHA-256 of the body with whitespace normalised: the same text re-wrapped by another outlet hashes the same. */
export function contentHash(body: string): string {
  return createHash("sha256").update(body.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex");
}
