import { GraphQLError } from "graphql";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { GraphQLContext } from "../context.js";

/** Writes need a valid API key (`Authorization: Bearer <key>`); reads stay public. */
export function requireApiKey(context: GraphQLContext): void {
  if (!context.apiKeyLabel) {
    throw new GraphQLError(
      "This mutation needs a valid API key: send `Authorization: Bearer <key>` (keys are set in ENTENTE_API_KEYS).",
      {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      },
    );
  }
}

/**
 * Checks the API key and moves the whole request to the primary database: the write goes there, and the
 * payload read after it must see it (a read replica may lag behind).
 */
export function beginWrite(context: GraphQLContext): PrismaClient {
  requireApiKey(context);
  context.prisma = context.writer;
  return context.writer;
}
