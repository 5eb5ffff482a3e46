// npm run db:seed: loads (or refreshes) the reference data: every ISO state with aliases, and the topic taxonomy.
import { loadConfig } from "../config/env.js";
import { openDatabase } from "../db/database.js";
import { seedReferenceData } from "../db/seed/seed-reference-data.js";
import { runCli } from "./run-cli.js";

await runCli(async () => {
  const database = await openDatabase(loadConfig().database);
  try {
    const applied = await database.migrate();
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    const seeded = await seedReferenceData(database.prisma);
    console.log(`Seeded ${database.description}: ${seeded.states} states (${seeded.aliases} aliases), ${seeded.topics} topics.`);
  } finally {
    await database.close();
  }
});
