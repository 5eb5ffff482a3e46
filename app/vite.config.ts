// Builds the analyst app into app/dist: `vite build --config app/vite.config.ts` (run by `npm run build:app`,
// after codegen). Everything is bundled from node_modules; the page talks only to its own origin's /graphql.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const appDir = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: appDir,
  base: "/app/",
  plugins: [react()],
  publicDir: false,
  envDir: appDir,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: {
    // `npm run dev:app` against a running API (ENTENTE_API_URL, default http://localhost:4000), WebSocket included.
    proxy: { "/graphql": { target: process.env.ENTENTE_API_URL ?? "http://localhost:4000", ws: true, changeOrigin: true } },
  },
});
