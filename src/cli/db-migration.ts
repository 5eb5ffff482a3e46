// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the existing migrations to the current prisma/schema.prisma.
import { relative } from "node:path";
import { createMigration } from "../db/migrations/create-migration.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const name = process.argv.slice(2).join("_");
  if (!name) throw new Error("Usage: npm run db:migration -- <name>   (e.g. npm run db:migration -- add_topic_colour)");
  const created = await createMigration(name);
  if (!created) {
    console.log("schema.prisma matches the migrations: nothing to create.");
    return;
  }
  console.log(`Created ${relative(process.cwd(), created.file)}. Review it, then run npm run db:migrate.`);
});
