// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that takes the existing migrations to the current prisma/schema.prisma.
import { relative } from "node:path";
import { createMigration } from "../db/migrations/create-migration.js";
import { parseCliArgs, UsageError } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run db:migration -- <name>   (e.g. npm run db:migration -- add_topic_colour)
  Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the migrations and
  prisma/schema.prisma; words of the name are joined with _.
  --help, -h   this help`;

await runCli(async () => {
  const { positionals } = parseCliArgs({ usage: USAGE, options: {}, positionals: true });
  const name = positionals.join("_");
  if (!name) throw new UsageError("give the migration a name, e.g. npm run db:migration -- add_topic_colour");
  const created = await createMigration(name);
  if (!created) {
    console.log("schema.prisma matches the migrations: nothing to create.");
    return;
  }
  console.log(`Created ${relative(process.cwd(), created.file)}. Review it, then run npm run db:migrate.`);
});
