// graphql-ws served on a ws WebSocketServer, as graphql-ws's own `useServer` (graphql-ws/use/ws, which its docs
// call "a basic starter, feel free to copy the code over") does, with one difference: every report goes through our
// structured logger. useServer prints with console.error, so a client's frame over the size cap (or with invalid
// UTF-8, or a bad opcode) put a plain-text stack trace between the JSON log lines.
import type { IncomingMessage } from "node:http";
import { CloseCode, handleProtocols, makeServer, type ConnectionInitMessage, type Server, type ServerOptions } from "graphql-ws";
import type { WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../logger.js";

/** What every graphql-ws context carries in `ctx.extra`. */
export interface SocketExtra {
  readonly socket: WebSocket;
  /** The HTTP upgrade request that opened the connection. */
  readonly request: IncomingMessage;
}

/** Pings every 12 s, and a connection that does not answer one within 12 s is dropped (useServer's default). */
const KEEP_ALIVE_MS = 12_000;

/** ws's error codes carry what the client did wrong, e.g. WS_ERR_UNSUPPORTED_MESSAGE_LENGTH. */
type SocketError = Error & { code?: string };

function keepAlive(socket: WebSocket): () => void {
  let pongWait: NodeJS.Timeout | null = null;
  const pings = setInterval(() => {
    if (socket.readyState !== socket.OPEN) return;
    pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
    socket.once("pong", () => {
      if (pongWait) clearTimeout(pongWait);
      pongWait = null;
    });
    socket.ping();
  }, KEEP_ALIVE_MS);
  return () => {
    clearInterval(pings);
    if (pongWait) clearTimeout(pongWait);
  };
}

function serveSocket(server: Server<SocketExtra>, socket: WebSocket, request: IncomingMessage, logger: Logger) {
  // ws emits 'error' on a server-side socket only when the client breaks the protocol (a frame over maxPayload,
  // invalid UTF-8, a bad opcode), and it has already closed the socket with the matching code (1009, 1007, 1002):
  // bad input, so a warning, and nothing more to do.
  socket.once("error", (error: SocketError) => {
    logger.warn(
      { code: error.code, reason: error.message, client: request.socket.remoteAddress },
      "closed a WebSocket connection that broke the protocol",
    );
  });
  const stopKeepAlive = keepAlive(socket);
  const closed = server.opened(
    {
      protocol: socket.protocol,
      send: (data) =>
        new Promise<void>((resolve, reject) => {
          if (socket.readyState !== socket.OPEN) return resolve();
          socket.send(data, (error) => (error ? reject(error) : resolve()));
        }),
      close: (code, reason) => socket.close(code, reason),
      onMessage: (handle) =>
        socket.on("message", async (data) => {
          try {
            await handle(String(data));
          } catch (error) {
            // graphql-ws answers bad messages itself (4400 and friends); reaching here is our own failure.
            logger.error({ err: error }, "a graphql-ws message could not be handled");
            socket.close(CloseCode.InternalServerError, "Internal server error");
          }
        }),
    },
    { socket, request },
  );
  socket.once("close", (code, reason) => {
    stopKeepAlive();
    void closed(code, String(reason));
  });
}

/** Serves graphql-ws on `webSocketServer`; `dispose` closes every connection and the listener. */
export function serveGraphQLOverWebSocket<P extends ConnectionInitMessage["payload"]>(
  options: ServerOptions<P, SocketExtra>,
  webSocketServer: WebSocketServer,
  logger: Logger,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  webSocketServer.options.handleProtocols = handleProtocols;
  webSocketServer.on("error", (error) => {
    logger.error({ err: error }, "the WebSocket server failed; closing its connections");
    for (const client of webSocketServer.clients) client.close(CloseCode.InternalServerError, "Internal server error");
  });
  webSocketServer.on("connection", (socket, request) => serveSocket(server, socket, request, logger));
  return {
    async dispose() {
      for (const client of webSocketServer.clients) client.close(1001, "Going away");
      webSocketServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => webSocketServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
