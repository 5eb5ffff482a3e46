import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // type-graphql's CommonJS build requires graphql's CJS entry; without this alias Vite would load
    // the ESM copy too and schemas would fail with "Cannot use GraphQLSchema from another module or realm".
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // Compiles dist/ once for the tests that start the built server as a child process.
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite and the WebAssembly schema engine are memory-hungry: a few files at a time on 2 cores.
    maxWorkers: 2,
  },
});
