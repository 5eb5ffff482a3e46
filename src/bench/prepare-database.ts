// The database of a benchmark run: migrated, seeded, and filled with generated data when it holds no articles.
import { openDatabase } from "../db/database.js";
import { referenceDataPresent, seedReferenceData } from "../db/seed/seed-reference-data.js";
import { generateBenchData } from "./generate-data.js";

/** Migrates and seeds the database, generates `statements` when it holds no articles; returns a statement's id. */
export async function prepareBenchDatabase(url: string, statements: number): Promise<number> {
  const database = await openDatabase({ kind: "postgres", url });
  try {
    await database.migrate();
    if (!(await referenceDataPresent(database.prisma))) await seedReferenceData(database.prisma);
    if ((await database.prisma.article.count()) === 0) {
      console.log(`${database.description} is empty: generating ${statements} statements…`);
      const started = performance.now();
      await generateBenchData(database.prisma, {
        statements,
        onProgress: (done, total, step) => process.stdout.write(`\r  ${step}: ${done}/${total}      `),
      });
      console.log(`\n  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const count = await database.prisma.statement.count();
    const [middle] = await database.prisma.statement.findMany({
      select: { id: true },
      orderBy: { id: "asc" },
      skip: Math.floor(count / 2),
      take: 1,
    });
    if (!middle) throw new Error("The database holds no statements.");
    console.log(`${database.description}: ${count} statements.`);
    return middle.id;
  } finally {
    await database.close();
  }
}
