// npm run db:seed: loads (or refreshes) the reference data: every ISO state with aliases, and the topic taxonomy.
import { withConfiguredDatabase } from "./configured-database.js";
import { seedReferenceData } from "../db/seed/seed-reference-data.js";
import { parseCliArgs } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run db:seed
  Migrates, then loads or refreshes the reference data (states with aliases, topics) in DATABASE_URL or DATA_DIR.
  --help, -h   this help`;

await runCli(async () => {
  parseCliArgs({ usage: USAGE, options: {} });
  await withConfiguredDatabase(async (database) => {
    const applied = await database.migrate();
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    const seeded = await seedReferenceData(database.prisma);
    console.log(`Seeded ${database.description}: ${seeded.states} states (${seeded.aliases} aliases), ${seeded.topics} topics.`);
  });
});
