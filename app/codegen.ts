// Typed documents for the analyst app from the published SDL: `graphql-codegen --config app/codegen.ts`.
// Run before every app build, so a document that no longer matches schema/schema.graphql fails the build (and CI).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["app/src/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "app/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: "string", URL: "string" },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
