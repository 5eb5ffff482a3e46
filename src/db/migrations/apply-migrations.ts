// Applies pending migrations from prisma/migrations, as `prisma migrate deploy` would.
import { readFile } from "node:fs/promises";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { migrationsDir, schemaFile } from "../../paths.js";
import { readMigrationsFolder } from "./migrations-folder.js";
import { openSchemaEngine } from "./schema-engine.js";

/** Applies every migration not yet recorded in `_prisma_migrations`; returns the names applied. */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  baseDir: string = migrationsDir,
): Promise<string[]> {
  const engine = await openSchemaEngine("schema.prisma", await readFile(schemaFile, "utf8"), adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationsFolder(baseDir),
      filters: { externalTables: [], externalEnums: [] },
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** Names of migrations in the folder that the database has not applied yet (empty when up to date). */
export async function pendingMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  baseDir: string = migrationsDir,
): Promise<string[]> {
  const engine = await openSchemaEngine("schema.prisma", await readFile(schemaFile, "utf8"), adapterFactory);
  try {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList: await readMigrationsFolder(baseDir),
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    });
    const history = diagnosis.history;
    if (history?.diagnostic === "databaseIsBehind") return history.unappliedMigrationNames;
    if (history?.diagnostic === "historiesDiverge") return history.unappliedMigrationNames;
    return [];
  } finally {
    engine.free();
  }
}
