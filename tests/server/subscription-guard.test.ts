// Subscriptions over WebSocket get the same edge checks as HTTP requests (issue 10): NUL bytes, over-long strings
// and searches are BAD_USER_INPUT, and depth, alias and cost limits refuse the subscription before it starts.
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningServer } from "../../src/server/start-server.js";
import { startEmptyServer } from "../helpers/empty-server.js";
import { openClient, type TestClient } from "../helpers/subscription-client.js";

/** What the server logs (warnings and worse), one JSON line each, as in production. */
const logLines: string[] = [];
const logger = pino({ level: "warn" }, { write: (line: string) => void logLines.push(line) });

const STATEMENTS = `subscription($f: StatementFilter) { statementAdded(filter: $f) { id text } }`;

/** The error codes a subscription is refused with (it must be refused within the timeout). */
async function refusal(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const subscription = client.subscribe(query, variables);
  await expect(subscription.waitFor(1, 10_000)).rejects.toThrow(/subscription failed/);
  subscription.dispose();
  const errors = subscription.errors.flatMap((error) => (Array.isArray(error) ? error : [error])) as {
    extensions?: { code?: string };
  }[];
  return errors.map((error) => error.extensions?.code ?? "NO_CODE");
}

describe("input guard over WebSocket", () => {
  let server: RunningServer;
  let client: TestClient;
  beforeAll(async () => {
    server = await startEmptyServer(logger);
    client = openClient(server.url);
    await client.connected;
  }, 300_000);
  afterAll(async () => {
    await client?.close();
    await server?.stop();
  });

  it("answers NUL bytes and over-long searches with BAD_USER_INPUT, whether literal or in variables", async () => {
    expect(await refusal(client, STATEMENTS, { f: { search: "peace\u0000" } })).toEqual(["BAD_USER_INPUT"]);
    expect(await refusal(client, `subscription { statementAdded(filter: { search: "a\\u0000b" }) { id } }`)).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(await refusal(client, STATEMENTS, { f: { search: "peace ".repeat(200) } })).toEqual(["BAD_USER_INPUT"]);
  }, 120_000);

  it("closes a connection whose message is larger than the frame cap (below the longest accepted string)", async () => {
    const other = openClient(server.url);
    await other.connected;
    const huge = other.subscribe(STATEMENTS, { f: { speakerStates: ["x".repeat(300_000)] } });
    await expect(huge.waitFor(1, 10_000)).rejects.toThrow();
    // 1009 "Message Too Big" (ws's maxPayload): the server never parses the message.
    expect(other.closeCodes).toContain(1009);
    await other.close();
  }, 60_000);

  it("reports an over-large frame as one JSON warning, not a plain-text line on the console", async () => {
    const consoleError = vi.spyOn(console, "error");
    const before = logLines.length;
    try {
      const other = openClient(server.url);
      await other.connected;
      const huge = other.subscribe(STATEMENTS, { f: { speakerStates: ["x".repeat(300_000)] } });
      await expect(huge.waitFor(1, 10_000)).rejects.toThrow();
      await other.close();
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
    const entries = logLines.slice(before).map((line) => JSON.parse(line) as { level: number; code?: string; msg: string });
    expect(entries).toContainEqual(
      expect.objectContaining({ level: 40, code: "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH", msg: expect.stringMatching(/WebSocket/) }),
    );
  }, 60_000);

  it("refuses subscriptions that are too deep, have too many aliases or cost too much", async () => {
    const deep = `subscription { statementAdded { ${"article { statements { nodes { ".repeat(5)} id ${"} } } ".repeat(5)} } }`;
    expect(await refusal(client, deep)).toContain("GRAPHQL_VALIDATION_FAILED");
    const aliases = `subscription { statementAdded { id ${Array.from({ length: 40 }, (_, i) => `a${i}: text`).join(" ")} } }`;
    expect(await refusal(client, aliases)).toContain("GRAPHQL_VALIDATION_FAILED");
    const costly = `subscription { statementAdded { article { statements(first: 100) { nodes { article { statements(first: 100) { nodes { article { statements(first: 100) { nodes { id } } } } } } } } } } }`;
    expect(await refusal(client, costly)).toEqual(["QUERY_TOO_LARGE"]);
  }, 120_000);

  it("still accepts a well-formed subscription with a search filter", async () => {
    const subscription = client.subscribe(STATEMENTS, { f: { search: "peace talks" } });
    // No event arrives without an ingest; what matters is that no error does within a second.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(subscription.errors).toEqual([]);
    subscription.dispose();
  }, 60_000);
});
