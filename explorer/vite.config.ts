// Builds Entente's GraphiQL into explorer/dist: `vite build --config explorer/vite.config.ts`.
// Everything comes from node_modules (Monaco workers included): the page makes no external request.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const explorerDir = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: explorerDir,
  base: "/graphiql/",
  plugins: [react()],
  // Never pick up the server's public/ or .env files.
  publicDir: false,
  envDir: explorerDir,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Monaco and GraphiQL are big; that is expected for a developer tool.
    chunkSizeWarningLimit: 5000,
    sourcemap: false,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React-compiler output starts modules with "use no memo"; harmless once bundled.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  worker: { format: "es" },
  server: {
    // `vite --config explorer/vite.config.ts` for development against a running API on :4000.
    proxy: { "/graphql": "http://localhost:4000" },
  },
});
