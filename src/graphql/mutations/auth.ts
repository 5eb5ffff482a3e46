import { GraphQLError } from "graphql";
import type { GraphQLContext } from "../context.js";

/** Writes need a valid API key (`Authorization: Bearer <key>`); reads stay public. */
export function requireApiKey(context: GraphQLContext): void {
  if (!context.apiKeyLabel) {
    throw new GraphQLError("This mutation needs a valid API key: send `Authorization: Bearer <key>` (keys are set in ENTENTE_API_KEYS).", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
}
