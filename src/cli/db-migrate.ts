// npm run db:migrate: applies pending migrations to the configured database (DATABASE_URL or the embedded one).
import { withConfiguredDatabase } from "./configured-database.js";
import { parseCliArgs } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run db:migrate
  Applies pending migrations (prisma/migrations) to DATABASE_URL, or to the embedded PGlite under DATA_DIR.
  --help, -h   this help`;

await runCli(async () => {
  parseCliArgs({ usage: USAGE, options: {} });
  await withConfiguredDatabase(async (database) => {
    const applied = await database.migrate();
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${database.description}: ${applied.join(", ")}`
        : `${database.description} is up to date.`,
    );
  });
});
