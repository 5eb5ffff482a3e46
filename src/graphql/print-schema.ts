// The SDL that clients generate from, printed from the code-first schema.
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildGraphQLSchema } from "./schema.js";

export const SCHEMA_HEADER = `# Entente GraphQL schema. Generated from code by \`npm run schema:print\`: do not edit by hand.\n\n`;

export async function printEntenteSchema(): Promise<string> {
  // Sorted so that the file only changes when the schema does, not when code moves around.
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await buildGraphQLSchema())) + "\n";
}
