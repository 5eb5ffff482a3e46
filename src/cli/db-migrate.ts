// npm run db:migrate: applies pending migrations to the configured database (DATABASE_URL or the embedded one).
import { loadConfig } from "../config/env.js";
import { openDatabase } from "../db/database.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const database = await openDatabase(loadConfig().database);
  try {
    const applied = await database.migrate();
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${database.description}: ${applied.join(", ")}`
        : `${database.description} is up to date.`,
    );
  } finally {
    await database.close();
  }
});
