// Typed client documents from the published SDL and the example operations in schema/operations.
// Run: `graphql-codegen --config codegen.ts` (offline; no server needed). Output is generated: .codegen/ is gitignored.
import type { CodegenConfig } from "@graphql-codegen/cli";

export const CLIENT_OUTPUT = ".codegen/gql/";

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["schema/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    [CLIENT_OUTPUT]: {
      preset: "client",
      presetConfig: {
        // Components read fragment data through getFragmentData (fragment masking).
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
      },
      config: {
        // Consumers compiled as NodeNext ESM need explicit extensions.
        importExtension: ".js",
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: "string", URL: "string" },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: false,
      },
    },
  },
};

export default config;
