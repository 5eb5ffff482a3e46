// The client's address, the key of its rate-limit bucket when it presents no API key.
import type { IncomingMessage } from "node:http";

/**
 * The socket's peer, or behind a proxy (TRUST_PROXY) the first X-Forwarded-For hop, as Express's `req.ip` gives it
 * with `trust proxy` set to true.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return (trustProxy && first) || request.socket.remoteAddress || "unknown";
}
