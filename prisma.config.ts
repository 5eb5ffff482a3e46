// Prisma CLI configuration. The CLI is only used for `prisma generate` here:
// migrations run through the WebAssembly schema engine (src/db/migrations/), which needs no binary download.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/entente" },
});
