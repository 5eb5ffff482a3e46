// Document-shape limits from graphql-armor, checked while the document is validated: depth, aliases and
// directives. Entente prices lists itself (query-cost.ts), so armor's own cost rule stays off. The token limit is
// graphql-js's own parse option (see apollo.ts): armor's token plugin throws from a parsing hook, which Apollo
// answers with HTTP 500.
import { ApolloArmor } from "@escape.tech/graphql-armor";

export const REQUEST_LIMITS = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 4_000,
} as const;

export function requestLimits(): ReturnType<ApolloArmor["protect"]> {
  return new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: REQUEST_LIMITS.maxAliases },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Field suggestions help GraphiQL and codegen users; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
