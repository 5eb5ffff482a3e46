// Cache-Control scope per request, on top of Apollo's cache control plugin.
import type { ApolloServerPlugin } from "@apollo/server";
import type { EntenteContext } from "../entente-context.js";

/** Public reads are cacheable for a minute; requests with credentials only privately; mutations never. */
export function cacheScopePlugin(): ApolloServerPlugin<EntenteContext> {
  return {
    async requestDidStart({ request }) {
      const withCredentials = Boolean(request.http?.headers.get("authorization"));
      return {
        async executionDidStart({ operation, overallCachePolicy }) {
          if (operation?.operation !== "query") overallCachePolicy.restrict({ maxAge: 0 });
          else if (withCredentials) overallCachePolicy.restrict({ scope: "PRIVATE" });
        },
      };
    },
  };
}
